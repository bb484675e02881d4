/// Parses BibTeX the way BibTeX and biber accept it: entry types in any case, `{…}` or `(…)`
/// delimiters, `{}` and `""` values with nested braces, `#` concatenation, bare numbers and
/// macros, `@string`, `@preamble`, `@comment`, and any text outside entries.
///
/// Hand-written: no package here parses BibTeX. It reads bytes, not Characters, so large
/// bibliographies stay fast. A damaged entry is skipped with a warning naming its line, and
/// parsing resumes at the next line that starts with `@`.
struct BibTeXParser {
  /// The text's UTF-8, borrowed for the parse: a large file is not copied again.
  private let bytes: UnsafeBufferPointer<UInt8>
  private let file: String
  /// The line `bytes` start on: 1, or later for a part of a file (`BibTeXParser+Parts`).
  private let firstLine: Int
  private var index = 0
  private var line: Int
  private(set) var result = BibTeXFile()
  /// Whether an item was still open when the bytes ran out: a part of a file ended inside an
  /// entry, and parsing it apart from the rest would not read what the whole file says.
  private(set) var ranOutInsideItem = false

  init(bytes: UnsafeBufferPointer<UInt8>, file: String, firstLine: Int = 1) {
    self.bytes = bytes
    self.file = file
    self.firstLine = firstLine
    line = firstLine
  }

  /// Parses the whole file.
  ///
  /// - Complexity: O(n) in the number of bytes.
  static func parse(_ text: String, file: String) -> BibTeXFile {
    var text = text
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable { bytes in
      parseInParts(bytes, file: file) ?? parseWhole(bytes, file: file)
    } ?? BibTeXFile()
  }

