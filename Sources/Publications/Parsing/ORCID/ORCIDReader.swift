import Foundation

/// Reads an ORCID record as its public API exports it, in JSON or XML: a whole `/record`, the
/// `/works` summaries, or full works (`/works/…` in bulk) with their contributors.
///
/// ORCID groups the same work from several sources (Crossref, Scopus, the person); each group is
/// one publication. Work summaries list no co-authors: the record's person is then the one
/// author known, and the list is marked as cut (co-author counts are lower bounds).
public struct ORCIDReader: FileByFileReader {
  public var catalog: VenueCatalog

  public init(catalog: VenueCatalog = .standard) {
    self.catalog = catalog
  }

  /// Work types that are no publication of a list: named in a note, not counted.
  private static let uncountedTypes = [
    "data-set": "a dataset", "software": "software", "patent": "a patent", "lecture-speech": "a talk",
    "supervised-student-publication": "a student's publication", "research-tool": "a research tool",
    "annotation": "an annotation", "physical-object": "an object", "artistic-performance": "a performance",
  ]

  public func read(file text: String, named file: String) -> ParseResult {
    var result = ParseResult()
    guard let (works, person) = Self.works(in: text, file: file, diagnostics: &result.diagnostics) else { return result }
    // The line of each work's `"put-code": N` in a pretty-printed record.
    let lines = JSONValueLines(text, marker: "\"put-code\"") { _, rest in
      String(rest.drop { !$0.isASCIIDigit }.prefix { $0.isASCIIDigit })
    }
    for (index, work) in works.enumerated() {
      let location = SourceLocation(file: file, line: work.line ?? work.putCode.map(lines.line(of:)) ?? 1)
      guard let title = work.title, !title.isEmpty else {
        result.diagnostics.append(Diagnostic(at: location, .missingTitle(key: "work \(index + 1)")))
        continue
      }
      if let what = Self.uncountedTypes[work.type] {
        result.diagnostics.append(Diagnostic(.note, at: location, .notCounted(title: title, reason: what)))
        continue
      }
      result.publications.append(publication(of: work, title: title, person: person, at: location))
    }
    return result
  }

  private func publication(of work: ORCIDWork, title: String, person: String?, at location: SourceLocation) -> Publication {
    var authors = work.contributors.map { Person(name: $0, isHighlighted: $0 == person) }
    let isTruncated = authors.isEmpty && person != nil
    if authors.isEmpty, let person { authors = [Person(name: person, isHighlighted: true)] }
    let doiURL = work.doi.map(Publication.Links.doiURL)
    return Publication(
      id: PublicationID.make(title: title, year: work.year), title: title, authors: authors,
      isAuthorListTruncated: isTruncated, venue: venue(of: work), year: work.year,
      links: Publication.Links(paper: doiURL ?? work.url), source: location)
  }

  /// The works and the record's person, from JSON or XML; nil (with a warning) when the text is
  /// neither.
  private static func works(in text: String, file: String, diagnostics: inout [Diagnostic]) -> ([ORCIDWork], String?)? {
    let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
    if start.first == "<" {
      let (root, failure) = XMLDocumentParser.parse(text)
      if let failure {
        diagnostics.append(
          Diagnostic(at: SourceLocation(file: file, line: failure.line), .invalidXML(reason: failure.message, expected: expectedContent)))
      }
      guard let root else { return nil }
      return (ORCIDWork.works(inXML: root), ORCIDWork.person(inXML: root))
    }
    do {
      guard let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return ([], nil) }
      if let code = json["response-code"] ?? json["error-code"], json["activities-summary"] == nil, json["group"] == nil {
        let message = (json["developer-message"] as? String) ?? (json["user-message"] as? String) ?? ""
        diagnostics.append(Diagnostic(at: SourceLocation(file: file, line: 1), .orcidErrorResponse(code: "\(code)", message: message)))
        return nil
      }
      return (ORCIDWork.works(inJSON: json), ORCIDWork.person(inJSON: json))
    } catch {
      let bytes = Array(text.utf8)
      let failure = JSONFailure(error, in: bytes[...])
      diagnostics.append(Diagnostic(at: SourceLocation(file: file, line: failure.line), .invalidORCIDJSON(reason: failure.reason)))
      // A record cut short keeps its whole work groups.
      guard let start = CSLJSONItems.listStart(in: bytes, keys: "works", "group"), let pieces = CSLJSONItems.split(bytes, from: start) else {
        return nil
      }
      let groups = pieces.compactMap { CSLJSONItems.object(of: $0, file: file, diagnostics: &diagnostics) }
      return (ORCIDWork.works(inJSON: ["group": groups]), nil)
    }
  }

  /// The venue: the journal title when the work names one, with the kind of its work type.
  private func venue(of work: ORCIDWork) -> Venue? {
    let kind: Venue.Kind =
      switch work.type {
      case "journal-article", "magazine-article", "newspaper-article": .journal
      case "conference-paper", "conference-abstract", "conference-poster", "conference-presentation": .conference
      case "preprint", "working-paper": .preprint
      case "dissertation", "dissertation-thesis": .thesis
      default: .other
      }
    if kind == .thesis { return Venue(name: "Thesis", kind: .thesis) }
    guard let name = work.journalTitle, !name.isEmpty else {
      return kind == .preprint ? Venue(name: "Preprint", kind: .preprint) : nil
    }
    return catalog.venue(mentionedIn: [name]) ?? catalog.venue(inField: name, kind: kind) ?? Venue(name: name, kind: kind)
  }
}

extension ORCIDReader {
  public static let format = InputFormat("orcid")
  public static let expectedContent = "an ORCID record or works export (JSON or XML)"

  /// ORCID's JSON keys or XML namespace near the start.
  public static func recognition(of text: String, path: String) -> InputFormat.Recognition {
    let head = text.prefix(8192)
    if head.contains("http://www.orcid.org/ns/") { return .certain }
    let start = head.drop { $0.isWhitespace }
    guard start.first == "{" else { return .no }
    let markers = ["\"orcid-identifier\"", "\"activities-summary\"", "\"work-summary\"", "\"put-code\""]
    return markers.contains(where: head.contains) ? .certain : .no
  }
}

// The messages of the ORCID reader.
extension Diagnostic.Message {
  package static func orcidErrorResponse(code: String, message: String) -> Self {
    Self("is an ORCID error response (\(code)\(message.isEmpty ? "" : ": " + message)), not a record; check the ORCID iD and download it again")
  }

  package static func invalidORCIDJSON(reason: String) -> Self {
    Self("is not valid JSON (\(reason)); expected an ORCID record or works export")
  }
}
