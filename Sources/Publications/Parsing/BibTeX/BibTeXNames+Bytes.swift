extension BibTeXNames {
  /// `displayOrder(of:)` on bytes, for the names nearly every file holds: ASCII (LaTeX accents
  /// and braces included) and precomposed Latin, Greek and Cyrillic letters.
  ///
  /// Other text (other scripts, combining marks, Unicode spaces) and a braced corporate name
  /// give nil and take the Character rules, whose answer for such text can differ from a byte
  /// reading (a combining mark after a space is part of that space's Character).
  ///
  /// NB: written by hand because it is the hot loop of reading a large bibliography: a name is
  /// parsed once per distinct spelling, and on byte ranges that costs a fraction of splitting
  /// Characters into Strings.
  static func displayOrder(ofPlain raw: String) -> String? {
    let bytes = Array(raw.utf8)
    guard bytes.allSatisfy(isPlain) else { return nil }
    let whole = trimmed(0..<bytes.count, in: bytes)
    guard let first = whole.first, let last = whole.last else { return "" }
    if bytes[first] == UInt8(ascii: "{"), bytes[last] == UInt8(ascii: "}") { return nil }
    let parts = topLevel(whole, in: bytes, splitAt: UInt8(ascii: ",")).map { trimmed($0, in: bytes) }
    let order: [Range<Int>]
    switch parts.count {
    case 1: order = words(parts[0], in: bytes)
    case 2: order = words(parts[1], in: bytes) + words(parts[0], in: bytes)
    case _ where parts.count >= 3 && isGenerationSuffix(String(decoding: bytes[parts[parts.count - 1]], as: UTF8.self)):
      // NB: "Kelleher, R. J., 3rd": rare; the Character rules put the suffix where it goes.
      return nil
    default:
      // Every part but the last ends at a top-level comma, so its braces balance: the words
      // of the parts joined (as `displayOrder(of:)` joins them) are the words of each part.
      order = parts[2...].flatMap { words($0, in: bytes) } + words(parts[0], in: bytes) + words(parts[1], in: bytes)
    }
    var spelled: [UInt8] = []
    spelled.reserveCapacity(bytes.count)
    for word in order {
      if !spelled.isEmpty { spelled.append(UInt8(ascii: " ")) }
      spelled += bytes[word]
    }
    return String(decoding: spelled, as: UTF8.self)
  }

  /// ASCII text and line ends, the UTF-8 of U+00C0–U+02FF and U+0380–U+052F (lead bytes
  /// 0xC3–0xCB, 0xCE–0xD4) and continuation bytes.
  private static func isPlain(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x09...0x0D, 0x20...0x7E, 0x80...0xBF, 0xC3...0xCB, 0xCE...0xD4: true
    default: false
    }
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }

  private static func trimmed(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, isSpace(bytes[lower]) { lower += 1 }
    while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
    return lower..<upper
  }

  /// The pieces of `range` between separators outside braces.
  private static func topLevel(_ range: Range<Int>, in bytes: [UInt8], splitAt separator: UInt8) -> [Range<Int>] {
    var pieces: [Range<Int>] = []
    var start = range.lowerBound
    var depth = 0
    for i in range {
      switch bytes[i] {
      case UInt8(ascii: "{"): depth += 1
      case UInt8(ascii: "}"): depth -= 1
      case separator where depth == 0:
        pieces.append(start..<i)
        start = i + 1
      default: break
      }
    }
    pieces.append(start..<range.upperBound)
    return pieces
  }

  private static func words(_ range: Range<Int>, in bytes: [UInt8]) -> [Range<Int>] {
    topLevel(range, in: bytes, splitAt: UInt8(ascii: " ")).map { trimmed($0, in: bytes) }.filter { !$0.isEmpty }
  }
}