  static func parseWhole(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> BibTeXFile {
    var parser = BibTeXParser(bytes: bytes, file: file)
    parser.parseFile()
    return parser.result
  }

  private struct Failure: Error {
    var message: Diagnostic.Message
    var line: Int
  }

  mutating func parseFile() {
    while let at = nextAt() {
      index = at + 1
      let startLine = line
      do {
        try parseItem(startLine: startLine)
        if index >= bytes.count { ranOutInsideItem = true }
      } catch let failure as Failure {
        result.diagnostics.append(
          Diagnostic(at: SourceLocation(file: file, line: failure.line), failure.message))
        if index >= bytes.count { ranOutInsideItem = true }
        resync(after: at)
      } catch {}
    }
  }

  /// The next `@`, counting lines on the way.
  private mutating func nextAt() -> Int? {
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "@") { return index }
      if byte == UInt8(ascii: "\n") { line += 1 }
      index += 1
    }
    return nil
  }

  /// Skips to the next line starting with `@` after the damaged entry's start.
  private mutating func resync(after start: Int) {
    var i = start + 1
    var lines = 0
    while i < bytes.count {
      if bytes[i] == UInt8(ascii: "\n") {
        lines += 1
        if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "@") {
          index = i + 1
          line = lineOf(start) + lines
          return
        }
      }
      i += 1
    }
    index = bytes.count
  }

  private func lineOf(_ offset: Int) -> Int {
    firstLine + bytes[..<offset].lazy.filter { $0 == UInt8(ascii: "\n") }.count
  }

  private mutating func parseItem(startLine: Int) throws {
    skipSpace()
    let type = readIdentifier().lowercased()
    guard !type.isEmpty else { return }  // a stray "@" in text outside entries
    skipSpace()
    guard index < bytes.count, bytes[index] == UInt8(ascii: "{") || bytes[index] == UInt8(ascii: "(") else {
      if type == "comment" { return }  // "@comment text" comments out one line
      throw Failure(message: .entryNeedsOpening(type: type), line: line)
    }
    let close = bytes[index] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: ")")
    index += 1
    switch type {
    case "comment": try skipBalanced(openedAt: startLine)
    case "preamble":
      _ = try readValue(startLine: startLine)
      try expectClose(close, startLine: startLine)
    case "string": try parseStrings(close: close, startLine: startLine)
    default: try parseEntry(type: type, close: close, startLine: startLine)
    }
  }

  private mutating func parseStrings(close: UInt8, startLine: Int) throws {
    while true {
      skipSpace()
      if try atClose(close) { return }
      let name = readIdentifier()
      guard !name.isEmpty else { throw Failure(message: .stringNeedsName, line: line) }
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
        throw Failure(message: .stringNeedsEquals(name: name), line: line)
      }
      index += 1
      result.strings.append((name.lowercased(), try readValue(startLine: startLine)))
      skipSpace()
      if index < bytes.count, bytes[index] == UInt8(ascii: ",") { index += 1 }
    }
  }

  private mutating func parseEntry(type: String, close: UInt8, startLine: Int) throws {
    skipSpace()
    let keyStart = index
    // A key has no spaces; biber allows almost any other character.
    while index < bytes.count, bytes[index] != UInt8(ascii: ","), bytes[index] != close,
      bytes[index] != UInt8(ascii: " "), bytes[index] != UInt8(ascii: "\t"), bytes[index] != UInt8(ascii: "\n"),
      bytes[index] != UInt8(ascii: "\r")
    {
      index += 1
    }
    let key = String(decoding: bytes[keyStart..<index], as: UTF8.self)
    skipSpace()
    guard index < bytes.count, bytes[index] == UInt8(ascii: ",") || bytes[index] == close else {
      throw Failure(message: .entryNeedsCommaAfterKey(key: key), line: line)
    }
    var entry = BibTeXEntry(type: type, key: key, fields: [], location: SourceLocation(file: file, line: startLine))
    skipSpace()
    if index < bytes.count, bytes[index] == UInt8(ascii: ",") { index += 1 }
    while true {
      skipSpace()
      if try atClose(close) { break }
      let name = readIdentifier().lowercased()
      guard !name.isEmpty else {
        throw Failure(message: .entryNeedsFieldName(key: key), line: line)
      }
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
        throw Failure(message: .fieldNeedsValue(field: name, key: key), line: line)
      }
      index += 1
      let value = try readValue(startLine: startLine)
      if !entry.fields.contains(where: { $0.name == name }) { entry.fields.append((name, value)) }
      skipSpace()
      if index < bytes.count, bytes[index] == UInt8(ascii: ",") {
        index += 1
      } else if index < bytes.count, bytes[index] != close {
        // NB: "publisher={Elsevier}⏎ google_scholar_id={…}" (98ali.github.io): a comma left out
        // at a line's end, before the next field's name and '=', reads as there, with a warning.
        let breaks = lineBreaksBefore()
        guard breaks > 0, startsField() else {
          throw Failure(message: .entryNeedsCommaBetweenFields(key: key, after: name), line: line)
        }
        result.diagnostics.append(
          Diagnostic(at: SourceLocation(file: file, line: line - breaks), .entryMissesCommaBetweenFields(key: key, after: name)))
      }
    }
    result.entries.append(entry)
  }

  private mutating func atClose(_ close: UInt8) throws -> Bool {
    guard index < bytes.count else { throw Failure(message: .entryNeverClosed, line: line) }
    if bytes[index] == close {
      index += 1
      return true
    }
    return false
  }

  private mutating func expectClose(_ close: UInt8, startLine: Int) throws {
    skipSpace()
    guard try atClose(close) else { throw Failure(message: .entryShouldClose, line: line) }
  }

  /// `piece # piece # …`
  private mutating func readValue(startLine: Int) throws -> [BibTeXEntry.Piece] {
    var pieces: [BibTeXEntry.Piece] = []
    while true {
      skipSpace()
      guard index < bytes.count else { throw Failure(message: .valueNeverFinished, line: startLine) }
      let byte = bytes[index]
      if byte == UInt8(ascii: "{") {
        pieces.append(.literal(try readBraced()))
      } else if byte == UInt8(ascii: "\"") {
        pieces.append(.literal(try readQuoted()))
      } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        let start = index
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9") { index += 1 }
        pieces.append(.literal(String(decoding: bytes[start..<index], as: UTF8.self)))
      } else {
        let name = readIdentifier()
        guard !name.isEmpty else { throw Failure(message: .valueExpected, line: line) }
        pieces.append(.macro(name.lowercased()))
      }
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "#") else { return pieces }
      index += 1
    }
  }

  /// `{…}` with nested braces; the outer braces are dropped.
  private mutating func readBraced() throws -> String {
    let openLine = line
    index += 1
    let start = index
    var depth = 1
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "\\"): index += 1  // "\{" and "\}" are text
      case UInt8(ascii: "{"): depth += 1
      case UInt8(ascii: "}"):
        depth -= 1
        if depth == 0 {
          let text = String(decoding: bytes[start..<index], as: UTF8.self)
          index += 1
          return text
        }
      case UInt8(ascii: "\n"):
        line += 1
        if startsEntry(at: index + 1) { throw Failure(message: .unbalancedBrace(openedAt: openLine), line: openLine) }
      default: break
      }
      index += 1
    }
    throw Failure(message: .unbalancedBrace(openedAt: openLine), line: openLine)
  }

  /// `"…"`: ends at a quote outside braces.
  private mutating func readQuoted() throws -> String {
    let openLine = line
    index += 1
    let start = index
    var depth = 0
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "\\"): index += 1
      case UInt8(ascii: "{"): depth += 1
      case UInt8(ascii: "}"): depth -= 1
      case UInt8(ascii: "\""):
        if depth <= 0 {
          let text = String(decoding: bytes[start..<index], as: UTF8.self)
          index += 1
          return text
        }
      case UInt8(ascii: "\n"):
        line += 1
        if startsEntry(at: index + 1) { throw Failure(message: .unclosedQuote(openedAt: openLine), line: openLine) }
      default: break
      }
      index += 1
    }
    throw Failure(message: .unclosedQuote(openedAt: openLine), line: openLine)
  }

  /// Whether a new entry (`@word{`) starts at `offset`: a damaged value must not swallow it.
  func startsEntry(at offset: Int) -> Bool {
    guard offset < bytes.count, bytes[offset] == UInt8(ascii: "@") else { return false }
    var i = offset + 1
    while i < bytes.count, isIdentifierByte(bytes[i]) { i += 1 }
    guard i > offset + 1 else { return false }
    while i < bytes.count, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") { i += 1 }
    return i < bytes.count && (bytes[i] == UInt8(ascii: "{") || bytes[i] == UInt8(ascii: "("))
  }

  private mutating func skipBalanced(openedAt startLine: Int) throws {
    var depth = 1
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "{"), UInt8(ascii: "("): depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: ")"):
        depth -= 1
        if depth == 0 {
          index += 1
          return
        }
      case UInt8(ascii: "\n"): line += 1
      default: break
      }
      index += 1
    }
    throw Failure(message: .commentNeverClosed(openedAt: startLine), line: startLine)
  }

  /// Skips spaces, tabs, line ends and no-break spaces (U+00A0, bytes C2 A0).
  private mutating func skipSpace() {
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "\n"): line += 1
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): break
      case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0: index += 1
      default: return
      }
      index += 1
    }
  }

  private func isIdentifierByte(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
      || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/")
  }

  /// The line breaks among the spaces right before `index`: past one, the value before ended
  /// its line.
  private func lineBreaksBefore() -> Int {
    var at = index - 1
    var breaks = 0
    while at >= 0, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n")].contains(bytes[at]) {
      if bytes[at] == UInt8(ascii: "\n") { breaks += 1 }
      at -= 1
    }
    return breaks
  }

  /// Whether a field's name and its '=' follow, without reading them.
  private func startsField() -> Bool {
    var at = index
    while at < bytes.count, isIdentifierByte(bytes[at]) { at += 1 }
    guard at > index else { return false }
    while at < bytes.count, bytes[at] == UInt8(ascii: " ") || bytes[at] == UInt8(ascii: "\t") { at += 1 }
    return at < bytes.count && bytes[at] == UInt8(ascii: "=")
  }

  private mutating func readIdentifier() -> String {
    let start = index
    while index < bytes.count, isIdentifierByte(bytes[index]) { index += 1 }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }
}
