/// A venue the catalogue does not know, read from a citation's venue part.
enum VenueGuess {
  /// The venue named by the first italic-looking citation part of `text`, kind from its words.
  ///
  /// `*Journal of Foo Studies*, 12(3)` → `Journal of Foo Studies`, journal. Returns nil when no
  /// part of the text reads as a venue.
  static func guess(fromCitation text: String) -> Venue? {
    for rawLine in text.split(whereSeparator: { $0 == "\n" || $0 == "|" }) {
      var line = rawLine.collapsingWhitespace()
      for prefix in ["In Proc. of the ", "In Proc. of ", "In Proceedings of the ", "Proceedings of the ",
        "In Proceedings of ", "Proceedings of ", "In: ", "In "]
      where line.hasPrefix(prefix) {
        line = String(line.dropFirst(prefix.count))
      }
      let name = String(line.prefix(while: { $0 != "," && $0 != "(" && !$0.isASCIIDigit }))
        .trimming(" .;:*_-–")
      let words = name.split(separator: " ")
      guard words.count >= 1, words.count <= 14, name.count >= 4,
        let kind = kind(of: name), words.first?.first?.isUppercase == true
      else { continue }
      return Venue(name: name, kind: kind)
    }
    return nil
  }

  private static func kind(of name: String) -> Venue.Kind? {
    let lower = name.lowercased()
    if lower.contains("workshop") { return .workshop }
    if ["journal", "transactions", "letters", "review", "magazine", "annals", "bulletin"].contains(where: lower.contains) {
      return .journal
    }
    if ["conference", "symposium", "proceedings", "congress", "meeting"].contains(where: lower.contains) {
      return .conference
    }
    if lower.contains("thesis") || lower.contains("dissertation") { return .thesis }
    return nil
  }
}
