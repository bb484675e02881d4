import Foundation

/// Reads OpenAlex works as downloaded from its API: a results page (`{"meta": …, "results":
/// [...]}`), a bare list of works, one work, or JSON Lines (one work per line, as the snapshot
/// and `pyalex` write them).
///
/// Besides title, authors, venue and year, OpenAlex gives what other inputs lack: citations
/// (`cited_by_count`, `counts_by_year`), each author's institutions and countries, and the
/// abstract (rebuilt from `abstract_inverted_index`, for topics).
public struct OpenAlexReader: FileByFileReader {
  public var catalog: VenueCatalog

  public init(catalog: VenueCatalog = .standard) {
    self.catalog = catalog
  }

  /// Work types that are no publication of a list: named in a note, not counted.
  private static let uncountedTypes = [
    "dataset": "a dataset", "software": "software", "peer-review": "a peer review", "paratext": "front or back matter",
    "erratum": "an erratum", "retraction": "a retraction notice", "supplementary-materials": "supplementary material",
  ]

  public func read(file text: String, named file: String) -> ParseResult {
    var result = ParseResult()
    // The line of each work's `"id": "https://openalex.org/W…"`.
    let lines = JSONValueLines(text, marker: "\"https://openalex.org/W") { line, rest in
      line.contains("\"id\"") ? "W" + rest.prefix { $0.isASCIIDigit } : nil
    }
    for (work, line) in Self.works(in: text, file: file, diagnostics: &result.diagnostics) {
      let location = SourceLocation(file: file, line: line ?? work.id.map(lines.line(of:)) ?? 1)
      guard let title = work.title else {
        result.diagnostics.append(Diagnostic(at: location, .missingTitle(key: work.id ?? "work")))
        continue
      }
      if let what = Self.uncountedTypes[work.type] {
        result.diagnostics.append(Diagnostic(.note, at: location, .notCounted(title: title, reason: what)))
        continue
      }
      var links = Publication.Links(paper: work.doiURL ?? work.landingPage)
      if let page = work.landingPage, page != links.paper { links.other.append(page) }
      result.publications.append(
        Publication(
          id: work.id ?? PublicationID.make(title: title, year: work.year), title: title, authors: work.authors,
          venue: venue(of: work), year: work.year, links: links, abstract: work.abstract, source: location,
          citations: work.citations))
    }
    return result
  }

  /// The works of any of OpenAlex's shapes, each with its line when the shape gives one (JSON
  /// Lines, or a damaged list cut into its works); a part that is not JSON is skipped with a
  /// warning, and the works that are whole are kept.
  private static func works(in text: String, file: String, diagnostics: inout [Diagnostic]) -> [(OpenAlexWork, Int?)] {
    let bytes = Array(text.utf8)
    do {
      let json = try JSONSerialization.jsonObject(with: Data(bytes))
      if let object = json as? [String: Any], object["results"] == nil, object["id"] == nil, let error = object["error"] {
        let message = (object["message"] as? String).map { "\(error): \($0)" } ?? "\(error)"
        diagnostics.append(Diagnostic(at: SourceLocation(file: file, line: 1), .openAlexErrorResponse(message)))
        return []
      }
      let items = (json as? [Any]) ?? ((json as? [String: Any])?["results"] as? [Any]) ?? [json]
      return items.compactMap { ($0 as? [String: Any]).map { (OpenAlexWork(json: $0), nil) } }
    } catch {
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      if isJSONLines(lines) { return jsonLines(lines, file: file, diagnostics: &diagnostics) }
      let failure = JSONFailure(error, in: bytes[...])
      diagnostics.append(Diagnostic(at: SourceLocation(file: file, line: failure.line), .invalidOpenAlexJSON(reason: failure.reason)))
      return salvagedWorks(bytes, file: file, diagnostics: &diagnostics)
    }
  }

  /// JSON Lines: more than one line, each a whole object (`{` … `}`); a pretty-printed file's
  /// first line is a lone `{` or `[`.
  private static func isJSONLines(_ lines: [Substring]) -> Bool {
    let filled = lines.map { $0.trimmed() }.filter { !$0.isEmpty }
    return filled.count > 1 && filled[0].hasPrefix("{") && filled[0].hasSuffix("}")
  }

