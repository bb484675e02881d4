/// Names written family name first with bare initials after it ("Chapagain R", "Remenyi TA"),
/// as PubMed, the Vancouver style and Frontiers export them.
enum InitialsLastNames {
  /// The names in natural order ("R. Chapagain", "T. A. Remenyi") when every one of `names` is
  /// written so, else nil.
  ///
  /// NB: a list of Chinese names with the family name in capitals ("Wei LI", "Yang LIU") has the
  /// same shape; it is told apart by an initial a family name cannot be — one letter, or
  /// capitals without a vowel ("JJ", "CL"). Without one, the list is left as written.
  static func naturalOrder(_ names: [String]) -> [String]? {
    let split = names.map(familyAndInitials)
    guard !split.isEmpty, split.allSatisfy({ $0 != nil }) else { return nil }
    let parts = split.compactMap { $0 }
    guard parts.contains(where: { $0.initials.count == 1 || !$0.initials.contains(where: "AEIOUY".contains) }) else {
      return nil
    }
    return parts.map { family, initials in (initials.map { "\($0)." } + [family]).joined(separator: " ") }
  }

  /// "Chapagain R" → ("Chapagain", "R"): a family name of words that are not all capitals, then
  /// one to three capitals.
  private static func familyAndInitials(_ name: String) -> (family: String, initials: String)? {
    let words = name.split(separator: " ")
    guard words.count >= 2, let last = words.last, (1...3).contains(last.count),
      last.allSatisfy({ $0.isASCII && $0.isUppercase })
    else { return nil }
    let family = words.dropLast()
    guard family.allSatisfy({ word in word.first?.isUppercase == true && word.contains(where: \.isLowercase) }) else { return nil }
    return (family.joined(separator: " "), String(last))
  }
}
