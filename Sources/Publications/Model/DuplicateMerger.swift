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
  /// - Complexity: O(n) expected, hashing each title once.
  public static func merge(_ publications: [Publication]) -> (publications: [Publication], pairs: [Pair]) {
    var indicesByKey: [String: [Int]] = [:]
    var kept: [Publication] = []
    var pairs: [Pair] = []
    for publication in publications {
      let key = publication.titleKey
      if let index = indicesByKey[key]?.first(where: { kept[$0].isSamePaper(as: publication) }) {
        pairs.append(
          Pair(title: kept[index].title, mergedTitle: publication.title, kept: kept[index].source, merged: publication.source))
        kept[index] = kept[index].merged(with: publication)
      } else {
        indicesByKey[key, default: []].append(kept.count)
        kept.append(publication)
      }
    }
    return (kept, pairs)
  }
}
