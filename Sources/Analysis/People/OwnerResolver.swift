import Publications

/// Decides whose list it is and marks those people as owners on every publication.
///
/// Without `--owner`, owners are the names a page emphasises (bold, underline, colour) across
/// its entries: a name emphasised on at least two entries and at least a third as often as the
/// most emphasised name. A page may have several owners (a lab, or a page merged from two
/// researchers). A list that emphasises nobody (a BibTeX file) belongs to the person on at least
/// half of its publications. Once known, an owner is marked wherever the name appears.
package struct OwnerResolver: Sendable {
  /// Names given by the user; they replace detection.
  package var explicitOwners: [String]

  package init(explicitOwners: [String] = []) {
    self.explicitOwners = explicitOwners
  }

  /// The publications with `isOwner` set, and the owners' display names in order of frequency.
  ///
  /// - Parameter people: the identities of `publications`' authors when the caller has them.
  package func resolve(_ publications: [Publication], people: PersonIndex? = nil) -> (
    publications: [Publication], owners: [String]
  ) {
    let index = people ?? PersonIndex(publications)
    let owners: [String]
    let ownerIdentities: Set<String>
    if explicitOwners.isEmpty {
      let detected = detectedOwners(publications, index: index)
      owners = detected.map { index.displayNames[$0] ?? $0 }
      ownerIdentities = Set(detected)
    } else {
      owners = explicitOwners
      ownerIdentities = Set(explicitOwners.map { index.identity(of: $0) })
    }
    let explicitNames = explicitOwners.map(PersonName.init)
    // An initial-only spelling ("A. Lee") of a name given with --owner is the owner too.
    var abbreviatesOwner: [String: Bool] = [:]
    func isAbbreviatedOwner(_ name: String) -> Bool {
      guard !explicitNames.isEmpty else { return false }
      if let known = abbreviatesOwner[name] { return known }
      let parsed = PersonName(name)
      let answer = parsed.isInitialsOnly && explicitNames.contains { parsed.couldAbbreviate($0) }
      abbreviatesOwner[name] = answer
      return answer
    }
    let marked = publications.map { publication in
      var publication = publication
      for i in publication.authors.indices {
        let name = publication.authors[i].name
        publication.authors[i].isOwner = ownerIdentities.contains(index.identity(of: name)) || isAbbreviatedOwner(name)
      }
      return publication
    }
    return (marked, owners)
  }

  private func detectedOwners(_ publications: [Publication], index: PersonIndex) -> [String] {
    var emphasisCounts: [String: Int] = [:]
    for publication in publications {
      let emphasised = Set(publication.authors.filter(\.isHighlighted).map { index.identity(of: $0.name) })
      for identity in emphasised { emphasisCounts[identity, default: 0] += 1 }
    }
    guard let most = emphasisCounts.values.max() else { return mostFrequentAuthor(publications, index: index) }
    let minimum = publications.count >= 3 ? max(2, (most + 2) / 3) : 1
    return emphasisCounts.filter { $0.value >= minimum }
      .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
      .map(\.key)
  }

  /// The person on at least half of the publications (and three or more), if there is one.
  private func mostFrequentAuthor(_ publications: [Publication], index: PersonIndex) -> [String] {
    var counts: [String: Int] = [:]
    for publication in publications {
      for identity in Set(publication.authors.map({ index.identity(of: $0.name) })) { counts[identity, default: 0] += 1 }
    }
    guard let best = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }),
      best.value >= 3, best.value * 2 >= publications.count
    else { return [] }
    return [best.key]
  }
}
