/// What one word of a formatted reference is part of: the segments AnyStyle's training data marks.
///
/// Rare segments share a label with the one they behave like (a translator or director is
/// written as an editor is; a medium, source or ISBN is a note), so every label has enough
/// examples to learn from.
package enum ReferenceLabel: UInt8, CaseIterable, Sendable {
  case author, title, journal, container, date, volume, pages, publisher, location, editor
  case citationNumber, note, genre, url, doi, edition, collection

  /// The number of labels: the width of a weight row.
  package static let count = allCases.count

  /// The label of an AnyStyle XML element (`container-title`, `citation-number`), or nil for an
  /// element no label stands for.
  package init?(anyStyleTag tag: String) {
    switch tag {
    case "author": self = .author
    case "title": self = .title
    case "journal": self = .journal
    case "container-title": self = .container
    case "date": self = .date
    case "volume": self = .volume
    case "pages": self = .pages
    case "publisher": self = .publisher
    case "location": self = .location
    case "editor", "translator", "director", "producer": self = .editor
    case "citation-number": self = .citationNumber
    case "note", "medium", "source", "isbn", "dataset": self = .note
    case "genre": self = .genre
    case "url": self = .url
    case "doi": self = .doi
    case "edition": self = .edition
    case "collection-title": self = .collection
    default: return nil
    }
  }

  /// The name printed in evaluation tables.
  package var name: String { String(describing: self) }
}
