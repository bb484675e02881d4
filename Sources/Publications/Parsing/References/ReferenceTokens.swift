/// A formatted reference cut into words at white space, the unit the tagger labels.
///
/// Words keep their punctuation ("Title,", "(2011).", "pp."): where a comma or a period sits is
/// what tells a title from a journal, so it stays part of the word, as in AnyStyle. Each word is
/// also kept in a normal form for the features: curly quotes, guillemets and dashes become their
/// ASCII forms, so "“Title,”" and "\"Title,\"" look alike.
package struct ReferenceTokens: Sendable {
  /// The reference's UTF-8 bytes as written.
  package let bytes: [UInt8]
  /// Each word's bytes in `bytes`.
  package let ranges: [Range<Int>]
  /// The words' normal forms, one after another; `normalizedRanges[i]` is word `i`'s.
  package let normalized: [UInt8]
  package let normalizedRanges: [Range<Int>]

  package init(_ text: String) {
    let bytes = Array(text.utf8)
    self.bytes = bytes
    var ranges: [Range<Int>] = []
    var start: Int?
    var index = 0
    while index < bytes.count {
      let width = Self.spaceWidth(at: index, in: bytes)
      if width > 0 {
        if let first = start { ranges.append(first..<index) }
        start = nil
        index += width
      } else if let first = start, Self.isGluedNumberBreak(at: index, in: bytes) {
        // Vancouver's "2014;40(9):1477-81." is a year, a volume and pages: cut after ";" or
        // ":" when a digit follows, as if the style had written a space.
        ranges.append(first..<index)
        start = index
        index += 1
      } else {
        if start == nil { start = index }
        index += 1
      }
    }
    if let first = start { ranges.append(first..<bytes.count) }
    self.ranges = ranges
    var normalized: [UInt8] = []
    normalized.reserveCapacity(bytes.count)
    var normalizedRanges: [Range<Int>] = []
    normalizedRanges.reserveCapacity(ranges.count)
    for range in ranges {
      let start = normalized.count
      Self.appendNormalForm(of: bytes[range], to: &normalized)
      normalizedRanges.append(start..<normalized.count)
    }
    self.normalized = normalized
    self.normalizedRanges = normalizedRanges
  }

  package var count: Int { ranges.count }

  /// The words `range` spans, as written, joined by single spaces.
  package func text(of range: Range<Int>) -> String {
    guard let first = range.first, let last = range.last else { return "" }
    let slice = bytes[ranges[first].lowerBound..<ranges[last].upperBound]
    return String(decoding: slice, as: UTF8.self)
  }

  /// Whether a word restarts at `index`: a digit right after ";" or ":" that follows a digit or ")".
  private static func isGluedNumberBreak(at index: Int, in bytes: [UInt8]) -> Bool {
    guard index >= 2, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") else { return false }
    let separator = bytes[index - 1]
    let before = bytes[index - 2]
    return (separator == UInt8(ascii: ";") || separator == UInt8(ascii: ":"))
      && (before >= UInt8(ascii: "0") && before <= UInt8(ascii: "9") || before == UInt8(ascii: ")"))
  }

  /// The byte length of a space at `index`: ASCII white space, no-break, thin and ideographic spaces.
  private static func spaceWidth(at index: Int, in bytes: [UInt8]) -> Int {
    switch bytes[index] {
    case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: return 1
    case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0: return 2
    case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80:
      let last = bytes[index + 2]
      return (0x80...0x8A).contains(last) || last == 0xAF ? 3 : 0
    case 0xE3 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80: return 3
    default: return 0
    }
  }

  /// The word with typographic punctuation in ASCII: “ ” « » → `"`, ‘ ’ → `'`, – — → `-`, … → `...`,
  /// the full-width comma → `,`.
  private static func appendNormalForm(of word: ArraySlice<UInt8>, to result: inout [UInt8]) {
    var index = word.startIndex
    while index < word.endIndex {
      let byte = word[index]
      if byte == 0xE2, index + 2 < word.endIndex, word[index + 1] == 0x80 {
        switch word[index + 2] {
        case 0x9C, 0x9D, 0x9E: result.append(UInt8(ascii: "\""))
        case 0x98, 0x99: result.append(UInt8(ascii: "'"))
        case 0x90, 0x91, 0x92, 0x93, 0x94, 0x95: result.append(UInt8(ascii: "-"))
        case 0xA6: result += Array("...".utf8)
        default: result += word[index...(index + 2)]
        }
        index += 3
      } else if byte == 0xEF, index + 2 < word.endIndex, word[index + 1] == 0xBC, word[index + 2] == 0x8C {
        result.append(UInt8(ascii: ","))  // A full-width comma.
        index += 3
      } else if byte == 0xC2, index + 1 < word.endIndex, word[index + 1] == 0xAB || word[index + 1] == 0xBB {
        result.append(UInt8(ascii: "\""))
        index += 2
      } else {
        result.append(byte)
        index += 1
      }
    }
  }
}
