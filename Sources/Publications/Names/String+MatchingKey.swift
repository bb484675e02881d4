import Foundation

extension StringProtocol {
  /// The text folded for matching: NFC, case and accents removed, whitespace collapsed.
  ///
  /// `Schön` and `Schon`, `ÉMILE` and `Emile` get the same key; display keeps the original.
  public var matchingKey: String {
    String(self).precomposedStringWithCanonicalMapping
      .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
      .replacingOccurrences(of: "ø", with: "o").replacingOccurrences(of: "ß", with: "ss")
      .replacingOccurrences(of: "ł", with: "l").replacingOccurrences(of: "đ", with: "d")
      .collapsingWhitespace()
  }
}
