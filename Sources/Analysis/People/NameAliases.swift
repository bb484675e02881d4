import Publications

/// Hand-made identities: canonical name → the variants that mean that person.
///
/// Applied before people are counted, so a variant becomes its canonical name everywhere. It
/// merges what matching would not ("Jim Smith" = "James Smith") and splits what it would
/// ("X. Yu" listed under "Xin Yu" never joins "Xiaoshan Yu").
package struct NameAliases: Sendable, Hashable {
  private var canonicalByKey: [String: String] = [:]

  /// Aliases from canonical names to their variants.
  package init(_ variantsByCanonical: [String: [String]] = [:]) {
    for (canonical, variants) in variantsByCanonical.sorted(by: { $0.key < $1.key }) {
      for variant in variants + [canonical] { canonicalByKey[PersonName(variant).key] = canonical }
    }
  }

  package var isEmpty: Bool { canonicalByKey.isEmpty }

  /// The canonical name for `name`, if an alias names it.
  package func canonical(for name: String) -> String? {
    canonicalByKey[PersonName(name).key]
  }

  /// The publications with every aliased author renamed to the canonical name.
  package func apply(to publications: [Publication]) -> [Publication] {
    guard !isEmpty else { return publications }
    return publications.map { publication in
      var publication = publication
      for i in publication.authors.indices {
        if let canonical = canonical(for: publication.authors[i].name) { publication.authors[i].name = canonical }
      }
      return publication
    }
  }
}
