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
    for publication in publications {
      let titleKey = publication.titleKey
      guard let candidates = indicesByKey[titleKey] else {
        indicesByKey[titleKey] = [kept.count]
        kept.append(publication)
        identities.append(nil)
        continue
      }
      let identity = PaperIdentity(publication, titleKey: titleKey)
      let match = candidates.first { index in
        let candidate = identities[index] ?? PaperIdentity(kept[index], titleKey: titleKey)
        identities[index] = candidate
        return candidate.isSamePaper(as: identity)
      }
      if let index = match {
        pairs.append(
          Pair(title: kept[index].title, mergedTitle: publication.title, kept: kept[index].source, merged: publication.source))
        kept[index] = kept[index].merged(with: publication)
        identities[index] = PaperIdentity(kept[index], titleKey: titleKey)
      } else {
        indicesByKey[titleKey, default: []].append(kept.count)
        kept.append(publication)
        identities.append(identity)
      }
    }
    return (kept, pairs)
  }
}
