/// The work of `LaTeXDecoder` on UTF-8 bytes: every construct it reads is ASCII, so other bytes
/// are copied through untouched, and every step appends to one output buffer (no string per
/// group or command). Input is valid UTF-8 (it comes from a `String`).
struct LaTeXByteDecoder {
  let bytes: [UInt8]
  var index = 0
  /// The decoded text, as UTF-8.
  var output: [UInt8] = []
  /// Where in `output` the math (`$…$`) being read began; nil in text.
  var mathStart: Int?
  /// How many single quotes (`` `…' ``) are open: a `'` closes one, or else is an apostrophe.
  private var openSingleQuotes = 0
  /// Whether an accent added a combining mark, so the result needs composing (NFC).
  private(set) var addedMarks = false
  /// Whether the input is all ASCII: then an accent on one letter can be composed on the spot.
  private let isASCII: Bool

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    isASCII = bytes.allSatisfy { $0 < 0x80 }
    output.reserveCapacity(bytes.count)
  }

  /// Decodes the whole text.
  mutating func run() { group(until: nil) }

  /// Decodes up to `terminator` (consumed) or the end: braces group, `~` is a space, `$` starts
  /// or ends math, dashes become en and em dashes, TeX quotes become curly ones, a stray `}` is
  /// dropped.
  mutating func group(until terminator: UInt8?) {
    while index < bytes.count {
      let byte = bytes[index]
      if let terminator, byte == terminator {
        index += 1
        return
      }
      switch byte {
      case UInt8(ascii: "{"):
        index += 1
        group(until: UInt8(ascii: "}"))
      case UInt8(ascii: "}"): index += 1
      case UInt8(ascii: "$"): toggleMath()
      case UInt8(ascii: "^") where mathStart != nil, UInt8(ascii: "_") where mathStart != nil: script()
      case UInt8(ascii: "`") where mathStart == nil, UInt8(ascii: "'") where mathStart == nil: quote()
      case UInt8(ascii: "\\"): command()
      case UInt8(ascii: "~"):
        output.append(UInt8(ascii: " "))
        index += 1
      case UInt8(ascii: "-"): dash()
      default:
        // NB: the run of plain bytes that follows is copied at once: most of an abstract is
        // plain text, and appending byte by byte was most of decoding it.
        var end = index + 1
        while end < bytes.count, !Self.isSpecial[Int(bytes[end])] { end += 1 }
        output.append(contentsOf: bytes[index..<end])
        index = end
      }
    }
  }

  /// The bytes `group` reads as anything but plain text (the terminator `}` among them).
  private static let isSpecial: [Bool] = (0..<256).map { "{}$^_`'\\~-".utf8.contains(UInt8($0)) }

  private mutating func dash() {
    var count = 0
    while index < bytes.count, bytes[index] == UInt8(ascii: "-") {
      count += 1
      index += 1
    }
    append(count == 1 ? "-" : count == 2 ? "–" : "—")
  }

  /// ``` `` ``` and `''` are double quotes, `` ` `` opens a single one; a `'` closes an open
  /// single quote and is otherwise an apostrophe, left as written.
  private mutating func quote() {
    let isDouble = index + 1 < bytes.count && bytes[index + 1] == bytes[index]
    let isOpening = bytes[index] == UInt8(ascii: "`")
    index += isDouble ? 2 : 1
    switch (isDouble, isOpening) {
    case (true, true): append("“")
    case (true, false): append("”")
    case (false, true):
      openSingleQuotes += 1
      append("‘")
    case (false, false):
      guard openSingleQuotes > 0 else { return append("'") }
      openSingleQuotes -= 1
      append("’")
    }
  }

  /// One argument: `{…}`, a command, or a single character.
  mutating func argument() {
    skipSpaces()
    guard index < bytes.count else { return }
    switch bytes[index] {
    case UInt8(ascii: "{"):
      index += 1
      group(until: UInt8(ascii: "}"))
    case UInt8(ascii: "\\"): command()
    default: copyScalar()
    }
  }

  /// `\x` after the backslash: an accent, an escaped symbol, a letter macro or a formatting
  /// command (which keeps its argument).
  private mutating func command() {
    index += 1  // the backslash
    guard index < bytes.count else { return }
    let (first, length) = scalar(at: index)
    if !first.properties.isAlphabetic {
      index += length
      if let mark = LaTeXDecoder.accents[first] { return accent(mark) }
      switch first {
      // zbMATH and MathSciNet write inline math as `\(K_1\)`: it is math, not parentheses.
      case "(", "[": mathStart = output.count
      case ")", "]": mathStart = nil
      case "\\", " ": append(" ")
      case ",": append("\u{2009}")
      case ";", ":", "!", "/", "-": break  // spacing, and `\-` where a word may break
      default: append(String(first))  // \& \% \$ \# \_ \{ \}
      }
      return
    }
    let start = index
    while index < bytes.count, isASCIILetter(bytes[index]) { index += 1 }
    let name = String(decoding: bytes[start..<index], as: UTF8.self)
    if index - start == 1, let mark = LaTeXDecoder.accents[Unicode.Scalar(bytes[start])] { return accent(mark) }
    if mathCommand(name) { return }
    if let letter = LaTeXDecoder.letters[name] {
      // A control word eats the space after it: "{\o} re" vs "\o re".
      if index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
      if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "}") { index += 2 }
      return append(letter)
    }
    // \emph{x}, \textbf{x}, \url{x}, \mbox{x} and unknown commands keep their argument.
    skipSpaces()
    if index < bytes.count, bytes[index] == UInt8(ascii: "{") { argument() }
  }

  /// The argument, then the combining mark; a dotless ı or ȷ takes its dot back: `\'{\i}` is í.
  ///
  /// NB: in ASCII input an accent on one letter becomes its precomposed character here, which
  /// is what composing the whole text would give (nothing else in it can combine), without
  /// Foundation's normalisation, the slowest step of reading accented names.
  private mutating func accent(_ mark: Unicode.Scalar) {
    let start = output.count
    argument()
    let base = output[start...]
    if base.elementsEqual("ı".utf8) {
      output.replaceSubrange(start..., with: [UInt8(ascii: "i")])
    } else if base.elementsEqual("ȷ".utf8) {
      output.replaceSubrange(start..., with: [UInt8(ascii: "j")])
    }
    if isASCII, output.count == start + 1, let composed = LaTeXDecoder.composed(output[start], mark) {
      output.replaceSubrange(start..., with: composed)
      return
    }
    addedMarks = true
    append(String(mark))
  }

  mutating func skipSpaces() {
    while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
  }

  mutating func append(_ text: String) { output.append(contentsOf: text.utf8) }

  /// Copies the character (one scalar) at `index`.
  private mutating func copyScalar() {
    let length = scalar(at: index).length
    output.append(contentsOf: bytes[index..<min(bytes.count, index + length)])
    index += length
  }

  /// The scalar starting at `offset`, and its length in bytes.
  private func scalar(at offset: Int) -> (Unicode.Scalar, length: Int) {
    let lead = bytes[offset]
    let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    let end = min(bytes.count, offset + length)
    var decoder = UTF8()
    var iterator = bytes[offset..<end].makeIterator()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) { return (scalar, end - offset) }
    return ("\u{FFFD}", max(1, end - offset))
  }

  private func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
  }
}
