/// A person's name split into given and family parts, for matching identities.
///
/// "Last, First" and "First Last" give the same parts; a trailing "Jr." is dropped; particles
/// (`van`, `de`: `Vocabulary.nameParticles`) stay with the family name. The one name model of
/// the readers, the duplicate merger and the people index.
public struct PersonName: Sendable, Hashable {
  public private(set) var given: [String]
  public private(set) var family: String
  /// Folded forms, computed once: matching compares them many times.
  public private(set) var familyKey = ""
  public private(set) var key = ""
  public private(set) var initials = ""
  public private(set) var isInitialsOnly = false
  /// Given names split at hyphens and dots too, folded: "J.-P." → ["j", "p"], "Xin-Yu" →
  /// ["xin", "yu"].
  private var givenParts: [String] = []

  public init(_ display: String) {
    (family, given) = Self.split(display)
    givenParts = given.flatMap { $0.split(whereSeparator: { $0 == "." || $0 == "-" }) }.map { String($0).matchingKey }
      .filter { !$0.isEmpty }
    let parts = givenParts
    familyKey = family.matchingKey
    key = (parts + [familyKey]).joined(separator: " ")
    initials = String(parts.compactMap(\.first))
    isInitialsOnly = !given.isEmpty && parts.allSatisfy { $0.count == 1 }
  }

  /// `PersonName(display).familyKey`, without folding the given names: the duplicate merger
  /// compares family names only, and parsing whole names was a third of its time.
  public static func familyKey(of display: String) -> String {
    split(display, familyOnly: true).family.matchingKey
  }

  /// The family name and, unless `familyOnly`, the given names of `display`.
  private static func split(_ display: String, familyOnly: Bool = false) -> (family: String, given: [String]) {
    let cleaned = display.collapsingWhitespace()
    if let comma = cleaned.firstIndex(of: ",") {
      let family = String(cleaned[..<comma]).trimmed()
      guard !familyOnly else { return (family, []) }
      let given = cleaned[cleaned.index(after: comma)...].split(separator: " ").map(String.init)
        .filter { !["jr.", "jr", "sr.", "iii", "ii"].contains($0.lowercased()) }
        .flatMap { Self.initials(in: $0, withVowels: true) }
      return (family, given)
    }
    var words = cleaned.split(separator: " ").map(String.init)
      .filter { !["jr.", "jr", "sr.", "iii", "ii"].contains($0.lowercased().trimming(",")) }
    guard let last = words.popLast() else { return ("", []) }
    var familyWords = [last]
    // A particle joins the family name only when a given name stays before it: "Bin Luo" and
    // "Di He" are given name and family name, "Ludwig van Beethoven" has a family "van Beethoven".
    while words.count > 1, let previous = words.last, Vocabulary.nameParticles.contains(previous.lowercased()) {
      familyWords.insert(words.removeLast(), at: 0)
    }
    let family = familyWords.joined(separator: " ")
    return (family, familyOnly ? [] : words.flatMap { Self.initials(in: $0, withVowels: false) })
  }

  /// "WA" → ["W.", "A."]: initials written without dots, as PubMed writes them ("Wall, WA", "MW
  /// Gee"); any other word as it is. Before the family name ("MW Gee") only capitals without a
  /// vowel count: "LI Wei" writes a family name in capitals.
  private static func initials(in word: String, withVowels: Bool) -> [String] {
    guard (2...3).contains(word.utf8.count), word.utf8.allSatisfy({ (0x41...0x5A).contains($0) }),
      withVowels || !word.utf8.contains(where: { "AEIOUY".utf8.contains($0) })
    else { return [word] }
    return word.map { "\($0)." }
  }

  /// Whether `self` and `other` are one name written with and without middle names: the same
  /// family and the shorter one's given names, written out, starting the longer one's
  /// ("Yassir Al-Karawi" and "Yassir Ameen Ahmed AL-Karawi").
  ///
  /// NB: only a name already known to be someone's may be matched this way (the owner's): between
  /// any two co-authors, "Wei Wang" and "Wei Jie Wang" may well be two people.
  public func isSameName(withOrWithoutMiddleNames other: PersonName) -> Bool {
    guard familyKey == other.familyKey, !familyKey.isEmpty else { return false }
    let (mine, theirs) = (givenParts, other.givenParts)
    let (shorter, longer) = mine.count <= theirs.count ? (mine, theirs) : (theirs, mine)
    guard let first = shorter.first, first.count > 1, shorter.count < longer.count else { return false }
    return Array(longer.prefix(shorter.count)) == shorter
  }

  /// Whether the name writes a middle name as an initial after a written-out first name:
  /// "Abel S. Siqueira", "Hugo J. Lara".
  public var hasMiddleInitials: Bool {
    let parts = givenParts
    return !isInitialsOnly && parts.count >= 2 && parts[0].count > 1 && parts.dropFirst().contains { $0.count == 1 }
  }

  /// Whether `self` writes `full`'s middle names as initials: the same family, first name and
  /// number of given names, each middle initial the first letter of `full`'s middle name
  /// ("Abel S. Siqueira" for "Abel Soares Siqueira", not for "Abel Santos Soares Siqueira").
  public func abbreviatesMiddleNames(of full: PersonName) -> Bool {
    guard familyKey == full.familyKey, !familyKey.isEmpty else { return false }
    let (mine, theirs) = (givenParts, full.givenParts)
    guard mine.count == theirs.count, mine.count >= 2, mine[0].count > 1, mine[0] == theirs[0] else { return false }
    return zip(mine.dropFirst(), theirs.dropFirst()).allSatisfy { short, long in
      short == long || short.count == 1 && long.count > 1 && long.first == short.first
    }
  }

  /// Whether the initial-only form `self` can stand for `full` (same family, initials agree).
  public func couldAbbreviate(_ full: PersonName) -> Bool {
    guard familyKey == full.familyKey, !initials.isEmpty else { return false }
    let fullInitials = full.initials
    // "X. Yu" fits "Xiaoshan Yu"; "X.-Y. Yu" needs both initials; "X. Yu" also fits "Xin-Yu Yu".
    return fullInitials.hasPrefix(initials) || initials.hasPrefix(fullInitials) && fullInitials.count >= 1
  }
}
