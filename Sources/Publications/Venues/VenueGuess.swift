/// A venue the catalogue does not know, read from a citation's venue part.
enum VenueGuess {
  /// The venue named by a citation part of `text`, with its kind from its words.
  ///
  /// `*Journal of Foo Studies*, 12(3)` → `Journal of Foo Studies`, journal;
  /// `In the 14th International Workshop of Frontiers in Algorithmics (FAW'20), 2020` → `FAW`,
  /// workshop: an acronym the author wrote in parentheses is the short name people use;
  /// `Neural Networks, 168, 104–117` → `Neural Networks`, journal, because the journal lists
  /// know it. Returns nil when no part of the text reads as a venue.
  static func guess(fromCitation text: String) -> Venue? {
    for rawLine in text.split(whereSeparator: { $0 == "\n" || $0 == "|" }) {
      for part in parts(of: rawLine.collapsingWhitespace()) {
        if let venue = venue(in: part) { return venue }
      }
    }
    return nil
  }

  /// The line, then its sentences (an APA reference's journal follows its title's full stop).
  private static func parts(of line: String) -> [String] {
    let sentences = line.split(separator: ". ").map(String.init)
    return sentences.count > 1 ? [line] + sentences : [line]
  }

  private static func venue(in part: String) -> Venue? {
    if let journal = JournalList.standard.fullName(of: VenueName.withoutTrailingNumbers(part.trimming(" ,.;:*_"))) {
      return Venue(name: journal, kind: .journal)
    }
    guard let name = VenueName(part) else { return nil }
    let words = name.name.split(separator: " ")
    guard words.count <= 14, name.name.count >= 4, words.first?.first?.isUppercase == true else { return nil }
    if let journal = JournalList.standard.fullName(of: name.name) { return Venue(name: journal, kind: .journal) }
    guard let kind = VenueName.kind(ofName: name.name) else { return nil }
    return Venue(name: name.shortName, kind: name.isWorkshop ? .workshop : kind)
  }

  /// A badge such as `CVMJ 2024` or `FAW'20` for a venue the catalogue does not know: the
  /// acronym is the name; its kind is unknown. A badge with more words than an acronym and a
  /// year keeps them: `JMIR Human Factors 2023` is "JMIR Human Factors", not JMIR.
  static func guess(fromBadge badge: String) -> Venue? {
    let words = badge.split(separator: " ")
    guard let first = words.first, words.count <= 6 else { return nil }
    let named = words.prefix { !$0.contains(where: \.isASCIIDigit) || $0 == first }
    if named.count > 1, first.filter(\.isUppercase).count >= 2 {
      let name = named.joined(separator: " ")
      if let journal = JournalList.standard.fullName(of: name) { return Venue(name: journal, kind: .journal) }
      return Venue(name: name, kind: VenueName.kind(ofName: name) ?? .other)
    }
    let acronym = String(first.prefix(while: { $0.isLetter || $0 == "-" || $0 == "&" })).trimming("-&")
    guard acronym.count >= 2, acronym.count <= 12, acronym.filter(\.isUppercase).count >= 2 else { return nil }
    return Venue(name: acronym, kind: .other)
  }
}
