import Foundation

/// Reads CSL-JSON, what Zotero and `pandoc -t csljson` export: an array of items with `type`,
/// `title`, `author` (family/given/literal), `issued.date-parts`, `container-title`.
public struct CSLJSONReader: FileByFileReader {
  public var catalog: VenueCatalog

  public init(catalog: VenueCatalog = .standard) {
    self.catalog = catalog
  }

  /// Reads one file. An item that is not valid JSON, or has no title, is skipped with a warning
  /// naming its line, and the other items are read; a file that is not JSON at all gives one
  /// warning.
  public func read(file text: String, named file: String) -> ParseResult {
    var result = ParseResult()
    let items = Self.items(of: Array(text.utf8), file: file, diagnostics: &result.diagnostics)
    let lines = JSONValueLines(text, marker: "\"id\"") { _, rest in
      let value = rest.drop { $0 == " " || $0 == ":" || $0 == "\t" }
      return String(value.hasPrefix("\"") ? value.dropFirst().prefix { $0 != "\"" } : value.prefix { $0.isNumber })
    }
    for (index, raw) in items.enumerated() {
      guard let item = raw as? [String: Any] else { continue }
      let id = (item["id"] as? String) ?? (item["id"] as? Int).map(String.init) ?? "item\(index + 1)"
      let location = SourceLocation(file: file, line: lines.line(of: id))
      guard let title = (item["title"] as? String)?.collapsingWhitespace(), !title.isEmpty else {
        result.diagnostics.append(Diagnostic(at: location, .missingTitle(key: id)))
        continue
      }
      if let what = ["software": "software", "patent": "a patent"][(item["type"] as? String) ?? ""] {
        result.diagnostics.append(Diagnostic(.note, at: location, .notCounted(title: title, reason: what)))
        continue
      }
      let venue = venue(of: item)
      let (authors, truncated) = people(item["author"])
      var links = Publication.Links()
      links.paper = (item["URL"] as? String).map(Publication.Links.webAddress)
        ?? (item["DOI"] as? String).map { "https://doi.org/" + $0 }
      result.publications.append(
        Publication(
          id: id, title: title, authors: authors, isAuthorListTruncated: truncated, venue: venue, year: year(of: item),
          notes: EntryNotes.find(in: (item["note"] as? String) ?? ""), links: links,
          abstract: (item["abstract"] as? String)?.collapsingWhitespace(), source: location))
    }
    return result
  }

  /// The document's items: all of them when it is valid JSON; when it is a damaged array, each
  /// item that is valid by itself, with a warning for each one that is not.
  private static func items(of bytes: [UInt8], file: String, diagnostics: inout [Diagnostic]) -> [Any] {
    let json: Any
    do {
      json = try JSONSerialization.jsonObject(with: Data(bytes))
    } catch {
      let failure = JSONFailure(error, in: bytes[...])
      let at = SourceLocation(file: file, line: failure.line)
      guard let pieces = CSLJSONItems.split(bytes) else {
        diagnostics.append(Diagnostic(at: at, .invalidJSON(reason: failure.reason)))
        return []
      }
      let before = diagnostics.count
      let items = pieces.compactMap { item(of: $0, file: file, diagnostics: &diagnostics) }
      if diagnostics.count == before {
        diagnostics.append(Diagnostic(at: at, .invalidJSONBetweenItems(reason: failure.reason)))
      }
      return items
    }
    return (json as? [Any]) ?? ((json as? [String: Any])?["items"] as? [Any]) ?? [json]
  }

  private static func item(of piece: CSLJSONItems.Piece, file: String, diagnostics: inout [Diagnostic]) -> Any? {
    guard piece.isClosed else {
      diagnostics.append(Diagnostic(at: SourceLocation(file: file, line: piece.line), .unclosedJSONItem))
      return nil
    }
    do {
      return try JSONSerialization.jsonObject(with: Data(piece.bytes))
    } catch {
      let failure = JSONFailure(error, in: piece.bytes)
      diagnostics.append(Diagnostic(at: SourceLocation(file: file, line: piece.line + failure.line - 1), .invalidJSONItem(reason: failure.reason)))
      return nil
    }
  }

  private func people(_ value: Any?) -> ([Person], Bool) {
    var truncated = false
    let people = ((value as? [[String: Any]]) ?? []).compactMap { name -> Person? in
      if let literal = name["literal"] as? String {
        if literal.lowercased() == "others" || literal.lowercased() == "et al." {
          truncated = true
          return nil
        }
        return Person(name: literal.collapsingWhitespace())
      }
      let parts = [name["given"], name["dropping-particle"], name["non-dropping-particle"], name["family"], name["suffix"]]
        .compactMap { $0 as? String }.filter { !$0.isEmpty }
      guard !parts.isEmpty else { return nil }
      let (display, markers) = AuthorListParser.stripMarkers(parts.joined(separator: " "))
      return Person(name: display, asWritten: parts.joined(separator: " "), markers: markers)
    }
    return (people, truncated)
  }

  private func year(of item: [String: Any]) -> Int? {
    for key in ["issued", "published-print", "published-online", "original-date"] {
      guard let date = item[key] as? [String: Any] else { continue }
      if let parts = date["date-parts"] as? [[Any]], let first = parts.first?.first {
        if let year = first as? Int { return year }
        if let text = first as? String, let year = Int(text) { return year }
      }
      for field in ["raw", "literal"] {
        if let text = date[field] as? String, let year = VenueCatalog.years(in: text).first { return year }
      }
    }
    return nil
  }

  private func venue(of item: [String: Any]) -> Venue? {
    let type = (item["type"] as? String) ?? ""
    let texts = ["container-title-short", "container-title", "collection-title", "event-title", "event", "genre", "publisher"]
      .compactMap { item[$0] as? String }
    if let venue = catalog.venue(mentionedIn: texts) { return venue }
    if type == "thesis" { return Venue(name: "Thesis", kind: .thesis) }
    guard let name = (item["container-title"] as? String)?.collapsingWhitespace(), !name.isEmpty else { return nil }
    let kind: Venue.Kind = switch type {
    case "paper-conference": .conference
    case "article-journal": .journal
    default: .other
    }
    return catalog.venue(inField: name, kind: kind) ?? Venue(name: name, kind: kind)
  }
}

extension CSLJSONReader {
  public static let format = InputFormat("csl-json")
  public static let expectedContent = "an array of items with a title, as reference managers export it"

  /// JSON: an array of objects or an object, "[ {" or "{ \"". Markdown and BibTeX never start so.
  /// Likely, not certain: OpenAlex and ORCID files are JSON too, and their readers know them by
  /// their content.
  public static func recognition(of text: String, path: String) -> InputFormat.Recognition {
    let start = text.drop { $0.isWhitespace }
    guard let first = start.first, first == "[" || first == "{" else { return .no }
    let next = start.dropFirst().drop { $0.isWhitespace }.first
    return (first == "[" && (next == "{" || next == "]")) || (first == "{" && next == "\"") ? .likely : .no
  }
}
