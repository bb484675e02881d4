/// The line on which each value of a key first appears in a JSON text, for diagnostics and
/// sources: JSONSerialization keeps no positions. Pretty-printed files (as Zotero, the ORCID
/// API and OpenAlex tools save them) put one key a line; a one-line file gives line 1 throughout.
struct JSONValueLines {
  private var lineByValue: [String: Int] = [:]

  /// - Parameters:
  ///   - marker: the text that precedes the value on its line (`"id"`).
  ///   - value: the value from the line and the text after the marker; nil to skip the line.
  ///
  /// - Complexity: O(*n*) in the text's bytes. NB: lines and the marker are found in the UTF-8
  ///   bytes; splitting into Characters cost a tenth of reading a 30 MB OpenAlex page.
  init(_ text: String, marker: String, value: (_ line: Substring, _ rest: Substring) -> String?) {
    let utf8 = text.utf8
    var line = 1
    var lineStart = utf8.startIndex
    while true {
      let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
      // NB: a newline starts on a scalar boundary, so the indices slice the text.
      let row = text[lineStart..<lineEnd]
      if let markerEnd = row.endOfBytes(of: marker), let found = value(row, row[markerEnd...]), lineByValue[found] == nil {
        lineByValue[found] = line
      }
      guard lineEnd < utf8.endIndex else { break }
      lineStart = utf8.index(after: lineEnd)
      line += 1
    }
  }

  /// The line of `value`; 1 when it was not found.
  func line(of value: String) -> Int { lineByValue[value] ?? 1 }
}
