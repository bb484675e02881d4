/// Reads TOML (v1.0) front matter into the values the YAML loader gives: `String`, `Int`,
/// `Double`, `Bool`, `[Any]` and `[String: Any]`; dates and times stay their TOML text
/// ("2019-09-01T00:00:00"), which the Hugo reader takes the year from.
///
/// Hand-written: the one TOML package here, TOMLKit 0.6.0, wraps toml++, whose compiled-in
/// assertions abort the process on a malformed date-time (`date = 2019-01-25T[0:00:00`, found by
/// the hugo fuzz target) and which never frees the strings it returns. Front matter needs the
/// whole language but none of its writing or round-tripping, which keeps this small.
///
/// One pass over the bytes; nesting (dotted keys, arrays, inline tables) is bounded by
/// `depthLimit`, so hostile input stays linear and never deep in the stack.
struct TOMLReader {
  /// What is wrong and on which line of the TOML text (from 1).
  struct Problem: Error, Equatable {
    var line: Int
    var message: String
    /// Whether the text nests deeper than the limit (not a syntax error).
    var isTooDeep = false
  }

  private indirect enum Value {
    case scalar(Any)
    case array([Value])
    case table([String: Value])
  }

  private let bytes: [UInt8]
  private let depthLimit: Int
  private var index = 0
  private var line = 1

  /// The document's top-level table.
  ///
  /// - Throws: `Problem` for the first syntax error, a key defined twice, or nesting past
  ///   `depthLimit`.
  static func read(_ text: String, depthLimit: Int = 200) throws -> [String: Any] {
    var reader = TOMLReader(bytes: Array(text.utf8), depthLimit: depthLimit)
    return plain(.table(try reader.document())) as? [String: Any] ?? [:]
  }

  private init(bytes: [UInt8], depthLimit: Int) {
    self.bytes = bytes
    self.depthLimit = depthLimit
  }

  // MARK: - Document

  /// Key/value lines and `[table]` / `[[array of tables]]` headers.
  private mutating func document() throws -> [String: Value] {
    var root: [String: Value] = [:]
    var current: [String] = []
    // NB: a `[table]` header may come once; `[[array]]` headers repeat by design.
    var headers: Set<[String]> = []
    while true {
      skipBlankLinesAndComments()
      guard let byte = peek() else { return root }
      if byte == UInt8(ascii: "[") {
        let isArray = peek(1) == UInt8(ascii: "[")
        index += isArray ? 2 : 1
        skipSpaces()
        current = try keyPath()
        try expect(isArray ? "]]" : "]")
        guard isArray || headers.insert(current).inserted else { throw problem("the table '\(current.joined(separator: "."))' is defined twice") }
        try Self.openTable(at: current, appending: isArray, in: &root, line: line)
      } else {
        let path = try keyPath()
        try expect("=")
        skipSpaces()
        let value = try self.value(depth: current.count + path.count)
        try Self.insert(value, at: current + path, in: &root, line: line)
      }
      try endOfLine()
    }
  }

  /// `a.b."c d"`: bare and quoted keys joined by dots.
  private mutating func keyPath() throws -> [String] {
    var path: [String] = []
    while true {
      skipSpaces()
      if peek() == UInt8(ascii: "\"") || peek() == UInt8(ascii: "'") {
        path.append(try string())
      } else {
        let start = index
        while let byte = peek(), Self.isBareKeyByte(byte) { index += 1 }
        guard index > start else { throw problem("expected a key") }
        path.append(String(decoding: bytes[start..<index], as: UTF8.self))
      }
      guard path.count <= depthLimit else { throw tooDeep() }
      skipSpaces()
      guard peek() == UInt8(ascii: ".") else { return path }
      index += 1
    }
  }

  // MARK: - Values

  private mutating func value(depth: Int) throws -> Value {
    guard depth <= depthLimit else { throw tooDeep() }
    switch peek() {
    case UInt8(ascii: "\""), UInt8(ascii: "'"): return .scalar(try string())
    case UInt8(ascii: "["): return try array(depth: depth + 1)
    case UInt8(ascii: "{"): return try inlineTable(depth: depth + 1)
    case nil: throw problem("expected a value")
    default: return .scalar(try bareValue())
    }
  }

  /// `[1, 2, "three",]`: values across lines, comments between them.
  private mutating func array(depth: Int) throws -> Value {
    guard depth <= depthLimit else { throw tooDeep() }
    index += 1
    var items: [Value] = []
    while true {
      skipBlankLinesAndComments()
      if peek() == UInt8(ascii: "]") {
        index += 1
        return .array(items)
      }
      items.append(try value(depth: depth))
      skipBlankLinesAndComments()
      if peek() == UInt8(ascii: ",") {
        index += 1
      } else if peek() != UInt8(ascii: "]") {
        throw problem("expected ',' or ']' in an array")
      }
    }
  }

