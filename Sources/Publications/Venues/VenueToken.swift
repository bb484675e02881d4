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
      if c.isLetter || c.isASCIIDigit || c == "&" {
        // Letters to digits (and back) start a new token: ICLR2025, 2024Oral.
        if let p = previous, !current.isEmpty, p.isASCIIDigit != c.isASCIIDigit {
          flush(at: index)
        }
        if start == nil { start = index }
        current.append(contentsOf: c.lowercased())
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

extension Character {
  /// 0–9 only; other numerals such as `²` or `½` are not years.
  var isASCIIDigit: Bool { isASCII && isNumber }
}
