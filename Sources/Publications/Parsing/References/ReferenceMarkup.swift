import Foundation

/// What pages write around a reference that no citation style has, taken off before tagging.
///
/// - GB/T 7714 type markers: `Title[J]. Journal` reads as `Title. Journal`, `Title[C]//Proc.`
///   as `Title. Proc.`; the marker says the kind (`[J]` article, `[C]` paper, `[M]` book, `[D]`
///   thesis).
/// - Link labels: `[PDF]`, `[Code]`, `[Project Page]`, `[BibTeX]`.
/// - Ranking and presentation notes in brackets or parentheses: `(CCF A)`, `(JCR Q1, IF: 7.6)`,
///   `[SCI]`, `(Oral)`; they are kept as notes.
///
/// The tagger was trained on references without them, and they would otherwise land in a title
/// or a venue.
struct ReferenceMarkup {
  var text: String
  var kind = ParsedReference.Kind.unknown
  var notes: [String] = []

  init(_ reference: String) {
    text = reference
    var kind = ParsedReference.Kind.unknown
    var notes: [String] = []
    let bytes = reference.utf8
    let rewritten = Self.rewritingGroups(of: reference) { isBracket, inner, after in
      if isBracket, inner.utf8.count <= 5, let marker = Self.typeMarkers[inner.uppercased()] {
        kind = marker
        while after < bytes.endIndex, bytes[after] == UInt8(ascii: "/") { after = bytes.index(after: after) }
        let next = after < bytes.endIndex ? bytes[after] : UInt8(ascii: ".")
        return next != UInt8(ascii: ".") && next != UInt8(ascii: ",") ? ". " : ""
      }
      if isBracket, inner.utf8.count <= 20, Self.linkLabels.contains(inner.lowercased()) {
        return ""  // A link label leaves nothing behind.
      }
      guard Self.isRankingNote(inner) else { return nil }
      notes.append(inner)
      return ""
    }
    self.kind = kind
    self.notes = notes
    if let rewritten { text = rewritten.collapsingWhitespace() }
  }

  /// `text` without its ranking notes in parentheses or brackets ("(CCF-B, SCI Q1)", "[JCR Q1]"),
  /// for readers that look for a venue in text a homepage writes: "SCI" is an index, not the
  /// abbreviation of *Science* the journal lists hold.
  static func withoutRankingNotes(_ text: String) -> String {
    rewritingGroups(of: text) { _, inner, _ in isRankingNote(inner) ? "" : nil }?.collapsingWhitespace() ?? text
  }

  /// `text` with each group in brackets or parentheses replaced by what `replacement` returns
  /// for it (whether it is bracketed, its trimmed inner text, and where the text after it
  /// starts, which it may move on); nil keeps the group and looks inside it. Nil when no group
  /// was replaced.
  ///
  /// NB: scans bytes: the brackets are ASCII, and grapheme-by-grapheme scanning was a tenth of
  /// parsing time. A UTF-8 index at an ASCII byte is a valid `String.Index`.
  private static func rewritingGroups(
    of text: String, _ replacement: (_ isBracket: Bool, _ inner: String, _ after: inout String.Index) -> String?
  ) -> String? {
    let bytes = text.utf8
    guard bytes.contains(UInt8(ascii: "[")) || bytes.contains(UInt8(ascii: "(")) else { return nil }
    var result = ""
    var isChanged = false
    var start = bytes.startIndex
    var cursor = bytes.startIndex
    while let open = bytes[cursor...].firstIndex(where: { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "(") }) {
      let isBracket = bytes[open] == UInt8(ascii: "[")
      guard let close = bytes[open...].firstIndex(of: isBracket ? UInt8(ascii: "]") : UInt8(ascii: ")")) else { break }
      var after = bytes.index(after: close)
      guard let replaced = replacement(isBracket, String(text[bytes.index(after: open)..<close]).trimmed(), &after) else {
        cursor = bytes.index(after: open)
        continue
      }
      result += text[start..<open] + replaced
      isChanged = true
      start = after
      cursor = after
    }
    guard isChanged else { return nil }
    return result + text[start...]
  }

  private static let typeMarkers: [String: ParsedReference.Kind] = [
    "J": .article, "J/OL": .article, "C": .paper, "C/OL": .paper, "A": .paper, "M": .book, "M/OL": .book,
    "D": .thesis, "R": .unknown, "P": .unknown, "S": .unknown, "N": .unknown, "Z": .unknown, "EB/OL": .unknown,
  ]

  private static let linkLabels: Set<String> = [
    "pdf", "code", "paper", "project", "project page", "slides", "video", "poster", "bibtex", "bib", "website",
    "demo", "data", "dataset", "blog", "talk", "link", "supp", "supplementary", "github", "html", "abstract",
    "arxiv", "doi", "url", "preprint", "page", "homepage", "media", "press",
  ]

  /// `CCF A`, `CCF-B`, `JCR Q1, IF: 7.6`, `SCI`, `EI`, `SSCI`, `IF=5.2`, `Oral`, `Spotlight`,
  /// `CORE A*`, `Top 5%`, `中科院一区`.
  static func isRankingNote(_ inner: String) -> Bool {
    guard inner.utf8.count <= 90, inner.utf8.count >= 2, let first = inner.utf8.first, !(0x30...0x39).contains(first) else {
      return false
    }
    let upper = inner.uppercased()
    if ["SCI", "EI", "SSCI", "SCIE", "ESCI", "ORAL", "SPOTLIGHT", "HIGHLIGHT", "POSTER"].contains(upper) { return true }
    let words = upper.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "*" })
    if words.first == "CCF" || words.first == "CORE" || words.contains("JCR") || upper.hasPrefix("IF:") || upper.hasPrefix("IF=")
      || upper.hasPrefix("IF ") || upper.hasPrefix("IMPACT FACTOR")
    {
      return true
    }
    if words.contains(where: { ["Q1", "Q2", "Q3", "Q4"].contains($0) }) && words.count <= 6 { return true }
    if upper.hasPrefix("TOP ") && upper.hasSuffix("%") { return true }
    return inner.containsBytes(of: "中科院") || inner.containsBytes(of: "区")
  }
}
