import Publications

/// People who may be one person written two ways, which matching left apart on purpose so a user
/// can decide with an alias file: same surname and initials, an initial that fits several full
/// names, a transliteration apart (`ö`/`oe`), or one edit apart.
package enum LikelyDuplicates {
  /// Two (or more) names that may be one person, and the publications behind each.
  package struct Candidate: Sendable, Hashable, Codable {
    package var names: [String]
    package var reason: String
    /// For each name, the ids of its publications.
    package var publications: [[String]]
  }

  /// The candidates in `publications`, most-published names first.
  ///
  /// - Complexity: O(p · k) for p people with names of length k (deletion neighbourhoods, not all pairs).
  package static func find(in publications: [Publication]) -> [Candidate] {
    let index = PersonIndex(publications)
    var papersByIdentity: [String: [String]] = [:]
    for publication in publications {
      for identity in Set(publication.authors.map({ index.identity(of: $0.name) })) {
        papersByIdentity[identity, default: []].append(publication.id)
      }
    }
    let identities = papersByIdentity.keys.sorted()
    var found: [Set<String>: String] = [:]
    func add(_ a: String, _ b: String, _ reason: String) {
      guard a != b else { return }
      let pair: Set<String> = [a, b]
      if found[pair] == nil { found[pair] = reason }
    }
    // Same surname and initials, or an initial-only form that fits several full names.
    var byFamily: [String: [String]] = [:]
    for identity in identities { byFamily[PersonName(identity).familyKey, default: []].append(identity) }
    for group in byFamily.values where group.count > 1 {
      for (i, a) in group.enumerated() {
        for b in group[(i + 1)...] {
          let (na, nb) = (PersonName(a), PersonName(b))
          if na.isInitialsOnly || nb.isInitialsOnly {
            if na.couldAbbreviate(nb) || nb.couldAbbreviate(na) { add(a, b, "an initial that fits more than one full name") }
          } else if na.initials == nb.initials {
            add(a, b, "same surname and initials")
          }
        }
      }
    }
    // A transliteration apart: Schön / Schoen.
    var byTransliteration: [String: [String]] = [:]
    for identity in identities { byTransliteration[transliterated(index.displayNames[identity] ?? identity), default: []].append(identity) }
    for group in byTransliteration.values where group.count > 1 {
      for b in group.dropFirst() { add(group[0], b, "one accent apart") }
    }
    // One edit apart, through deletion neighbourhoods.
    var byDeletion: [String: [String]] = [:]
    // Only full names of ten letters or more, and never an edit at the start of a word:
    // "Min Zhang" and "Yin Zhang" are two people, "Jonathon Smith" and "Jonathan Smith" may not be.
    for identity in identities where identity.count >= 10 && !PersonName(identity).isInitialsOnly {
      let characters = Array(identity)
      byDeletion[identity, default: []].append(identity)
      for i in characters.indices {
        var shorter = characters
        shorter.remove(at: i)
        byDeletion[String(shorter), default: []].append(identity)
      }
    }
    for group in byDeletion.values where group.count > 1 {
      let distinct = Array(Set(group)).sorted()
      for (i, a) in distinct.enumerated() {
        for b in distinct[(i + 1)...] where editDistanceIsOne(a, b) && !differsAtWordStart(a, b) { add(a, b, "one edit apart") }
      }
    }
    func count(_ identity: String) -> Int { papersByIdentity[identity]?.count ?? 0 }
    let candidates = found.map { pair, reason -> Candidate in
      let names = pair.sorted { count($0) != count($1) ? count($0) > count($1) : $0 < $1 }
      return Candidate(
        names: names.map { index.displayNames[$0] ?? $0 }, reason: reason,
        publications: names.map { (papersByIdentity[$0] ?? []).sorted() })
    }
    return candidates.sorted { a, b in
      let (ca, cb) = (a.publications.map(\.count).reduce(0, +), b.publications.map(\.count).reduce(0, +))
      return ca != cb ? ca > cb : a.names.lexicographicallyPrecedes(b.names)
    }
  }

  private static func transliterated(_ name: String) -> String {
    var result = ""
    for character in name.lowercased() {
      switch character {
      case "ä": result += "ae"
      case "ö": result += "oe"
      case "ü": result += "ue"
      case "ß": result += "ss"
      case "ø": result += "oe"
      case "å": result += "aa"
      default: result.append(character)
      }
    }
    return result.matchingKey
  }

  private static func differsAtWordStart(_ a: String, _ b: String) -> Bool {
    let (x, y) = (Array(a), Array(b))
    let first = (0..<min(x.count, y.count)).first { x[$0] != y[$0] } ?? min(x.count, y.count)
    return first == 0 || x[first - 1] == " "
  }

  private static func editDistanceIsOne(_ a: String, _ b: String) -> Bool {
    let (x, y) = (Array(a), Array(b))
    guard abs(x.count - y.count) <= 1, x != y else { return false }
    var i = 0
    var j = 0
    var edits = 0
    while i < x.count && j < y.count {
      if x[i] == y[j] {
        i += 1
        j += 1
        continue
      }
      edits += 1
      if edits > 1 { return false }
      if x.count > y.count { i += 1 } else if y.count > x.count { j += 1 } else {
        i += 1
        j += 1
      }
    }
    return edits + (x.count - i) + (y.count - j) == 1
  }
}
