extension VenueCatalog {
  /// This catalogue with the user's venues added: each canonical name with its other names, and
  /// the kinds given to venues by name (`venues: {aliases: …, kinds: …}` in pubreport.yml).
  ///
  /// The readers then find these venues in free text like the shipped ones, and
  /// `applyingUserRules(to:)` gives any venue read under one of the names its canonical name
  /// and kind.
  public func adding(venues aliases: [String: [String]], kinds: [String: Venue.Kind]) -> VenueCatalog {
    guard !aliases.isEmpty || !kinds.isEmpty else { return self }
    var lines: [String] = []
    for (canonical, variants) in aliases.sorted(by: { $0.key < $1.key }) {
      let kind = kinds[canonical] ?? venue(named: canonical)?.kind ?? .other
      let names = ([canonical] + variants).filter { !$0.contains("|") && !$0.contains("\t") }
      lines.append("\(canonical)\t\(Self.code(for: kind))\t\(names.joined(separator: "|"))")
    }
    var catalog = VenueCatalog(table: Self.table + "\n" + Self.conferenceTable + "\n" + lines.joined(separator: "\n"))
    for (canonical, variants) in aliases {
      for name in [canonical] + variants { catalog.userRules.canonicalByKey[name.lettersAndDigitsKey] = canonical }
    }
    for (name, kind) in kinds { catalog.userRules.kindByKey[name.lettersAndDigitsKey] = kind }
    return catalog
  }

  /// `venue` under the user's canonical name and with the user's kind for it, if any.
  public func applyingUserRules(to venue: Venue) -> Venue {
    var venue = venue
    if let canonical = userRules.canonicalByKey[venue.name.lettersAndDigitsKey] { venue.name = canonical }
    if let kind = userRules.kindByKey[venue.name.lettersAndDigitsKey] { venue.kind = kind }
    return venue
  }

  /// Whether the user gave any venue names or kinds.
  public var hasUserRules: Bool { !userRules.canonicalByKey.isEmpty || !userRules.kindByKey.isEmpty }

  /// The table's one-letter code for `kind`.
  private static func code(for kind: Venue.Kind) -> String {
    switch kind {
    case .conference: "C"
    case .journal: "J"
    case .workshop: "W"
    case .preprint: "P"
    case .underReview: "U"
    case .thesis: "T"
    case .other: "O"
    }
  }
}
