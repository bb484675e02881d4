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
  /// - Complexity: O(n · c) for n listings, where c is the number of earlier papers of the same
  ///   title that share an author's family name or an identifier with a listing (all of them
  ///   while a title has few papers); each listing's title and names are folded once
  ///   (`PaperIdentity`).
  public static func merge(_ publications: [Publication]) -> (publications: [Publication], pairs: [Pair]) {
    // 1. On both cores: each listing's title key, then the identity of each listing whose title
    // another listing shares (only those are ever compared). NB: folding titles and names was
    // over half of the merge, and the pass below is serial.
    let titleKeys = Self.titleKeys(of: publications)
    let foldedIdentities = Self.identities(of: publications, titleKeys: titleKeys)
    // 2. In reading order, each listing joins the first earlier paper it is, or is kept.
    var groupByKey: [String: Int] = [:]
    var groups: [TitleGroup] = []
    var kept: [Publication] = []
    var identities: [PaperIdentity?] = []
    var pairs: [Pair] = []
    var folder = IdentityFolder()
    for (position, publication) in publications.enumerated() {
      let titleKey = titleKeys[position]
      guard let group = groupByKey[titleKey] else {
        groupByKey[titleKey] = groups.count
        groups.append(TitleGroup(first: kept.count))
        kept.append(publication)
        identities.append(foldedIdentities[position])
        continue
      }
      let identity = foldedIdentities[position] ?? folder.identity(of: publication, titleKey: titleKey)
      let match = groups[group].candidates(for: identity).first { identities[$0]?.isSamePaper(as: identity) == true }
      if let index = match {
        pairs.append(
          Pair(title: kept[index].title, mergedTitle: publication.title, kept: kept[index].source, merged: publication.source))
        kept[index] = kept[index].merged(with: publication)
        let merged = folder.identity(of: kept[index], titleKey: titleKey)
        identities[index] = merged
        groups[group].index(index, as: merged)
      } else {
        groups[group].add(kept.count, as: identity, identities: identities)
        kept.append(publication)
        identities.append(identity)
      }
    }
    return (kept, pairs)
  }

  /// Listings per part when keys are folded on several cores.
  private static let partSize = 8_192

  private static func titleKeys(of publications: [Publication]) -> [String] {
    let parts = max(1, publications.count / partSize)
    return Array(Parallelism.map(publications.count, inParts: parts) { $0.map { publications[$0].titleKey } }.joined())
  }

  /// The identity of each listing whose title key another listing has; nil for the others.
  private static func identities(of publications: [Publication], titleKeys: [String]) -> [PaperIdentity?] {
    var seen: [String: Bool] = [:]
    seen.reserveCapacity(titleKeys.count)
    for key in titleKeys { seen[key] = seen[key] != nil }
    let isRepeated = titleKeys.map { seen[$0] == true }
    // NB: two parts, not one per `partSize`: each part folds each of its names once, and a
    // person's papers spread over every part. Any split gives the same identities.
    let parts = publications.count >= partSize ? 2 : 1
    return Array(
      Parallelism.map(publications.count, inParts: parts) { range in
        var folder = IdentityFolder()
        return range.map { isRepeated[$0] ? folder.identity(of: publications[$0], titleKey: titleKeys[$0]) : nil }
      }.joined())
  }
}

/// The papers kept under one title key, and, once there are many, which of them each family
/// name and identifier reaches.
///
/// A listing can be the same paper as an earlier one only if they share an identifier, or the
/// first author of one is among the authors of the other, or their lists differ in the first
/// name alone, or one list is empty (`PaperIdentity.isSamePaper`); so those are the only papers
/// worth comparing. Entries are added, never removed: a paper whose names change when a listing
/// merges into it stays reachable by its old ones too, which only adds a comparison. Without
/// this, a title repeated by thousands of different papers ("Preface" in every volume of a
/// proceedings archive) compared each listing with every earlier one.
private struct TitleGroup {
  /// Below this many papers every one is compared, as before any index is worth its upkeep.
  private static let indexedFrom = 16

  /// The kept papers, in the order read.
  private(set) var members: [Int]
  private var isIndexed = false
  private var byFamily: [String: [Int]] = [:]
  private var byRest: [[String]: [Int]] = [:]
  private var byIdentifier: [String: [Int]] = [:]
  private var withoutAuthors: [Int] = []

  init(first: Int) {
    members = [first]
  }

  /// The papers `identity` may be, in the order read, so that the first that is the same paper
  /// is the one a comparison with every paper would find.
  func candidates(for identity: PaperIdentity) -> [Int] {
    guard isIndexed, !identity.familyKeys.isEmpty else { return members }
    var found = Set(withoutAuthors)
    for key in identity.familyKeys { found.formUnion(byFamily[key, default: []]) }
    for key in Self.restKeys(of: identity, lookingUp: true) { found.formUnion(byRest[key, default: []]) }
    for key in Self.identifierKeys(of: identity) { found.formUnion(byIdentifier[key, default: []]) }
    return found.sorted()
  }

  /// Keeps a new paper of this title.
  mutating func add(_ member: Int, as identity: PaperIdentity, identities: [PaperIdentity?]) {
    members.append(member)
    if isIndexed {
      index(member, as: identity)
    } else if members.count >= Self.indexedFrom {
      isIndexed = true
      for earlier in members.dropLast() {
        if let known = identities[earlier] { index(earlier, as: known) }
      }
      index(member, as: identity)
    }
  }

  /// Makes `member` reachable by the names and identifiers of `identity`.
  mutating func index(_ member: Int, as identity: PaperIdentity) {
    guard isIndexed else { return }
    if identity.familyKeys.isEmpty { withoutAuthors.append(member) }
    for key in identity.familyKeys { byFamily[key, default: []].append(member) }
    for key in Self.restKeys(of: identity, lookingUp: false) { byRest[key, default: []].append(member) }
    for key in Self.identifierKeys(of: identity) { byIdentifier[key, default: []].append(member) }
  }

  /// The keys under which a list that differs only by one letter of its first family name is
  /// found: the other names, and the first name's length (one letter added or changed moves it
  /// by one at most; names under five letters never count as one letter apart).
  private static func restKeys(of identity: PaperIdentity, lookingUp: Bool) -> [[String]] {
    guard let first = identity.familyKeys.first, first.count >= 5 else { return [] }
    let rest = Array(identity.familyKeys.dropFirst())
    let lengths = lookingUp ? [first.count - 1, first.count, first.count + 1] : [first.count]
    return lengths.map { rest + ["#\($0)"] }
  }

  private static func identifierKeys(of identity: PaperIdentity) -> [String] {
    identity.dois.map { "doi " + $0 } + identity.arxivIDs.map { "arxiv " + $0 }
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
      let key = PersonName.familyKey(of: person.name)
      byName[person.name] = key
      return key
    }
    return PaperIdentity(publication, titleKey: titleKey, familyKeys: keys)
  }
}