  /// `{ name = "Paper", url = "…" }` on one line.
  private mutating func inlineTable(depth: Int) throws -> Value {
    index += 1
    var table: [String: Value] = [:]
    skipSpaces()
    if peek() == UInt8(ascii: "}") {
      index += 1
      return .table(table)
    }
    while true {
      let path = try keyPath()
      try expect("=")
      skipSpaces()
      try Self.insert(try value(depth: depth + path.count), at: path, in: &table, line: line)
      skipSpaces()
      if peek() == UInt8(ascii: "}") {
        index += 1
        return .table(table)
      }
      try expect(",")
    }
  }

  /// A number, a boolean, or a date and time, kept as written ("1979-05-27 07:32:00Z").
  private mutating func bareValue() throws -> Any {
    let start = index
    while let byte = peek(), Self.isBareValueByte(byte) || byte == UInt8(ascii: " ") && isDateTimeSpace(from: start) {
      index += 1
    }
    let token = String(decoding: bytes[start..<index], as: UTF8.self)
    switch token {
    case "true": return true
    case "false": return false
    case "inf", "+inf": return Double.infinity
    case "-inf": return -Double.infinity
    case "nan", "+nan", "-nan": return Double.nan
    default: break
    }
    if Self.isDate(token) { return token }
    let digits = token.replacingOccurrences(of: "_", with: "")
    if let integer = Self.integer(digits) { return integer }
    if digits.contains(where: { $0.isASCIIDigit }), !digits.hasPrefix("0x"), let number = Double(digits), number.isFinite {
      return number
    }
    throw problem(token.isEmpty ? "expected a value" : "'\(token.prefix(40))' is no TOML value")
  }

