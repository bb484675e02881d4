import Publications

/// The part of a co-author graph a chart can show, and where each person goes.
///
/// For a list with owners: the owners and their `topPeople` most frequent co-authors — ranked
/// first by papers of teams they could name, so consortium members do not crowd out the people
/// the owners work with — and the links among them. Without owners: the `topPeople` most
/// published people who have a link among those shown (a person drawn without one says
/// nothing of who works with whom; on a large bibliography most of the 40 most published never
/// wrote together, and the chart was a row of loose circles). One owner is pinned at the centre. Positions come from `ForceLayout`
/// (Fruchterman–Reingold, seeded), so the same data always gives the same picture.
package struct EgoNetwork: Sendable {
  /// The whole graph the view was cut from, and its communities.
  package let graph: CoauthorGraph
  package let communities: Communities
  /// The nodes shown (indices into `graph.nodes`), in index order.
  package let shown: [Int]
  /// The graph restricted to `shown`: its node `i` is `graph.nodes[shown[i]]`.
  package let subgraph: CoauthorGraph
  /// Positions of `subgraph`'s nodes in the unit square.
  package let positions: [(x: Double, y: Double)]
  /// The communities present among `shown`, most members shown first.
  package let shownCommunities: [Int]
  /// Publications whose author list is cut (et al.): their links are a lower bound.
  package let truncatedAuthorLists: Int

  /// The view of `graph`, or nil when it has fewer than two people or no link.
  ///
  /// - Parameters:
  ///   - communities: `graph`'s communities.
  ///   - publications: the publications `graph` was built from.
  package init?(
    _ graph: CoauthorGraph, communities: Communities, publications: [Publication], topPeople: Int = 40
  ) {
    guard graph.nodes.count > 1, !graph.edges.isEmpty else { return nil }
    self.graph = graph
    self.communities = communities
    let owners = graph.nodes.indices.filter { graph.nodes[$0].isOwner }
    let ranked = graph.nodes.indices.filter { !graph.nodes[$0].isOwner }.sorted { a, b in
      let (na, nb) = (graph.nodes[a], graph.nodes[b])
      let (ka, kb) =
        owners.isEmpty
        ? ((na.publications, 0), (nb.publications, 0))
        : ((na.jointWithOwnersInSmallTeams, na.jointWithOwners), (nb.jointWithOwnersInSmallTeams, nb.jointWithOwners))
      return ka != kb ? ka > kb : na.id < nb.id
    }
    shown =
      owners.isEmpty
      ? Self.linkedAmongThemselves(ranked, in: graph, count: topPeople)
      : (owners + ranked.filter { graph.nodes[$0].jointWithOwners > 0 }.prefix(topPeople)).sorted()
    subgraph = graph.restricted(to: shown)
    // One owner sits at the centre of the ego view (shown is sorted, so look the owner up in it).
    var pinned: [Int: (Double, Double)] = [:]
    if owners.count == 1, let local = shown.firstIndex(of: owners[0]) { pinned[local] = (0.5, 0.5) }
    positions = ForceLayout(iterations: 300).positions(for: subgraph, seed: 7, pinned: pinned)
    var counts: [Int: Int] = [:]
    for node in shown { counts[communities.membership[node], default: 0] += 1 }
    shownCommunities = counts.keys.sorted { (counts[$0] ?? 0, -$0) > (counts[$1] ?? 0, -$1) }
    truncatedAuthorLists = publications.count(where: \.isAuthorListTruncated)
  }

  /// The most published people, in `ranked` order, each with a link to another of them: the most
  /// published first, then in passes whoever is linked to someone already taken, until `count`.
  ///
  /// - Complexity: O(c · passes) over the first c = 50 · `count` candidates.
  private static func linkedAmongThemselves(_ ranked: [Int], in graph: CoauthorGraph, count: Int) -> [Int] {
    let candidates = Array(ranked.prefix(50 * count))
    var neighbours = [Set<Int>](repeating: [], count: graph.nodes.count)
    for edge in graph.edges {
      neighbours[edge.source].insert(edge.target)
      neighbours[edge.target].insert(edge.source)
    }
    // The seed: the most published person with any link.
    guard let seed = candidates.first(where: { !neighbours[$0].isEmpty }) else { return [] }
    var taken: Set<Int> = [seed]
    var added = true
    while added, taken.count < count {
      added = false
      for candidate in candidates where !taken.contains(candidate) && !neighbours[candidate].isDisjoint(with: taken) {
        taken.insert(candidate)
        added = true
        if taken.count == count { break }
      }
    }
    return taken.sorted()
  }
}
