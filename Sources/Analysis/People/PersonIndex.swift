import Publications

/// One identity per person across a set of publications.
///
/// Names are folded (case, accents, NFC) and "Last, First" equals "First Last". An initial-only
/// form ("X. Ma") joins a full form ("Xinyin Ma") only when exactly one full form in the data
/// fits; otherwise it stays its own person, since guessing would merge two people.
package struct PersonIndex: Sendable {
  /// The identity of every written name, by its folded key.
  private var identityByKey: [String: String] = [:]
  /// The identity of every name exactly as written, so lookups never parse a name again.
  private var identityByName: [String: String] = [:]
  /// The display name of each identity: its most frequent full spelling.
  package private(set) var displayNames: [String: String] = [:]

  /// Builds the index over every author of `publications`.
  ///
  /// - Complexity: O(*a* + *d* · *f*): *a* author mentions, *d* distinct spellings, *f* the full
  ///   forms sharing one family name and first initial (small even for "Wang" or "Li").
  package init(_ publications: [Publication]) {
    var nameCounts: [String: Int] = [:]
    for publication in publications {
      for author in publication.authors { nameCounts[author.name, default: 0] += 1 }
    }
    // NB: parse each distinct spelling once; folding non-ASCII names is the costly part.
    var parsed: [String: PersonName] = [:]
    parsed.reserveCapacity(nameCounts.count)
    for written in nameCounts.keys { parsed[written] = PersonName(written) }
    resolveInitialForms(Array(parsed.values))
    for (written, name) in parsed { identityByName[written] = identityByKey[name.key] ?? name.key }
    chooseDisplayNames(nameCounts, parsed: parsed)
  }

  /// Gives every full form its own identity and joins each initial-only form to the one full
  /// form that fits it, if exactly one does.
  private mutating func resolveInitialForms(_ names: [PersonName]) {
    // Full forms by family and first initial: an initial-only form can only abbreviate these.
    var fullForms: [String: [PersonName]] = [:]
    var initialForms: [PersonName] = []
    var seenKeys: Set<String> = []
    for name in names {
      if name.isInitialsOnly {
        initialForms.append(name)
      } else if seenKeys.insert(name.key).inserted {
        fullForms[Self.bucket(name), default: []].append(name)
        identityByKey[name.key] = name.key
      }
    }
    for form in initialForms where identityByKey[form.key] == nil {
      let fits = (fullForms[Self.bucket(form)] ?? []).filter { form.couldAbbreviate($0) }
      identityByKey[form.key] = fits.count == 1 ? fits[0].key : form.key
    }
  }

  private static func bucket(_ name: PersonName) -> String {
    name.initials.first.map { "\(name.familyKey) \($0)" } ?? name.familyKey
  }

  /// The display name of each identity: its most frequent full spelling; ties go to the longer,
  /// then to the alphabetically first.
  private mutating func chooseDisplayNames(_ nameCounts: [String: Int], parsed: [String: PersonName]) {
    var spellings: [String: [(spelling: String, count: Int, isFull: Bool)]] = [:]
    for (written, count) in nameCounts {
      let identity = identityByName[written] ?? written
      spellings[identity, default: []].append((written, count, !(parsed[written]?.isInitialsOnly ?? false)))
    }
    for (identity, options) in spellings {
      displayNames[identity] = options.max { a, b in
        if a.isFull != b.isFull { return !a.isFull }
        if a.count != b.count { return a.count < b.count }
        if a.spelling.count != b.spelling.count { return a.spelling.count < b.spelling.count }
        return a.spelling > b.spelling
      }?.spelling
    }
  }

  /// The identity (a stable folded key) of a name as written.
  package func identity(of name: String) -> String {
    if let identity = identityByName[name] { return identity }
    let key = PersonName(name).key
    return identityByKey[key] ?? key
  }

  /// The number of distinct people.
  package var count: Int { displayNames.count }
}
