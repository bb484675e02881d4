import Publications

/// People as nodes and joint publications as weighted edges.
///
/// Nodes are identities from `PersonIndex`, sorted by key so the graph never depends on input
/// or hash order. An edge counts the publications two people share and, as the fractional
/// weight, the sum of 1/(n−1) over them (a paper with n authors spreads one unit per author).
/// Truncated author lists (`et al.`) are flagged on the people they list, not guessed.
///
/// A paper of more than `largeTeam` authors (a consortium: ATLAS papers list some 3,000) links
/// only its owners to each of its members. All its pairs would be millions of edges (4.5 million
/// for 3,000 authors: a minute and gigabytes for one entry), and none of them says who works
/// with whom; its members still count as people with that publication.
package struct CoauthorGraph: Sendable, Hashable, Codable {
  /// Papers with more authors than this join their owners to each member, not every pair.
  package static let largeTeam = 100

  package struct Node: Sendable, Hashable, Codable {
    /// The identity key (stable across runs).
    package var id: String
    package var name: String
    package var isOwner: Bool
    package var publications: Int
    /// Publications shared with an owner.
    package var jointWithOwners: Int
    /// Publications shared with an owner in a team of at most `largeTeam` authors: the ones
    /// that say who works with whom.
    package var jointWithOwnersInSmallTeams: Int
    package var firstYear: Int?
    package var lastYear: Int?
    /// Publications of this person whose author list was cut (`et al.`).
    package var truncatedLists: Int
  }

  package struct Edge: Sendable, Hashable, Codable {
    /// Node indices, `source < target`.
    package var source: Int
    package var target: Int
    package var count: Int
    package var fractionalWeight: Double
    package var firstYear: Int?
    package var lastYear: Int?
  }

  package var nodes: [Node]
  package var edges: [Edge]

  /// Builds the graph of `publications`.
  ///
  /// - Complexity: O(p · a²) for p publications of at most a authors (a ≤ `largeTeam`; a
  ///   larger team costs O(a · its owners)).
  /// - Parameter people: the identities of `publications`' authors when the caller has them.
  package init(_ publications: [Publication], people: PersonIndex? = nil) {
    let index = PersonIndex.of(publications, given: people)
    var nodes = index.identities.map {
      Node(
        id: $0, name: index.displayNames[$0] ?? $0, isOwner: false, publications: 0, jointWithOwners: 0,
        jointWithOwnersInSmallTeams: 0, truncatedLists: 0)
    }
    // Edges by the pair (a < b) packed in one integer: one hash per pair, not two.
    var edgeIndex: [Int: Int] = [:]
    edgeIndex.reserveCapacity(index.authorIDs.count * 4)
    var edges: [Edge] = []
    func link(_ a: Int, _ b: Int, weight: Double, year: Int?) {
      let slot: Int
      if let known = edgeIndex[a << 32 | b] {
        slot = known
      } else {
        slot = edges.count
        edgeIndex[a << 32 | b] = slot
        edges.append(Edge(source: a, target: b, count: 0, fractionalWeight: 0))
      }
      edges[slot].count += 1
      edges[slot].fractionalWeight += weight
      if let year {
        edges[slot].firstYear = min(edges[slot].firstYear ?? year, year)
        edges[slot].lastYear = max(edges[slot].lastYear ?? year, year)
      }
    }
    // NB: one pair of buffers for all papers, deduplicated by sorting: a `Set` per paper was
    // a tenth of building the graph.
    var members: [Int] = []
    var owners: [Int] = []
    // NB: publications are read field by field: binding each one would copy (retain) it whole.
    for (position, authorIDs) in index.authorIDs.enumerated() {
      let (year, isTruncated) = (publications[position].year, publications[position].isAuthorListTruncated)
      members.removeAll(keepingCapacity: true)
      owners.removeAll(keepingCapacity: true)
      for (author, id) in zip(publications[position].authors, authorIDs) where id >= 0 {
        members.append(Int(id))
        if author.isOwner { owners.append(Int(id)) }
      }
      members.sortAndRemoveDuplicates()
      owners.sortAndRemoveDuplicates()
      for person in members {
        nodes[person].publications += 1
        if isTruncated { nodes[person].truncatedLists += 1 }
        if owners.contains(person) { nodes[person].isOwner = true }
        if owners.contains(where: { $0 != person }) {
          nodes[person].jointWithOwners += 1
          if members.count <= Self.largeTeam { nodes[person].jointWithOwnersInSmallTeams += 1 }
        }
        if let year {
          nodes[person].firstYear = min(nodes[person].firstYear ?? year, year)
          nodes[person].lastYear = max(nodes[person].lastYear ?? year, year)
        }
      }
      let weight = members.count > 1 ? 1 / Double(members.count - 1) : 0
      if members.count <= Self.largeTeam {
        // Every pair, in the order `pairs(of:owners:)` gives them, without building the list.
        for i in members.indices {
          for j in (i + 1)..<members.count { link(members[i], members[j], weight: weight, year: year) }
        }
      } else {
        for (a, b) in Self.pairs(of: members, owners: owners) { link(a, b, weight: weight, year: year) }
      }
    }
    self.nodes = nodes
    self.edges = Self.sortedByPair(edges, nodeCount: nodes.count)
  }

  /// `edges` by source, then target: bucketed by source in one pass (a counting sort), each
  /// source's few targets then sorted. Pairs are unique, so the order is the one a comparison
  /// sort gives. NB: sorting a million edges by comparison was a fifth of building the graph.
  private static func sortedByPair(_ edges: [Edge], nodeCount: Int) -> [Edge] {
    var starts = [Int](repeating: 0, count: nodeCount + 1)
    for edge in edges { starts[edge.source + 1] += 1 }
    for node in 0..<nodeCount { starts[node + 1] += starts[node] }
    var next = starts
    var order = [Int32](repeating: 0, count: edges.count)
    for (slot, edge) in edges.enumerated() {
      order[next[edge.source]] = Int32(slot)
      next[edge.source] += 1
    }
    for node in 0..<nodeCount where starts[node + 1] - starts[node] > 1 {
      order[starts[node]..<starts[node + 1]].sort { edges[Int($0)].target < edges[Int($1)].target }
    }
    return order.map { edges[Int($0)] }
  }

  /// The linked pairs (a < b) of one paper's sorted `members`: every pair, or for a team
  /// larger than `largeTeam` each owner with every other member. `PublicationStats` counts
  /// pairs by the same rule.
  static func pairs(of members: [Int], owners: [Int]) -> [(Int, Int)] {
    if members.count <= largeTeam {
      return members.indices.flatMap { i in members[(i + 1)...].map { (members[i], $0) } }
    }
    let ownerSet = Set(owners)
    // An owner–owner pair is taken once, from the smaller owner.
    return owners.sorted().flatMap { owner in
      members.filter { $0 != owner && !(ownerSet.contains($0) && $0 < owner) }.map { (min(owner, $0), max(owner, $0)) }
    }
  }

  /// Neighbours of each node with the edge weight (`count`, or the fractional weight).
  package func adjacency(fractional: Bool = false) -> [[(node: Int, weight: Double)]] {
    var adjacency = Array(repeating: [(node: Int, weight: Double)](), count: nodes.count)
    for edge in edges {
      let weight = fractional ? edge.fractionalWeight : Double(edge.count)
      adjacency[edge.source].append((edge.target, weight))
      adjacency[edge.target].append((edge.source, weight))
    }
    return adjacency
  }
}

extension Array where Element: Comparable {
  /// Sorted, each value once.
  fileprivate mutating func sortAndRemoveDuplicates() {
    guard count > 1 else { return }
    sort()
    var kept = 1
    for index in 1..<count where self[index] != self[kept - 1] {
      self[kept] = self[index]
      kept += 1
    }
    removeLast(count - kept)
  }
}
