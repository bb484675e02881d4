/// How deep the tables of a TOML document nest through dotted keys, measured before toml++
/// builds it.
///
/// toml++ bounds arrays and inline tables (256 levels) but not dotted keys: a header
/// `[a.a.a.…]` or a key `a.a.a.… = 1` of some thousands of parts makes as many nested tables,
/// and its parser then recurses once per level and overflows the stack. A key's depth is the
/// dots outside quotes in its line, plus those of the table header it sits under; one pass,
/// O(n), quoted and multi-line strings skipped (their dots are text).
enum TOMLNesting {
  /// The line (1-based) of the first key nested deeper than `limit`; nil when none is.
  static func firstLine(deeperThan limit: Int, in toml: String) -> Int? {
    var headerDepth = 0
    var openString: [UInt8]? = nil
    for (index, line) in toml.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
      let scan = scanLine(Array(line), openString: &openString)
      if scan.isHeader { headerDepth = scan.dots }
      if (scan.isHeader ? 0 : headerDepth) + scan.dots > limit { return index + 1 }
    }
    return nil
  }

  /// The dots of one line outside strings, and whether the line opens a table (`[…]`, `[[…]]`).
  /// `openString` carries a multi-line string's closing quotes from line to line.
  private static func scanLine(_ bytes: [UInt8], openString: inout [UInt8]?) -> (dots: Int, isHeader: Bool) {
    var dots = 0
    var i = 0
    var isHeader: Bool? = nil
    while i < bytes.count {
      if let closing = openString {
        // Inside a multi-line string: skip to its closing quotes (an escaped quote is text).
        if bytes[i] == UInt8(ascii: "\\"), closing[0] == UInt8(ascii: "\"") {
          i += 2
          continue
        }
        if bytes[i...].starts(with: closing) {
          i += 3
          openString = nil
        } else {
          i += 1
        }
        continue
      }
      let byte = bytes[i]
      if isHeader == nil, byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t") { isHeader = byte == UInt8(ascii: "[") }
      switch byte {
      case UInt8(ascii: "#"): return (dots, isHeader ?? false)
      case UInt8(ascii: "."): dots += 1
      case UInt8(ascii: "\""), UInt8(ascii: "'"):
        let triple = [byte, byte, byte]
        if bytes[i...].starts(with: triple) {
          openString = triple
          i += 3
          continue
        }
        i = endOfString(bytes, from: i)
      default: break
      }
      i += 1
    }
    return (dots, isHeader ?? false)
  }

  /// The index of the quote that closes the one-line string opened at `start`.
  private static func endOfString(_ bytes: [UInt8], from start: Int) -> Int {
    let quote = bytes[start]
    var i = start + 1
    while i < bytes.count, bytes[i] != quote {
      // NB: only a basic ("…") string has escapes; a literal ('…') one ends at its next quote.
      i += quote == UInt8(ascii: "\"") && bytes[i] == UInt8(ascii: "\\") ? 2 : 1
    }
    return i
  }
}
