extension VenueName {
  /// Words kept lowercase inside a name once it is no longer written in capitals.
  private static let minorWords: Set<String> = [
    "a", "an", "and", "at", "by", "de", "for", "in", "of", "on", "or", "the", "to", "with", "und", "et",
  ]

  /// Whether a name is written all in capitals ("JOURNAL OF APPLIED PHYSICS", as Web of
  /// Science writes sources), not an acronym ("IEEE ACCESS" is shouting, "PNAS" is not).
  static func isShouting(_ name: String) -> Bool {
    let letters = name.filter(\.isLetter)
    return letters.count > 6 && name.contains(" ") && letters.allSatisfy(\.isUppercase)
  }

  /// A shouting name in title case: "JOURNAL OF APPLIED PHYSICS" → "Journal of Applied
  /// Physics"; words of up to four letters without vowels stay capitals ("IEEE", "ACM").
  static func unshouted(_ name: String) -> String {
    name.split(separator: " ").enumerated().map { index, word in
      let lower = word.lowercased()
      if index > 0, minorWords.contains(lower) { return lower }
      if word.count <= 4, !word.contains(where: { "AEIOUY".contains($0) }) { return String(word) }
      return lower.prefix(1).uppercased() + lower.dropFirst()
    }.joined(separator: " ")
  }
}
