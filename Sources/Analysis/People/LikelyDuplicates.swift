import Publications

/// People who may be one person written two ways, which matching left apart on purpose so a user
/// can decide with an alias file.
///
/// Only what would make a careful reader hesitate: an initial that fits a few full names, an
/// accent or transliteration apart (Schütze / Schuetze), a hyphen or space apart (Al Khatib /
/// Al-Khatib), or one edit inside a long word (Jonathon / Jonathan). Two different full given
/// names with the same initials (Min Zhang / Meishan Zhang) and an edit in a short surname
/// (Liu / Li) are different people as a rule, and listing them buries the real cases: on 2,000
/// ACL Anthology records the old rules listed 5,969 pairs.
package enum LikelyDuplicates {
  /// Two (or more) names that may be one person, and the publications behind each.
  package struct Candidate: Sendable, Hashable, Codable {
    package var names: [String]
    package var reason: String
    /// For each name, the ids of its publications.
    package var publications: [[String]]
  }

  /// An initial that fits more full names than this is a common name, not a question.
  static let maximumFullNamesPerInitial = 3
  /// The shortest word (in letters) in which one edit suggests a typo rather than two names.
  static let minimumEditedWordLength = 7

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
    var found = Findings()
    found.addInitials(among: identities)
    found.addGroups(of: identities, by: { transliterated(index.displayNames[$0] ?? $0) }, reason: "one accent apart")
    found.addGroups(of: identities, by: joinedLetters, reason: "written with and without a hyphen or space")
    found.addEdits(among: identities)
    func count(_ identity: String) -> Int { papersByIdentity[identity]?.count ?? 0 }
    let candidates = found.reasons.map { group, reason -> Candidate in
      let names = group.sorted { count($0) != count($1) ? count($0) > count($1) : $0 < $1 }
      return Candidate(
        names: names.map { index.displayNames[$0] ?? $0 }, reason: reason,
        publications: names.map { (papersByIdentity[$0] ?? []).sorted() })
    }
    return candidates.sorted { a, b in
      let (ca, cb) = (a.publications.map(\.count).reduce(0, +), b.publications.map(\.count).reduce(0, +))
      return ca != cb ? ca > cb : a.names.lexicographicallyPrecedes(b.names)
    }
  }

  /// The groups found so far, each with the first reason that found it.
  private struct Findings {
    var reasons: [Set<String>: String] = [:]

    mutating func add(_ group: Set<String>, _ reason: String) {
      guard group.count > 1, reasons[group] == nil else { return }
      reasons[group] = reason
    }

    /// "X. Yu" beside the two or three full names it may stand for ("Xin Yu", "Xiaoshan Yu").
    mutating func addInitials(among identities: [String]) {
      var byFamily: [String: [PersonName]] = [:]
      for identity in identities { byFamily[PersonName(identity).familyKey, default: []].append(PersonName(identity)) }
      for group in byFamily.values where group.count > 1 {
        for short in group where short.isInitialsOnly {
          let full = group.filter { !$0.isInitialsOnly && short.couldAbbreviate($0) }
          guard (1...LikelyDuplicates.maximumFullNamesPerInitial).contains(full.count) else { continue }
          add(Set([short.key] + full.map(\.key)).intersection(identities), "an initial that fits more than one full name")
        }
      }
    }

    /// Names with one `key`.
    mutating func addGroups(of identities: [String], by key: (String) -> String, reason: String) {
      for group in Dictionary(grouping: identities, by: key).values { add(Set(group), reason) }
    }

    /// One edit inside a long word, found through deletion neighbourhoods; never at the start of
    /// a word ("Min Zhang" and "Yin Zhang" are two people).
    mutating func addEdits(among identities: [String]) {
      var byDeletion: [String: [String]] = [:]
      for identity in identities where !PersonName(identity).isInitialsOnly {
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
          for b in distinct[(i + 1)...] where isEditInLongWord(a, b) { add([a, b], "one edit apart in a long word") }
        }
      }
    }
  }

  /// Letters only, folded: "Al-Khatib", "Al Khatib" and "AlKhatib" are one key.
  private static func joinedLetters(_ identity: String) -> String { identity.matchingKey.filter(\.isLetter) }

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

  /// Whether `a` and `b` are one edit apart, the edit is not a word's first letter, the word it
  /// is in has at least `minimumEditedWordLength` letters, and the two words are not both runs of
  /// Pinyin syllables (Xiaolong / Xiaoling are two names).
  private static func isEditInLongWord(_ a: String, _ b: String) -> Bool {
    guard a.isOneEditAway(from: b) else { return false }
    let (longer, other) = a.count >= b.count ? (Array(a), Array(b)) : (Array(b), Array(a))
    let first = (0..<other.count).first { longer[$0] != other[$0] } ?? other.count
    let wordStart = longer[..<first].lastIndex(of: " ").map { $0 + 1 } ?? 0
    let wordEnd = longer[first...].firstIndex(of: " ") ?? longer.count
    guard first != wordStart, wordEnd - wordStart >= minimumEditedWordLength else { return false }
    let otherEnd = other[wordStart...].firstIndex(of: " ") ?? other.count
    return !(PinyinSyllables.segments(String(longer[wordStart..<wordEnd]))
      && PinyinSyllables.segments(String(other[wordStart..<otherEnd])))
  }
}
