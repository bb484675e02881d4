import Publications

/// One identity per person across a set of publications.
///
/// Names are folded (case, accents, NFC) and "Last, First" equals "First Last". An initial-only
/// form ("X. Ma") joins a full form ("Xinyin Ma") only when exactly one full form in the data
/// fits; otherwise it stays its own person, since guessing would merge two people.
public struct PersonIndex: Sendable {
  /// The identity of every written name, by its folded key.
  private var identityByKey: [String: String] = [:]
  /// The identity of every name exactly as written, so lookups never parse a name again.
  private var identityByName: [String: String] = [:]
  /// The display name of each identity: its most frequent full spelling.
  public private(set) var displayNames: [String: String] = [:]

  /// Builds the index over every author of `publications`.
  public init(_ publications: [Publication]) {
    var spellings: [String: [String: Int]] = [:]
    var fullForms: [String: [PersonName]] = [:]  // by family key
    var initialForms: [PersonName] = []
    var nameCounts: [String: Int] = [:]
    for author in publications.lazy.flatMap(\.authors) { nameCounts[author.name, default: 0] += 1 }
    // NB: parse each distinct spelling once; folding non-ASCII names is the costly part.
    var keyByName: [String: String] = [:]
    for (written, count) in nameCounts {
      let name = PersonName(written)
      let key = name.key
      keyByName[written] = key
      spellings[key, default: [:]][written, default: 0] += count
      if name.isInitialsOnly {
        initialForms.append(name)
      } else if !(fullForms[name.familyKey] ?? []).contains(where: { $0.key == key }) {
        fullForms[name.familyKey, default: []].append(name)
      }
    }
    for forms in fullForms.values {
      for form in forms { identityByKey[form.key] = form.key }
    }
    for form in initialForms.sorted(by: { $0.key < $1.key }) where identityByKey[form.key] == nil {
      let fits = (fullForms[form.familyKey] ?? []).filter { form.couldAbbreviate($0) }
      identityByKey[form.key] = fits.count == 1 ? fits[0].key : form.key
    }
    for (written, key) in keyByName { identityByName[written] = identityByKey[key] ?? key }
    var counts: [String: [String: Int]] = [:]
    for (key, names) in spellings {
      let identity = identityByKey[key] ?? key
      for (spelling, count) in names { counts[identity, default: [:]][spelling, default: 0] += count }
    }
    for (identity, names) in counts {
      // The most frequent full spelling; ties broken by the longer, then alphabetically.
      displayNames[identity] = names.max { a, b in
        let (fa, fb) = (PersonName(a.key).isInitialsOnly ? 0 : 1, PersonName(b.key).isInitialsOnly ? 0 : 1)
        if fa != fb { return fa < fb }
        if a.value != b.value { return a.value < b.value }
        if a.key.count != b.key.count { return a.key.count < b.key.count }
        return a.key > b.key
      }?.key
    }
  }

  /// The identity (a stable folded key) of a name as written.
  public func identity(of name: String) -> String {
    if let identity = identityByName[name] { return identity }
    let key = PersonName(name).key
    return identityByKey[key] ?? key
  }

  /// The number of distinct people.
  public var count: Int { displayNames.count }
}