  /// The whole works of a list or results page that is damaged or cut short, each at its line.
  private static func salvagedWorks(_ bytes: [UInt8], file: String, diagnostics: inout [Diagnostic]) -> [(OpenAlexWork, Int?)] {
    guard let start = CSLJSONItems.listStart(in: bytes, keys: "results"),
      let pieces = CSLJSONItems.split(bytes, from: start)
    else { return [] }
    return pieces.compactMap { piece in
      CSLJSONItems.object(of: piece, file: file, diagnostics: &diagnostics).map { (OpenAlexWork(json: $0), piece.line) }
    }
  }

  private static func jsonLines(_ lines: [Substring], file: String, diagnostics: inout [Diagnostic]) -> [(OpenAlexWork, Int?)] {
    var works: [(OpenAlexWork, Int?)] = []
    for (index, line) in lines.enumerated() where !line.trimmed().isEmpty {
      do {
        if let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] {
          works.append((OpenAlexWork(json: object), index + 1))
        }
      } catch {
        let failure = JSONFailure(error, in: Array(line.utf8)[...])
        diagnostics.append(Diagnostic(at: SourceLocation(file: file, line: index + 1), .invalidJSONLine(reason: failure.reason)))
      }
    }
    return works
  }

  /// The venue: a catalogue venue the source names, else the source's name with its kind.
  private func venue(of work: OpenAlexWork) -> Venue? {
    if work.type == "dissertation" { return Venue(name: "Thesis", kind: .thesis) }
    guard let source = work.source else { return work.type == "preprint" ? Venue(name: "Preprint", kind: .preprint) : nil }
    // NB: the raw name first: OpenAlex files ECCV's papers under the book series LNCS.
    if let known = catalog.venue(mentionedIn: [work.rawSourceName, source.name].compactMap { $0 }) { return known }
    switch (source.type, work.type) {
    case ("repository", _), (_, "preprint"):
      // "Research Square (Research Square)": OpenAlex adds the host to a repository's name.
      let name = source.name.hasSuffix(")") ? source.name.prefix { $0 != "(" }.trimmed() : source.name
      return Venue(name: name.isEmpty ? source.name : name, kind: .preprint)
    case ("book series", "conference-paper"):
      // A meeting's proceedings in a series ("Abel Symposia"): named by the proceedings when
      // the publisher's record gives them, else by the series; a conference either way (the
      // journal lists hold some series).
      let found = work.rawSourceName.flatMap { catalog.venue(inField: $0, kind: .conference) }
        ?? catalog.venue(inField: source.name, kind: .conference) ?? Venue(name: source.name, kind: .conference)
      return Venue(name: found.name, kind: found.kind == .workshop ? .workshop : .conference)
    case ("book series", _):
      // A series (LNCS, CCIS) is no journal, even when the journal lists have it.
      let name = catalog.venue(inField: source.name, kind: .other)?.name ?? source.name
      return Venue(name: name, kind: .other)
    case ("conference", _):
      return catalog.venue(inField: source.name, kind: .conference) ?? Venue(name: source.name, kind: .conference)
    case ("journal", _):
      return catalog.venue(inField: source.name, kind: .journal) ?? Venue(name: source.name, kind: .journal)
    default:
      return catalog.venue(inField: source.name, kind: .other) ?? Venue(name: source.name, kind: .other)
    }
  }
}

extension OpenAlexReader {
  public static let format = InputFormat("openalex")
  public static let expectedContent = "OpenAlex works (an API results page, a list of works, or JSON Lines)"

  /// JSON whose first work is an OpenAlex one (`"https://openalex.org/W…"`).
  public static func recognition(of text: String, path: String) -> InputFormat.Recognition {
    let start = text.drop { $0.isWhitespace }
    guard start.first == "{" || start.first == "[" else { return .no }
    return start.prefix(8192).contains("openalex.org/W") ? .certain : .no
  }
}
