/// Names written family name first with bare initials after it ("Chapagain R", "Remenyi TA"),
/// as PubMed, the Vancouver style and Frontiers export them.
enum InitialsLastNames {
  /// The names in natural order ("R. Chapagain", "T. A. Remenyi") when every one of `names` is
  /// written so, else nil. Each name is turned as the reference parser turns Vancouver's.
  ///
  /// NB: a list of Chinese names with the family name in capitals ("Wei LI", "Yang LIU") has the
  /// same shape; it is told apart by an initial a family name cannot be — one letter, or
  /// capitals without a vowel ("JJ", "CL"). Without one, the list is left as written.
  static func naturalOrder(_ names: [String]) -> [String]? {
    let initials = names.compactMap(trailingInitials)
    guard !names.isEmpty, initials.count == names.count,
      initials.contains(where: { $0.count == 1 || !$0.contains(where: "AEIOUY".contains) })
    else { return nil }
    return names.map(ReferenceAuthors.naturalOrder)
  }

  /// The names in natural order ("Han Zheng", "Wei Li") when every one of two or more `names`
  /// writes its family name first in capitals ("ZHENG Han", "LI Wei"), as Chinese journals give
  /// their English metadata; else nil.
  ///
  /// NB: only a whole list: one "MA Wang" alone may be initials, and a family name in capitals
  /// at the end ("Wei LI") is already in natural order.
  static func naturalOrder(capitalFamiliesFirst names: [String]) -> [String]? {
    let turned = names.compactMap { name -> String? in
      let words = name.split(separator: " ")
      guard words.count >= 2, let family = words.first, family.count >= 2,
        family.allSatisfy({ $0.isASCII && $0.isUppercase }), family.contains(where: "AEIOU".contains),
        words.dropFirst().allSatisfy({ word in word.first?.isUppercase == true && word.contains(where: \.isLowercase) })
      else { return nil }
      return (words.dropFirst() + [family.prefix(1) + family.dropFirst().lowercased()]).joined(separator: " ")
    }
    return names.count >= 2 && turned.count == names.count ? turned : nil
  }

  /// "R" of "Chapagain R": one to three capitals after a family name of words that are not all
  /// capitals.
  private static func trailingInitials(_ name: String) -> Substring? {
    let words = name.split(separator: " ")
    guard words.count >= 2, let last = words.last, (1...3).contains(last.count),
      last.allSatisfy({ $0.isASCII && $0.isUppercase }),
      words.dropLast().allSatisfy({ word in word.first?.isUppercase == true && word.contains(where: \.isLowercase) })
    else { return nil }
    return last
  }
}
