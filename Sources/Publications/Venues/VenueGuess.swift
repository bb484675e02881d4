/// A venue the catalogue does not know, read from a citation's venue part.
enum VenueGuess {
  /// The venue named by a citation part of `text`, with its kind from its words.
  ///
  /// `*Journal of Foo Studies*, 12(3)` → `Journal of Foo Studies`, journal;
  /// `In the 14th International Workshop of Frontiers in Algorithmics (FAW'20), 2020` → `FAW`,
  /// workshop: an acronym the author wrote in parentheses is the short name people use.
  /// Returns nil when no part of the text reads as a venue.
  static func guess(fromCitation text: String) -> Venue? {
    for rawLine in text.split(whereSeparator: { $0 == "\n" || $0 == "|" }) {
      let line = withoutLeadIn(rawLine.collapsingWhitespace().trimming(" ,.;:-–|"))
      let name = withoutTrailingNumbers(String(line.prefix(while: { $0 != "," && $0 != "(" })))
      let words = name.split(separator: " ")
      guard words.count >= 1, words.count <= 14, name.count >= 4,
        let kind = kind(of: name), words.first?.first?.isUppercase == true
      else { continue }
      return Venue(name: acronym(after: name, in: line) ?? name, kind: kind)
    }
    return nil
  }

  /// "IEEE Transactions on Smart Grid 2022" → "IEEE Transactions on Smart Grid".
  private static func withoutTrailingNumbers(_ text: String) -> String {
    var words = text.trimming(" .;:*_-–").split(separator: " ")
    while let last = words.last, last.contains(where: \.isASCIIDigit) { words.removeLast() }
    return words.joined(separator: " ").trimming(" .;:*_-–")
  }

  /// A badge such as `CVMJ 2024` or `FAW'20` for a venue the catalogue does not know: the
  /// acronym is the name; its kind is unknown.
  static func guess(fromBadge badge: String) -> Venue? {
    let words = badge.split(separator: " ")
    guard let first = words.first, words.count <= 3 else { return nil }
    let acronym = String(first.prefix(while: { $0.isLetter || $0 == "-" || $0 == "&" })).trimming("-&")
    guard acronym.count >= 2, acronym.count <= 12, acronym.filter(\.isUppercase).count >= 2 else { return nil }
    return Venue(name: acronym, kind: .other)
  }

  private static let leadIn: Set<String> = [
    "in", "proc.", "proc", "of", "the", "proceedings", "in:", "annual", "to", "appear", "at",
  ]

  /// Drops "In Proc. of the 39th Annual" and the like from the front.
  private static func withoutLeadIn(_ line: String) -> String {
    var words = line.split(separator: " ")[...]
    while let first = words.first {
      let lower = first.lowercased()
      let isOrdinal = lower.first?.isASCIIDigit == true && (lower.hasSuffix("th") || lower.hasSuffix("st")
        || lower.hasSuffix("nd") || lower.hasSuffix("rd"))
      guard leadIn.contains(lower) || isOrdinal || VenueCatalog.fourDigitYear(lower) != nil else { break }
      words.removeFirst()
    }
    return words.joined(separator: " ")
  }

  /// `FAW` from `… Algorithmics (FAW'20)`: capitals (and digits) in parentheses right after.
  private static func acronym(after name: String, in line: String) -> String? {
    guard let open = line.firstIndex(of: "("), line[..<open].trimmed() == name,
      let close = line[open...].firstIndex(of: ")")
    else { return nil }
    let inside = line[line.index(after: open)..<close].filter { $0 != "*" && $0 != "_" }
    let letters = String(inside.prefix(while: { $0.isLetter || $0 == "-" || $0 == "&" })).trimming("-&")
    guard letters.count >= 2, letters.filter(\.isUppercase).count >= 2 else { return nil }
    return letters
  }

  private static let journalWords = [
    "journal", "transactions", "letters", "review", "magazine", "annals", "bulletin",
  ]
  private static let conferenceWords = [
    "conference", "symposium", "proceedings", "congress", "meeting", "colloquium",
  ]

  private static func kind(of name: String) -> Venue.Kind? {
    let lower = name.lowercased()
    if lower.containsBytes(of: "workshop") { return .workshop }
    if journalWords.contains(where: lower.containsBytes) { return .journal }
    if conferenceWords.contains(where: lower.containsBytes) {
      return .conference
    }
    if lower.containsBytes(of: "thesis") || lower.containsBytes(of: "dissertation") { return .thesis }
    return nil
  }
}