  /// The space in "1979-05-27 07:32:00": a date followed by a time.
  private func isDateTimeSpace(from start: Int) -> Bool {
    index - start == 10 && Self.isDate(String(decoding: bytes[start..<index], as: UTF8.self))
      && peek(1).map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } == true
  }

  // MARK: - Strings

  /// A basic (`"…"`, with escapes), literal (`'…'`) or multi-line (`"""…"""`, `'''…'''`) string.
  private mutating func string() throws -> String {
    let quote = bytes[index]
    let isMultiLine = peek(1) == quote && peek(2) == quote
    index += isMultiLine ? 3 : 1
    // NB: a newline right after the opening quotes is no part of a multi-line string.
    if isMultiLine, peek() == UInt8(ascii: "\n") { advanceLine() }
    if isMultiLine, peek() == UInt8(ascii: "\r"), peek(1) == UInt8(ascii: "\n") {
      index += 1
      advanceLine()
    }
    var text: [UInt8] = []
    while let byte = peek() {
      if byte == quote, !isMultiLine {
        index += 1
        return String(decoding: text, as: UTF8.self)
      }
      if byte == quote, peek(1) == quote, peek(2) == quote {
        // NB: in a run of four or five quotes, the first one or two are text ("…statement."""").
        var run = 0
        while peek(run) == quote, run < 5 { run += 1 }
        text.append(contentsOf: repeatElement(quote, count: run - 3))
        index += run
        return String(decoding: text, as: UTF8.self)
      }
      if byte == UInt8(ascii: "\n") {
        guard isMultiLine else { throw problem("a string is not closed on its line") }
        text.append(byte)
        advanceLine()
        continue
      }
      if byte == UInt8(ascii: "\\"), quote == UInt8(ascii: "\"") {
        try escape(into: &text, isMultiLine: isMultiLine)
        continue
      }
      text.append(byte)
      index += 1
    }
    throw problem("a string is not closed")
  }

  private mutating func escape(into text: inout [UInt8], isMultiLine: Bool) throws {
    index += 1
    guard let code = peek() else { throw problem("a string is not closed") }
    let isWhiteSpace = [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(code)
    if isMultiLine, isWhiteSpace {
      // A backslash that ends a line joins it to the next, white space dropped.
      while let byte = peek(), [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(byte) {
        if byte == UInt8(ascii: "\n") { advanceLine() } else { index += 1 }
      }
      return
    }
    index += 1
    switch code {
    case UInt8(ascii: "n"): text.append(UInt8(ascii: "\n"))
    case UInt8(ascii: "t"): text.append(UInt8(ascii: "\t"))
    case UInt8(ascii: "r"): text.append(UInt8(ascii: "\r"))
    case UInt8(ascii: "b"): text.append(0x08)
    case UInt8(ascii: "f"): text.append(0x0C)
    case UInt8(ascii: "e"): text.append(0x1B)
    case UInt8(ascii: "\""), UInt8(ascii: "\\"): text.append(code)
    case UInt8(ascii: "u"), UInt8(ascii: "U"):
      let length = code == UInt8(ascii: "u") ? 4 : 8
      guard index + length <= bytes.count, let value = UInt32(String(decoding: bytes[index..<(index + length)], as: UTF8.self), radix: 16),
        let scalar = Unicode.Scalar(value)
      else { throw problem("a \\u escape names no character") }
      text.append(contentsOf: Array(String(Character(scalar)).utf8))
      index += length
    default: throw problem("'\\\(Character(Unicode.Scalar(code)))' is no TOML escape")
    }
  }

  // MARK: - Tables

  /// Makes the table at `path` the current one: `[a.b]` creates it, `[[a.b]]` appends a new
  /// table to the array there.
  private static func openTable(at path: [String], appending: Bool, in root: inout [String: Value], line: Int) throws {
    guard let key = path.first else { return }
    let rest = Array(path.dropFirst())
    if rest.isEmpty {
      switch root[key] {
      case nil: root[key] = appending ? .array([.table([:])]) : .table([:])
      case .array(var tables)? where appending:
        tables.append(.table([:]))
        root[key] = .array(tables)
      case .table? where !appending: break
      default: throw Problem(line: line, message: "the table '\(key)' is defined twice")
      }
      return
    }
    try withTable(key, in: &root, line: line) { try openTable(at: rest, appending: appending, in: &$0, line: line) }
  }

  /// Sets `value` at `path`, creating the tables on the way.
  private static func insert(_ value: Value, at path: [String], in table: inout [String: Value], line: Int) throws {
    guard let key = path.first else { return }
    if path.count == 1 {
      guard table[key] == nil else { throw Problem(line: line, message: "the key '\(key)' is defined twice") }
      table[key] = value
      return
    }
    try withTable(key, in: &table, line: line) { try insert(value, at: Array(path.dropFirst()), in: &$0, line: line) }
  }

  /// Runs `body` on the table at `key` (the last one of an array of tables), made if missing.
  private static func withTable(
    _ key: String, in table: inout [String: Value], line: Int, _ body: (inout [String: Value]) throws -> Void
  ) throws {
    switch table[key] {
    case nil:
      var inner: [String: Value] = [:]
      try body(&inner)
      table[key] = .table(inner)
    case .table(var inner)?:
      // NB: taken out first, so the nested table is changed in place, not copied.
      table[key] = nil
      try body(&inner)
      table[key] = .table(inner)
    case .array(var tables)?:
      guard case .table(var last)? = tables.last else { throw Problem(line: line, message: "'\(key)' is no table") }
      table[key] = nil
      try body(&last)
      tables[tables.count - 1] = .table(last)
      table[key] = .array(tables)
    case .scalar?:
      throw Problem(line: line, message: "'\(key)' is a value, not a table")
    }
  }

  private static func plain(_ value: Value) -> Any {
    switch value {
    case .scalar(let scalar): scalar
    case .array(let items): items.map(plain)
    case .table(let table): table.mapValues(plain)
    }
  }

  // MARK: - Bytes

  private func peek(_ offset: Int = 0) -> UInt8? {
    index + offset < bytes.count ? bytes[index + offset] : nil
  }

  private mutating func advanceLine() {
    index += 1
    line += 1
  }

  private mutating func skipSpaces() {
    while let byte = peek(), byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { index += 1 }
  }

  private mutating func skipBlankLinesAndComments() {
    while let byte = peek() {
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): index += 1
      case UInt8(ascii: "\n"): advanceLine()
      case UInt8(ascii: "#"): while let next = peek(), next != UInt8(ascii: "\n") { index += 1 }
      default: return
      }
    }
  }

  /// Only spaces and a comment may follow a key/value pair or a header on its line.
  private mutating func endOfLine() throws {
    skipSpaces()
    if peek() == UInt8(ascii: "#") { while let next = peek(), next != UInt8(ascii: "\n") { index += 1 } }
    if peek() == UInt8(ascii: "\r") { index += 1 }
    guard let byte = peek() else { return }
    guard byte == UInt8(ascii: "\n") else { throw problem("expected the end of the line") }
    advanceLine()
  }

  private mutating func expect(_ text: String) throws {
    skipSpaces()
    for byte in text.utf8 {
      guard peek() == byte else { throw problem("expected '\(text)'") }
      index += 1
    }
  }

  private func problem(_ message: String) -> Problem {
    Problem(line: line, message: message)
  }

  private func tooDeep() -> Problem {
    Problem(line: line, message: "tables nest deeper than \(depthLimit) levels", isTooDeep: true)
  }

  private static func isBareKeyByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
      || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
  }

  private static func isBareValueByte(_ byte: UInt8) -> Bool {
    isBareKeyByte(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
  }

  /// "2019-09-01", "2019-09-01T00:00:00Z": four digits, a dash, two digits, a dash, two digits.
  private static func isDate(_ token: String) -> Bool {
    let head = Array(token.utf8.prefix(10))
    guard head.count == 10 else { return false }
    return head.enumerated().allSatisfy { offset, byte in
      [4, 7].contains(offset) ? byte == UInt8(ascii: "-") : byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
  }

  /// Decimal, or `0x`, `0o`, `0b` with a radix; nil for anything else.
  private static func integer(_ text: String) -> Int? {
    let sign = text.hasPrefix("-") ? -1 : 1
    let unsigned = text.hasPrefix("-") || text.hasPrefix("+") ? String(text.dropFirst()) : text
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where unsigned.hasPrefix(prefix) {
      return Int(unsigned.dropFirst(2), radix: radix).map { $0 * sign }
    }
    guard !unsigned.isEmpty, unsigned.allSatisfy(\.isASCIIDigit) else { return nil }
    return Int(unsigned).map { $0 * sign }
  }
}
