import Foundation

extension StringProtocol {
  /// Letters and digits only, lowercased: a title, an id or a venue name as a person compares
  /// them, whatever their case and punctuation ("My-Workshop" is "my workshop").
  package var lettersAndDigitsKey: String { lowercased().filter { $0.isLetter || $0.isNumber } }

  /// The text folded for matching: NFC, case and accents removed, whitespace collapsed.
  ///
  /// `Schön` and `Schon`, `ÉMILE` and `Emile` get the same key; display keeps the original.
  public var matchingKey: String {
    // NB: most names and titles are ASCII; Foundation's folding is slow, so it is the fallback.
    if utf8.allSatisfy({ $0 < 0x80 }) { return lowercased().collapsingWhitespace() }
    let folded = String(self).precomposedStringWithCanonicalMapping
      .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    var result = ""
    result.reserveCapacity(folded.utf8.count)
    for character in folded {
      switch character {
      case "ø": result.append("o")
      case "ß": result += "ss"
      case "ł": result.append("l")
      case "đ": result.append("d")
      default: result.append(character)
      }
    }
    return result.collapsingWhitespace()
  }
}
