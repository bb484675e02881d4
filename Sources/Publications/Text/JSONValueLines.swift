/// The line on which each value of a key first appears in a JSON text, for diagnostics and
/// sources: JSONSerialization keeps no positions. Pretty-printed files (as Zotero, the ORCID
/// API and OpenAlex tools save them) put one key a line; a one-line file gives line 1 throughout.
struct JSONValueLines {
  private var lineByValue: [String: Int] = [:]

  /// - Parameters:
  ///   - marker: the text that precedes the value on its line (`"id"`).
  ///   - value: the value from the line and the text after the marker; nil to skip the line.
  init(_ text: String, marker: String, value: (_ line: Substring, _ rest: Substring) -> String?) {
    var line = 1
    for row in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if let range = row.range(of: marker), let found = value(row, row[range.upperBound...]), lineByValue[found] == nil {
        lineByValue[found] = line
      }
      line += 1
    }
  }

  /// The line of `value`; 1 when it was not found.
  func line(of value: String) -> Int { lineByValue[value] ?? 1 }
}
