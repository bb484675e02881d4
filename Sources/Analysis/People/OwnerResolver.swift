import Publications

/// Decides whose list it is and marks those people as owners on every publication.
///
/// Without `--owner`, owners are the names a page emphasises (bold, underline, colour) across
/// its entries: a name emphasised on at least two entries and at least a third as often as the
/// most emphasised name; an entry that emphasises most of its names (three or more) says nothing. A page may have several owners (a lab, or a page merged from two
/// researchers). A list that emphasises nobody (a BibTeX file) belongs to the person on at least
/// half of its publications. Once known, an owner is marked wherever the name appears.
package struct OwnerResolver: Sendable {
  /// Names given by the user; they replace detection.
  package var explicitOwners: [String]

  package init(explicitOwners: [String] = []) {
    self.explicitOwners = explicitOwners
  }

  /// The publications with `isOwner` set, the owners' display names in order of frequency, and
  /// whether an owner's name written in the other order was renamed to its main spelling (then
  /// the people index of the result differs from `people`).
  ///
  /// - Parameter people: the identities of `publications`' authors when the caller has them.
  package func resolve(_ publications: consuming [Publication], people: PersonIndex? = nil) -> (
    publications: [Publication], owners: [String], renamedOwners: Bool
  ) {
    let index = PersonIndex.of(publications, given: people)
    let owners: [String]
    var isOwnerID = [Bool](repeating: false, count: index.identities.count)
    // The spelling of an owner's other name order ("Lin Chen" for "Chen Lin").
    var mainSpelling: [PersonIndex.ID: String] = [:]
    if explicitOwners.isEmpty {
      let detected = detectedOwners(publications, index: index)
      owners = detected.map { index.displayName(of: $0[0]) }
      for id in detected.joined() { isOwnerID[Int(id)] = true }
      for (group, owner) in zip(detected, owners) {
        for variant in group.dropFirst() { mainSpelling[variant] = owner }
      }
    } else {
      owners = explicitOwners
      for id in explicitOwners.compactMap({ index.id(of: $0) }) { isOwnerID[Int(id)] = true }
    }
    var ownerForms = OwnerForms(owners: owners, explicit: !explicitOwners.isEmpty)
    var renamed = !mainSpelling.isEmpty
    // NB: marked in place, each author written only when it changes: copying every publication
    // (or writing an unchanged value) copies the author lists of a whole bibliography.
    var marked = consume publications
    for (position, authorIDs) in index.authorIDs.enumerated() {
      // "Wu Haokai, **Cao Yong**, Chen Yaoran": a list that writes the owner in the other order
      // writes everyone so; a co-author the page also writes in the main order ("Haokai Wu")
      // takes that spelling. NB: only then: of "Zhou Wei" alone, no one knows which name is
      // the family's.
      let isOtherOrder = authorIDs.contains { mainSpelling[$0] != nil }
      for (i, id) in authorIDs.enumerated() {
        let name = marked[position].authors[i].name
        if let spelling = mainSpelling[id] {
          marked[position].authors[i].name = spelling
        } else if isOtherOrder, !isOwnerID[Int(id)], let reversed = Self.reversed(name), index.id(of: reversed) != nil {
          marked[position].authors[i].name = reversed
        }
        let owner = isOwnerID[Int(id)] ? nil : ownerForms.owner(writtenAs: name)
        let isOwner = isOwnerID[Int(id)] || owner != nil
        if marked[position].authors[i].isOwner != isOwner { marked[position].authors[i].isOwner = isOwner }
        // A detected owner's longer or shorter form takes the owner's spelling, so the graph
        // and the tables show one person; a name given with --owner stays as written.
        if let owner, explicitOwners.isEmpty, owner != name {
          marked[position].authors[i].name = owner
          renamed = true
        }
      }
    }
    return (marked, owners, renamed)
  }

  /// "Haokai Wu" for "Wu Haokai": a name of two capitalised words, reversed; nil for any other
  /// name ("J. Smith", "Smith, John", "Ana de Souza"), whose order is written in it.
  private static func reversed(_ name: String) -> String? {
    let words = name.split(separator: " ")
    guard words.count == 2, words.allSatisfy({ word in word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || $0 == "-" } })
    else { return nil }
    return "\(words[1]) \(words[0])"
  }

  /// Each owner as the people the page emphasises for them, the most emphasised first.
  ///
  /// One name emphasised in both orders ("**Chen Lin**" and "**Lin Chen**", family name first
  /// or last) is one owner: a page highlights only its owner, however it orders the name.
  private func detectedOwners(_ publications: [Publication], index: PersonIndex) -> [[PersonIndex.ID]] {
    var emphasisCounts: [String: Int] = [:]
    var idsByWords: [String: Set<PersonIndex.ID>] = [:]
    for (position, authorIDs) in index.authorIDs.enumerated() {
      // NB: an entry that emphasises most of its names, three or more ("**A**, **B**, **C**,
      // D"), styles its author line; it marks no owner.
      let authors = publications[position].authors
      let highlighted = zip(authors, authorIDs).filter { $0.0.isHighlighted }
      if highlighted.count >= 3, highlighted.count * 2 > authors.count { continue }
      for id in Set(highlighted.map { $0.1 }) {
        let words = Self.orderFreeKey(index.identities[Int(id)])
        emphasisCounts[words, default: 0] += 1
        idsByWords[words, default: []].insert(id)
      }
    }
    guard let most = emphasisCounts.values.max() else { return mostFrequentAuthor(publications, index: index).map { [$0] } }
    let minimum = publications.count >= 3 ? max(2, (most + 2) / 3) : 1
    return emphasisCounts.filter { $0.value >= minimum }
      .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
      .map { words, _ in Self.byFrequency(idsByWords[words] ?? [], index: index) }
  }

  /// The words of an identity in alphabetical order: "chen lin" and "lin chen" share it.
  private static func orderFreeKey(_ identity: String) -> String {
    identity.split(separator: " ").sorted().joined(separator: " ")
  }

  /// `people`, the one written most often first (then by identity: IDs are in identity order).
  private static func byFrequency(_ people: Set<PersonIndex.ID>, index: PersonIndex) -> [PersonIndex.ID] {
    guard people.count > 1 else { return Array(people) }
    var counts: [PersonIndex.ID: Int] = [:]
    for id in index.authorIDs.joined() where people.contains(id) { counts[id, default: 0] += 1 }
    return people.sorted { (counts[$0] ?? 0, $1) > (counts[$1] ?? 0, $0) }
  }

  /// The person on at least half of the publications (and three or more), if there is one; of
  /// several, the first identity (the smallest ID).
  private func mostFrequentAuthor(_ publications: [Publication], index: PersonIndex) -> [PersonIndex.ID] {
    var counts = [Int](repeating: 0, count: index.identities.count)
    for authorIDs in index.authorIDs {
      for id in Set(authorIDs) where id >= 0 { counts[Int(id)] += 1 }
    }
    guard let best = counts.indices.max(by: { counts[$0] != counts[$1] ? counts[$0] < counts[$1] : $0 > $1 }),
      counts[best] >= 3, counts[best] * 2 >= publications.count
    else { return [] }
    return [PersonIndex.ID(best)]
  }
}

