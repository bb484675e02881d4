import Publications

/// A person's name split into given and family parts, for matching identities.
///
/// "Last, First" and "First Last" give the same parts; a trailing "Jr." is dropped; particles
/// (`van`, `de`) stay with the family name.
public struct PersonName: Sendable, Hashable {
  public var given: [String]
  public var family: String

  private static let particles: Set<String> = ["van", "von", "de", "der", "den", "di", "da", "del", "della", "la", "le", "du"]

  public init(_ display: String) {
    let cleaned = display.collapsingWhitespace()
    if let comma = cleaned.firstIndex(of: ",") {
      family = String(cleaned[..<comma]).trimmed()
      given = cleaned[cleaned.index(after: comma)...].split(separator: " ").map(String.init)
        .filter { !["jr.", "jr", "sr.", "iii", "ii"].contains($0.lowercased()) }
      return
    }
    var words = cleaned.split(separator: " ").map(String.init)
      .filter { !["jr.", "jr", "sr.", "iii", "ii"].contains($0.lowercased().trimming(",")) }
    guard let last = words.popLast() else {
      family = ""
      given = []
      return
    }
    var familyWords = [last]
    while let previous = words.last, Self.particles.contains(previous.lowercased()) {
      familyWords.insert(words.removeLast(), at: 0)
    }
    family = familyWords.joined(separator: " ")
    given = words
  }

  /// Given names split at hyphens and dots too: "J.-P." → ["j", "p"], "Xin-Yu" → ["xin", "yu"].
  private var givenParts: [String] {
    given.flatMap { $0.split(whereSeparator: { $0 == "." || $0 == "-" }) }.map { String($0).matchingKey }
      .filter { !$0.isEmpty }
  }

  /// Whether every given name is an initial ("X.", "J.-P."): such a form may stand for a full one.
  public var isInitialsOnly: Bool {
    !given.isEmpty && givenParts.allSatisfy { $0.count == 1 }
  }

  /// The folded family name.
  public var familyKey: String { family.matchingKey }

  /// The folded full name, given names first: the identity of a full form.
  public var key: String { (givenParts + [familyKey]).joined(separator: " ") }

  /// The initials of the given names, folded: "xy" for "Xin-Yu", "x" for "X.".
  public var initials: String { String(givenParts.compactMap(\.first)) }

  /// Whether the initial-only form `self` can stand for `full` (same family, initials agree).
  public func couldAbbreviate(_ full: PersonName) -> Bool {
    guard familyKey == full.familyKey, !initials.isEmpty else { return false }
    let fullInitials = full.initials
    // "X. Yu" fits "Xiaoshan Yu"; "X.-Y. Yu" needs both initials; "X. Yu" also fits "Xin-Yu Yu".
    return fullInitials.hasPrefix(initials) || initials.hasPrefix(fullInitials) && fullInitials.count >= 1
  }
}
