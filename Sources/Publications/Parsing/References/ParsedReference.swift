/// A formatted reference read into its parts: what `ReferenceParser` gives for one string.
package struct ParsedReference: Sendable, Hashable {
  /// What kind of work the reference's markers or words say it is (GB/T 7714 `[J]`, `[C]`;
  /// "PhD thesis"; arXiv).
  package enum Kind: Sendable, Hashable {
    case article, paper, book, thesis, preprint, unknown
  }

  package var authors: [Person] = []
  /// The editors of an edited work whose names stand where authors would ("Disch, Thomas M.,
  /// ed."); a reference has authors or editors here, not both.
  package var editors: [Person] = []
  /// Whether the list of authors (or editors) was cut (`et al.`).
  package var isAuthorListTruncated = false
  package var title: String?
  /// The journal, proceedings or book the work appeared in.
  package var container: String?
  /// Whether the container is a journal (the tagger tells a journal from proceedings and books).
  package var isJournal = false
  package var year: Int?
  package var volume: String?
  package var pages: String?
  package var publisher: String?
  package var url: String?
  package var doi: String?
  package var kind = Kind.unknown
  /// Presentation and ranking notes found around the reference ("Oral", "CCF A").
  package var notes: [String] = []
  /// Every labelled span, in order, as written: for `--explain` and for tests.
  package var segments: [Segment] = []

  /// A run of words with one label.
  package struct Segment: Sendable, Hashable {
    package var label: ReferenceLabel
    package var text: String

    package init(label: ReferenceLabel, text: String) {
      self.label = label
      self.text = text
    }
  }

  /// The people the work is by: its authors, or for an edited work its editors. A publication
  /// list counts either as the researcher's.
  package var people: [Person] { authors.isEmpty ? editors : authors }

  /// "Phys. Rev. B 58, 3641": what names a paper that physics and chemistry styles list without
  /// its title ("C. Hartwigsen, S. Goedecker, and J. Hutter, Phys. Rev. B 58, 3641 (1998)."),
  /// when the reference has no title but authors, a journal, a volume, pages and a year; nil
  /// otherwise. A careful reader counts such a paper; its journal, volume and first page tell it
  /// apart from every other.
  package var citation: String? {
    guard title == nil, !people.isEmpty, isJournal, let container, let volume, let pages, year != nil else { return nil }
    return "\(container) \(volume), \(pages)"
  }

  /// The first segment's text with `label`.
  package func first(_ label: ReferenceLabel) -> String? {
    segments.first { $0.label == label }?.text
  }
}
