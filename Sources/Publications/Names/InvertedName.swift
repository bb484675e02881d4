/// Names written family name first, as exports write them: RIS `Pierrot, A.`, Web of Science
/// `Parkes-Loach, PS`, ORCID `family-name` and `given-names`.
enum InvertedName {
  /// The name in display order: "Family, Given" → "Given Family"; "Family, Given, Jr." →
  /// "Given Family Jr."; a name without a comma is already in order. Web of Science's bare
  /// initials ("PS") are spelled as initials ("P. S.").
  static func display(_ written: String) -> String {
    let parts = written.split(separator: ",", omittingEmptySubsequences: true).map { $0.trimmed() }
    guard parts.count >= 2 else { return written.collapsingWhitespace() }
    let given = spelledInitials(parts[1])
    let suffix = parts.dropFirst(2).joined(separator: " ")
    return [given, parts[0], suffix].filter { !$0.isEmpty }.joined(separator: " ").collapsingWhitespace()
  }

  /// "PS" → "P. S."; anything else (a given name, "P.S.", "Ann-Marie") as written.
  private static func spelledInitials(_ given: String) -> String {
    guard (1...3).contains(given.count), given.allSatisfy({ $0.isUppercase && $0.isLetter }) else { return given }
    return given.map { "\($0)." }.joined(separator: " ")
  }
}
