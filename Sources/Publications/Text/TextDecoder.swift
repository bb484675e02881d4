/// Turns the bytes of a file into text the readers can trust.
///
/// Reads UTF-8 (with or without BOM) and UTF-16 (with a BOM, or detected by its NUL bytes),
/// replaces invalid UTF-8 with U+FFFD, drops NUL bytes, normalises CRLF and CR to LF, and
/// repairs mojibake. Every repair is reported, once per kind and file.
public enum TextDecoder {
  /// What decoding found: the text, and the problems it survived.
  public struct Result: Sendable {
    public var text: String
    /// Messages with the 1-based line they were first seen on.
    public var problems: [(line: Int, message: Diagnostic.Message)]
    /// Whether the bytes look like a binary file rather than text.
    public var isBinary: Bool
  }

  /// Decodes `bytes`.
  ///
  /// - Complexity: O(n) in the number of bytes.
  public static func decode(_ bytes: [UInt8]) -> Result {
    var problems: [(line: Int, message: Diagnostic.Message)] = []
    var text: String
    if let utf16 = decodeUTF16(bytes) {
      text = utf16
    } else {
      let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
      if let valid = String(validating: body, as: UTF8.self) {
        text = valid
      } else {
        text = String(decoding: body, as: UTF8.self)
        let invalid = replacementCount(in: text) - replacementCount(in: body)
        if invalid > 0 { problems.append((line(ofFirst: replacementBytes, in: text), .invalidUTF8(count: invalid))) }
      }
    }
    let binary = looksBinary(text)
    // NB: byte scans; a NUL is one byte in UTF-8 and never part of another character.
    let nuls = text.utf8.count(of: 0)
    if nuls > 0 {
      problems.append((line(ofFirst: [0], in: text), .nulBytes(count: nuls)))
      text = String(decoding: text.utf8.filter { $0 != 0 }, as: UTF8.self)
    }
    text = normalizingLineEnds(text)
    let repair = MojibakeRepair.repair(text)
    if repair.count > 0 {
      text = repair.text
      let example = repair.example.map { "'\($0.broken)' → '\($0.repaired)'" } ?? ""
      problems.append(
        (repair.firstLine, .mojibakeRepaired(count: repair.count, encoding: repair.encoding, example: example)))
    }
    return Result(text: text, problems: problems, isBinary: binary)
  }

  private static func decodeUTF16(_ bytes: [UInt8]) -> String? {
    var littleEndian: Bool
    var body = bytes[...]
    if bytes.starts(with: [0xFF, 0xFE]) {
      littleEndian = true
      body = bytes.dropFirst(2)
    } else if bytes.starts(with: [0xFE, 0xFF]) {
      littleEndian = false
      body = bytes.dropFirst(2)
    } else {
      // No BOM: UTF-16 text in Latin script has a NUL in every other byte.
      let sample = bytes.prefix(4096)
      guard sample.count >= 8, sample.count % 2 == 0 else { return nil }
      var oddNULs = 0
      var evenNULs = 0
      for (offset, byte) in sample.enumerated() where byte == 0 {
        if offset & 1 == 1 { oddNULs += 1 } else { evenNULs += 1 }
      }
      let half = sample.count / 2
      if oddNULs > half * 8 / 10 && evenNULs < half / 10 {
        littleEndian = true
      } else if evenNULs > half * 8 / 10 && oddNULs < half / 10 {
        littleEndian = false
      } else {
        return nil
      }
    }
    var units: [UInt16] = []
    units.reserveCapacity(body.count / 2)
    var index = body.startIndex
    while index + 1 < body.endIndex {
      let a = UInt16(body[index]), b = UInt16(body[index + 1])
      units.append(littleEndian ? a | b << 8 : a << 8 | b)
      index += 2
    }
    return String(decoding: units, as: UTF16.self)
  }

  // NB: the scans below read the UTF-8 bytes of text that is already valid: U+FFFD is always
  // EF BF BD there, a control character one byte, a scalar one byte that is not 10xxxxxx.
  // Walking `unicodeScalars` instead cost a fifth of a fuzzer's run on short inputs.
  private static let replacementBytes: [UInt8] = [0xEF, 0xBF, 0xBD]

  private static func replacementCount(in text: String) -> Int {
    text.utf8.withContiguousStorageIfAvailable { replacementCount(in: $0) } ?? replacementCount(in: Array(text.utf8))
  }

  private static func replacementCount(in bytes: some RandomAccessCollection<UInt8>) -> Int {
    var count = 0
    var i = bytes.startIndex
    while i < bytes.endIndex {
      if bytes[i] == 0xEF && bytes[i...].starts(with: replacementBytes) { count += 1 }
      i = bytes.index(after: i)
    }
    return count
  }

  /// Control characters other than tab and line ends in more than 1 in 10 of the first 8,192
  /// scalars (U+FFFD counts as one): binary.
  private static func looksBinary(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable(looksBinary) ?? looksBinary(Array(text.utf8))
  }

  private static func looksBinary(_ bytes: some RandomAccessCollection<UInt8>) -> Bool {
    var total = 0
    var control = 0
    var i = bytes.startIndex
    while i < bytes.endIndex && total < 8192 {
      let byte = bytes[i]
      if byte & 0xC0 != 0x80 { total += 1 }
      if byte < 0x20 {
        if byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { control += 1 }
      } else if byte == 0xEF && bytes[i...].starts(with: replacementBytes) {
        control += 1
      }
      i = bytes.index(after: i)
    }
    return total > 0 && control * 10 > total
  }

  /// The 1-based line of the first occurrence of `needle` (the bytes of one scalar).
  static func line(ofFirst needle: [UInt8], in text: String) -> Int {
    var line = 1
    let bytes = Array(text.utf8)
    var i = 0
    while i < bytes.count {
      if bytes[i] == needle[0] && bytes[i...].starts(with: needle) { return line }
      if bytes[i] == 0x0A { line += 1 }
      i += 1
    }
    return line
  }

  /// CRLF and lone CR as LF, on bytes: a CR or LF byte is never part of another character.
  private static func normalizingLineEnds(_ text: String) -> String {
    guard text.utf8.contains(byte: 0x0D) else { return text }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var previousWasCR = false
    for byte in text.utf8 {
      if byte == 0x0A && previousWasCR {
        previousWasCR = false
        continue
      }
      previousWasCR = byte == 0x0D
      bytes.append(previousWasCR ? 0x0A : byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
