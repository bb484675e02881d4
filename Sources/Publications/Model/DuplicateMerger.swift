/// Merges the same paper read from several sources (a homepage and a `.bib`, an arXiv preprint
/// and its later venue version) into one publication that keeps the richer fields.
///
/// Two publications are the same paper when their titles agree after folding case, accents,
/// punctuation and plural endings, and they do not carry two different DOIs. The first one read
/// keeps its place and source.
public enum DuplicateMerger {
  /// One merge: `merged` was folded into the publication read at `kept`.
  public struct Pair: Sendable, Hashable {
    /// The title of the listing kept.
    public var title: String
    /// The title as the merged listing wrote it.
    public var mergedTitle: String
    public var kept: SourceLocation
    public var merged: SourceLocation
  }

  /// The publications with duplicates merged, and the pairs merged.
  ///
  /// - Complexity: O(n · m) for n listings and at most m kept papers sharing one title key; each
  ///   listing's title and names are folded once (`PaperIdentity`).
  public static func merge(_ publications: [Publication]) -> (publications: [Publication], pairs: [Pair]) {
    var indicesByKey: [String: [Int]] = [:]
    var kept: [Publication] = []
    // Folded only once a second listing of the same title turns up.
    var identities: [PaperIdentity?] = []
    var pairs: [Pair] = []
    var folder = IdentityFolder()
    for publication in publications {
      let titleKey = publication.titleKey
      guard let candidates = indicesByKey[titleKey] else {
        indicesByKey[titleKey] = [kept.count]
        kept.append(publication)
        identities.append(nil)
        continue
      }
      let identity = folder.identity(of: publication, titleKey: titleKey)
      // NB: each earlier listing is folded once and then only read: a title repeated hundreds
      // of times in a large corpus compares each listing with every earlier one.
      for index in candidates where identities[index] == nil {
        identities[index] = folder.identity(of: kept[index], titleKey: titleKey)
      }
      let match = candidates.first { identities[$0]?.isSamePaper(as: identity) == true }
      if let index = match {
        pairs.append(
          Pair(title: kept[index].title, mergedTitle: publication.title, kept: kept[index].source, merged: publication.source))
        kept[index] = kept[index].merged(with: publication)
        identities[index] = folder.identity(of: kept[index], titleKey: titleKey)
      } else {
        indicesByKey[titleKey, default: []].append(kept.count)
        kept.append(publication)
        identities.append(identity)
      }
    }
    return (kept, pairs)
  }
}

/// Paper identities whose family keys are folded once per distinct name: a person's many papers
/// fold their name once (folding a non-ASCII name goes through Foundation and is the costly part
/// of an identity).
private struct IdentityFolder {
  private var byName: [String: String] = [:]

  mutating func identity(of publication: Publication, titleKey: String) -> PaperIdentity {
    let keys = publication.authors.map { person in
      if let key = byName[person.name] { return key }
      let key = PersonName(person.name).familyKey
      byName[person.name] = key
      return key
    }
    return PaperIdentity(publication, titleKey: titleKey, familyKeys: keys)
  }
}
