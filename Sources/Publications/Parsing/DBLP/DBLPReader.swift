/// Reads DBLP's XML: a person's page as `https://dblp.org/pid/….xml` serves it
/// (`<dblpperson>` with one `<r>` per publication) and records of `dblp.xml` (`<dblp>`).
///
/// DBLP tells homonyms apart by a number after the name ("Qiang Liu 0034"); the number is
/// dropped from the display name, as dblp.org shows it. The venue comes from `journal` or
/// `booktitle`, helped by the stream in the record's key (`conf/cvpr/HeZRS16` is CVPR).
public struct DBLPReader: FileByFileReader {
  public var catalog: VenueCatalog

  public init(catalog: VenueCatalog = .standard) {
    self.catalog = catalog
  }

  /// The record elements DBLP has, and the kind each one's venue is.
  private static let recordKinds: [String: Venue.Kind] = [
    "article": .journal, "inproceedings": .conference, "incollection": .other, "book": .other,
    "phdthesis": .thesis, "mastersthesis": .thesis, "proceedings": .other,
  ]

  public func read(file text: String, named file: String) -> ParseResult {
    var result = ParseResult()
    let (root, failure) = XMLDocumentParser.parse(text)
    if let failure {
      result.diagnostics.append(
        Diagnostic(at: SourceLocation(file: file, line: failure.line), .invalidXML(reason: failure.message, expected: Self.expectedContent)))
    }
    guard let root else { return result }
    guard root.name == "dblpperson" || root.name == "dblp" else {
      result.diagnostics.append(Diagnostic(at: SourceLocation(file: file, line: root.line), .unexpectedXMLRoot(root.name, expected: "<dblpperson> or <dblp>")))
      return result
    }
    // A person page wraps each record in <r>; dblp.xml lists them bare.
    let records = root.children.flatMap { $0.name == "r" ? $0.children : [$0] }
    for record in records {
      // DBLP's research data records: named, not counted (as datasets from every format).
      if record.name == "data", let title = Self.title(of: record) {
        result.diagnostics.append(Diagnostic(.note, at: SourceLocation(file: file, line: record.line), .notCounted(title: title, reason: "a dataset")))
        continue
      }
      // NB: <www> (a person's homepage record), <person> and <coauthors> are no publications.
      guard let kind = Self.recordKinds[record.name] else { continue }
      let location = SourceLocation(file: file, line: record.line)
      guard let title = Self.title(of: record) else {
        result.diagnostics.append(Diagnostic(at: location, .missingTitle(key: record.attributes["key"] ?? record.name)))
        continue
      }
      if record.name == "proceedings" {
        result.diagnostics.append(Diagnostic(.note, at: location, .notCounted(title: title, reason: "an edited volume")))
        continue
      }
      if record.attributes["publtype"] == "withdrawn" {
        result.diagnostics.append(Diagnostic(.note, at: location, .notCounted(title: title, reason: "withdrawn")))
        continue
      }
      var publication = publication(of: record, kind: kind, title: title, at: location)
      // A person page is one person's list: their name is marked as a homepage emphasises its
      // owner's, known by their DBLP id.
      if root.name == "dblpperson", let pid = root.attributes["pid"] {
        for (index, author) in record.children("author").enumerated() where author.attributes["pid"] == pid {
          publication.authors[index].isHighlighted = true
        }
      }
      result.publications.append(publication)
    }
    return result
  }

  private func publication(of record: XMLElement, kind: Venue.Kind, title: String, at location: SourceLocation) -> Publication {
    let year = record.child("year").flatMap { Int($0.text) }
    let authors = record.children("author").map { author in
      Person(name: Self.withoutHomonymNumber(author.text), asWritten: author.text)
    }
    let urls = record.children("ee").map(\.text)
    let links = Publication.Links(paper: urls.first, other: Array(urls.dropFirst()))
    return Publication(
      id: record.attributes["key"] ?? PublicationID.make(title: title, year: year), title: title, authors: authors,
      venue: venue(of: record, kind: kind), year: year, links: links, source: location)
  }

  /// The title without the period DBLP ends every title with ("Mirrors." is "Mirrors").
  private static func title(of record: XMLElement) -> String? {
    guard let title = record.child("title")?.text, !title.isEmpty else { return nil }
    return title.hasSuffix(".") && !title.hasSuffix("..") ? String(title.dropLast()) : title
  }

  /// "Qiang Liu 0034" → "Qiang Liu": DBLP's four-digit homonym number.
  static func withoutHomonymNumber(_ name: String) -> String {
    let words = name.split(separator: " ")
    guard words.count > 1, let last = words.last, last.count == 4, last.allSatisfy(\.isASCIIDigit) else { return name }
    return words.dropLast().joined(separator: " ")
  }

  /// DBLP stream keys that are not the venue's usual name.
  private static let streamNames = ["sp": "S&P", "uss": "USENIX Security", "nips": "NeurIPS", "mm": "ACM MM"]

  /// The venue: CoRR is arXiv; else a catalogue venue named by the journal or book title, or
  /// by the key's stream (`conf/cvpr/…`, `journals/tmm/…`: DBLP's own abbreviations, "IEEE
  /// Trans. Multim.", are in no list), else the journal or book title itself.
  private func venue(of record: XMLElement, kind: Venue.Kind) -> Venue? {
    if kind == .thesis { return Venue(name: "Thesis", kind: .thesis) }
    let key = record.attributes["key"] ?? ""
    if record.attributes["publtype"] == "informal" || key.hasPrefix("journals/corr/") {
      return catalog.venue(named: "arXiv") ?? Venue(name: "arXiv", kind: .preprint)
    }
    guard let container = record.child("journal")?.text ?? record.child("booktitle")?.text, !container.isEmpty else {
      return nil
    }
    if let known = catalog.venue(mentionedIn: [container]) { return known }
    if key.hasPrefix("conf/") || key.hasPrefix("journals/"), let stream = key.split(separator: "/").dropFirst().first,
      let known = catalog.venue(named: Self.streamNames[String(stream)] ?? stream.uppercased())
    {
      return container.localizedCaseInsensitiveContains("workshop") ? catalog.venue(inField: container, kind: .workshop) : known
    }
    // NB: a book's title is its whole title ("Computer Vision, A Reference Guide"), not a
    // venue name to cut at its commas.
    guard kind != .other else { return Venue(name: container, kind: .other) }
    return catalog.venue(inField: container, kind: kind) ?? Venue(name: container, kind: kind)
  }
}

extension DBLPReader {
  public static let format = InputFormat("dblp")
  public static let expectedContent = "a DBLP person page (<dblpperson>) or dblp.xml records"

  /// XML whose root is `<dblpperson>` or `<dblp>`.
  public static func recognition(of text: String, path: String) -> InputFormat.Recognition {
    let head = text.prefix(2048)
    return head.contains("<dblpperson") || head.contains("<dblp>") || head.contains("<!DOCTYPE dblp") ? .certain : .no
  }
}
