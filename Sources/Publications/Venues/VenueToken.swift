/// A word of text as venue matching sees it: lowercase letters, or digits, or `&`.
///
/// Letters and digits are split apart so that `ICLR2025` reads as `iclr 2025` and
/// `AAAI-26` as `aaai 26`; everything else separates tokens.
struct VenueToken: Hashable {
  /// Lowercased.
  var text: String
  /// As written.
  var original: String
  /// The token's range in the original string, to cut mentions out of the text.
  var range: Range<String.Index>
  /// The character just before the token, to tell `NeurIPS'25` from `NeurIPS 25`.
  var precededBy: Character?

  var isNumber: Bool { text.first?.isASCIIDigit ?? false }

  /// Splits `text` into tokens.
  ///
  /// - Complexity: O(n) in the length of `text`.
  static func tokenize(_ text: String) -> [VenueToken] {
    if let tokens = tokenizeASCII(text) { return tokens }
    var tokens: [VenueToken] = []
    var start: String.Index?
    var current = ""
    func flush(at end: String.Index) {
      if let s = start, !current.isEmpty {
        let before = s > text.startIndex ? text[text.index(before: s)] : nil
        tokens.append(VenueToken(text: current, original: String(text[s..<end]), range: s..<end, precededBy: before))
      }
      start = nil
      current = ""
    }
    var index = text.startIndex
    var previous: Character?
    while index < text.endIndex {
      let c = text[index]
      // NB: an ASCII character is classified and lowercased from its byte: text that is mostly
      // ASCII with one accented word should not pay Unicode property lookups for every letter.
      let ascii = c.asciiValue
      if ascii.map(isWordByte) ?? c.isLetter {
        // Letters to digits (and back) start a new token: ICLR2025, 2024Oral.
        if let p = previous, !current.isEmpty, p.isASCIIDigit != c.isASCIIDigit {
          flush(at: index)
        }
        if start == nil { start = index }
        if let ascii {
          current.unicodeScalars.append(Unicode.Scalar(lowercased(ascii)))
        } else {
          current.append(contentsOf: c.lowercased())
        }
      } else {
        flush(at: index)
      }
      previous = c
      index = text.index(after: index)
    }
    flush(at: text.endIndex)
    return tokens
  }
}

extension VenueToken {
  /// `tokenize` on bytes, for ASCII text (nearly every venue field and citation line); nil
  /// for other text.
  ///
  /// NB: a Character per letter and a lowercased String per Character cost many times the
  /// bytes; in ASCII a byte is a Character but for CR LF, which is a separator either way.
  private static func tokenizeASCII(_ text: String) -> [VenueToken]? {
    text.utf8.withContiguousStorageIfAvailable { bytes -> [VenueToken]? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      var tokens: [VenueToken] = []
      var start: Int?
      for i in 0...bytes.count {
        let byte = i < bytes.count ? bytes[i] : 0
        guard isWordByte(byte) else {
          if let s = start { tokens.append(token(s..<i, of: text, bytes: bytes)) }
          start = nil
          continue
        }
        // Letters to digits (and back) start a new token: ICLR2025, 2024Oral.
        if let s = start, isDigit(bytes[i - 1]) != isDigit(byte) {
          tokens.append(token(s..<i, of: text, bytes: bytes))
          start = i
        }
        if start == nil { start = i }
      }
      return tokens
    } ?? nil
  }

  private static func token(_ range: Range<Int>, of text: String, bytes: UnsafeBufferPointer<UInt8>) -> VenueToken {
    let word = bytes[range]
    // NB: written straight into the string; mapping to an array first allocated per token.
    let lower = String(unsafeUninitializedCapacity: word.count) { buffer in
      for (offset, byte) in word.enumerated() { buffer[offset] = lowercased(byte) }
      return word.count
    }
    let utf8 = text.utf8
    let bounds = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)
    var before: Character?
    if range.lowerBound > 0 {
      let previous = bytes[range.lowerBound - 1]
      let isCRLF = previous == 0x0A && range.lowerBound > 1 && bytes[range.lowerBound - 2] == 0x0D
      before = isCRLF ? "\r\n" : Character(Unicode.Scalar(previous))
    }
    return VenueToken(
      text: lower, original: String(decoding: UnsafeBufferPointer(rebasing: word), as: UTF8.self), range: bounds,
      precededBy: before)
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  private static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

  private static func isWordByte(_ byte: UInt8) -> Bool {
    isDigit(byte) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == UInt8(ascii: "&")
  }
}

extension Character {
  /// 0–9 only; other numerals such as `²` or `½` are not years.
  var isASCIIDigit: Bool {
    // NB: `asciiValue` alone, not `isASCII && isNumber`: each property looks up the first
    // scalar again. CR LF (ASCII value 0x0A) is not a digit either way.
    guard let value = asciiValue else { return false }
    return value >= 0x30 && value <= 0x39
  }
}
