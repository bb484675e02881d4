import Publications

/// One identity per person across a set of publications.
///
/// Names are folded (case, accents, NFC) and "Last, First" equals "First Last". A form with
/// middle initials ("Abel S. Siqueira") joins the written-out form ("Abel Soares Siqueira"),
/// and an initial-only form ("X. Ma") a full form ("Xinyin Ma"), only when exactly one person
/// in the data fits; otherwise it stays its own person, since guessing would merge two people.
///
/// Each identity is also a number, a `PersonIndex.ID` (identities in ascending order, the
/// co-author graph's node order), and every author of the publications the index was built on
/// is numbered once (`authorIDs`): the stages that count people, pairs and owners read those
/// numbers instead of hashing each author's name again.
package struct PersonIndex: Sendable {
  /// A person's number: the position of their identity in `identities`.
  package typealias ID = Int32

  /// Every identity, in ascending order; an identity's ID is its position.
  package private(set) var identities: [String] = []
  /// Per publication the index was built on, the ID of each of its authors, in list order.
  package private(set) var authorIDs: [[ID]] = []
  private var idByIdentity: [String: ID] = [:]
  /// Every distinct written name, and per publication the number of each author's: what
  /// `isBuilt(on:)` compares.
  private var spellings: [String] = []
  private var authorSpellings: [[Int32]] = []
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
    // NB: each written name is hashed once here: the spellings are numbered as first met, and
    // each author's spelling number is kept to become their ID below.
    var spellingNumbers: [String: Int32] = [:]
    var spellings: [String] = []
    var spellingCounts: [Int] = []
    let authorSpellings = publications.map { publication in
      publication.authors.map { author -> Int32 in
        if let known = spellingNumbers[author.name] {
          spellingCounts[Int(known)] += 1
          return known
        }
        let number = Int32(spellings.count)
        spellingNumbers[author.name] = number
        spellings.append(author.name)
        spellingCounts.append(1)
        return number
      }
    }
    let nameCounts = Dictionary(uniqueKeysWithValues: zip(spellings, spellingCounts))
    // NB: parse each distinct spelling once, on both cores past a few thousand; folding
    // non-ASCII names is the costly part.
    let parts = spellings.count >= 4_096 ? 4 : 1
    let distinct = spellings
    let names = Parallelism.map(distinct.count, inParts: parts) { range in range.map { PersonName(distinct[$0]) } }
    let parsed = Dictionary(uniqueKeysWithValues: zip(distinct, names.joined()))
    resolveInitialForms(Array(parsed.values))
    for (written, name) in parsed { identityByName[written] = identityByKey[name.key] ?? name.key }
    chooseDisplayNames(nameCounts, parsed: parsed)
    number(authorSpellings, spellings: spellings)
    (self.spellings, self.authorSpellings) = (spellings, authorSpellings)
  }

  /// Numbers the identities in ascending order and gives every author their identity's ID.
  private mutating func number(_ authorSpellings: [[Int32]], spellings: [String]) {
    identities = displayNames.keys.sorted()
    idByIdentity = Dictionary(uniqueKeysWithValues: identities.enumerated().map { ($1, ID($0)) })
    let idOfSpelling = spellings.map { idByIdentity[identityByName[$0] ?? $0] ?? -1 }
    authorIDs = authorSpellings.map { authors in authors.map { idOfSpelling[Int($0)] } }
  }

  /// Gives every written-out form its own identity; joins each form with middle initials
  /// ("Abel S. Siqueira") to the one written-out form it abbreviates ("Abel Soares Siqueira"),
  /// and each initial-only form ("A. S. Siqueira") to the one person it fits, if exactly one
  /// does: with two candidates, guessing would merge two people.
  private mutating func resolveInitialForms(_ names: [PersonName]) {
    // Forms by family and first initial: an abbreviation can only stand for these.
    var fullForms: [String: [PersonName]] = [:]
    var middleInitialForms: [PersonName] = []
    var initialForms: [PersonName] = []
    var seenKeys: Set<String> = []
    for name in names where seenKeys.insert(name.key).inserted {
      if name.isInitialsOnly {
        initialForms.append(name)
      } else if name.hasMiddleInitials {
        middleInitialForms.append(name)
      } else {
        fullForms[Self.bucket(name), default: []].append(name)
        identityByKey[name.key] = name.key
      }
    }
    joinSyllableSpellings(fullForms.values.joined())
    joinHanSpellings(fullForms.values.joined())
    // A form with middle initials that fits no one person is a person an initial-only form
    // may stand for.
    var unjoined: [PersonName] = []
    for form in middleInitialForms {
      let fits = (fullForms[Self.bucket(form)] ?? []).filter { form.abbreviatesMiddleNames(of: $0) }
      identityByKey[form.key] = fits.count == 1 ? fits[0].key : form.key
      if fits.count != 1 { unjoined.append(form) }
    }
    for form in unjoined { fullForms[Self.bucket(form), default: []].append(form) }
    for form in initialForms {
      let fits = Set((fullForms[Self.bucket(form)] ?? []).filter { form.couldAbbreviate($0) }.map { identityByKey[$0.key] ?? $0.key })
      identityByKey[form.key] = fits.count == 1 ? fits.first ?? form.key : form.key
    }
  }

  /// "Tian-Hua Liao" and "Tian Hua Liao" are "Tianhua Liao" when the data writes that form too:
  /// a Chinese given name is written in syllables, joined or not. Only parts of one pinyin
  /// syllable each: "Anne-Marie" is left alone.
  private mutating func joinSyllableSpellings<Forms: Sequence<PersonName>>(_ forms: Forms) {
    let forms = Array(forms)
    let keys = Set(forms.map(\.key))
    for form in forms {
      let syllables = form.given.flatMap { $0.split(separator: "-") }.map { String($0).matchingKey }
      guard syllables.count >= 2, syllables.allSatisfy(PinyinSyllables.isSyllable) else { continue }
      let joined = syllables.joined() + " " + form.familyKey
      if joined != form.key, keys.contains(joined) { identityByKey[form.key] = joined }
    }
  }

  /// "徐冬竹" is "Dongzhu Xu" when the data writes that spelling too (a bilingual page), and
  /// only when exactly one person written in Latin letters fits.
  private mutating func joinHanSpellings<Forms: Sequence<PersonName>>(_ forms: Forms) {
    let forms = Array(forms)
    let hanForms = forms.filter { $0.given.isEmpty && $0.family.unicodeScalars.contains(where: \.properties.isIdeographic) }
    guard !hanForms.isEmpty else { return }
    let keys = Set(forms.map(\.key))
    for form in hanForms {
      let fits = Set(HanName.romanisedKeys(of: form.family).filter(keys.contains).map { identityByKey[$0] ?? $0 })
      if fits.count == 1, let identity = fits.first { identityByKey[form.key] = identity }
    }
  }

  private static func bucket(_ name: PersonName) -> String {
    name.initials.first.map { "\(name.familyKey) \($0)" } ?? name.familyKey
  }

  /// The display name of each identity: its most frequent full spelling (in Latin letters when
  /// it has one); ties go to the longer, then to the alphabetically first.
  private mutating func chooseDisplayNames(_ nameCounts: [String: Int], parsed: [String: PersonName]) {
    var spellings: [String: [(spelling: String, count: Int, isFull: Bool, isLatin: Bool)]] = [:]
    for (written, count) in nameCounts {
      let identity = identityByName[written] ?? written
      spellings[identity, default: []].append(
        (written, count, !(parsed[written]?.isInitialsOnly ?? false), !written.unicodeScalars.contains(where: \.properties.isIdeographic)))
    }
    for (identity, options) in spellings {
      displayNames[identity] = options.max { a, b in
        if a.isFull != b.isFull { return !a.isFull }
        // NB: a person joined to their name in Chinese characters is shown in Latin letters,
        // as the rest of a report is written.
        if a.isLatin != b.isLatin { return !a.isLatin }
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

  /// The display name of the person with `id`.
  package func displayName(of id: ID) -> String {
    let identity = identities[Int(id)]
    return displayNames[identity] ?? identity
  }

  /// The ID of the person `name` is, when they are among the people of the index.
  package func id(of name: String) -> ID? {
    idByIdentity[identity(of: name)]
  }

  /// Whether the index was built on `publications`: the same authors, written the same way.
  ///
  /// - Complexity: O(a) for a authorships; comparing the very strings the index was built from
  ///   takes no reading of their text (`String` compares storage first).
  package func isBuilt(on publications: [Publication]) -> Bool {
    guard authorSpellings.count == publications.count else { return false }
    // NB: by index: binding each publication or author would copy (retain) it whole.
    for position in publications.indices {
      let numbers = authorSpellings[position]
      guard numbers.count == publications[position].authors.count else { return false }
      for (author, number) in numbers.enumerated() where publications[position].authors[author].name != spellings[Int(number)] {
        return false
      }
    }
    return true
  }

  /// `index` when it was built on `publications`, otherwise a new index of them: the stages that
  /// read `authorIDs` take a caller's index only when it numbers their publications.
  package static func of(_ publications: [Publication], given index: PersonIndex?) -> PersonIndex {
    if let index, index.isBuilt(on: publications) { return index }
    return PersonIndex(publications)
  }
}