/// The other ways an owner's name is written: an initial-only form of a name given with
/// `--owner` ("A. Lee"), and the name with or without middle names ("Yassir Al-Karawi" and
/// "Yassir Ameen Ahmed AL-Karawi"), which a careful reader takes for the owner once the owner
/// is known.
private struct OwnerForms {
  private let owners: [(spelling: String, name: PersonName, mayHaveMiddleNames: Bool)]
  private let isExplicit: Bool
  private var known: [String: String?] = [:]

  init(owners: [String], explicit: Bool) {
    self.owners = owners.map { spelling in
      let name = PersonName(spelling)
      // NB: a Chinese given name written in two words ("Wei Jie Wang" for Weijie Wang) is not
      // "Wei Wang" with a middle name; such names have none.
      let isPinyin = name.given.allSatisfy { PinyinSyllables.segments($0.lowercased()) }
      return (spelling, name, !isPinyin)
    }
    isExplicit = explicit
  }

  /// The owner's spelling when `written` is one of the owner's forms, else nil.
  mutating func owner(writtenAs written: String) -> String? {
    guard !owners.isEmpty else { return nil }
    if let answer = known[written] { return answer }
    let name = PersonName(written)
    let match = owners.first { owner in
      owner.mayHaveMiddleNames && name.isSameName(withOrWithoutMiddleNames: owner.name)
        || isExplicit && name.isInitialsOnly && name.couldAbbreviate(owner.name)
    }
    known[written] = match?.spelling
    return match?.spelling
  }
}
