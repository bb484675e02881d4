/// Communities by the Leiden algorithm (Traag, Waltman & van Eck 2019) on modularity with a
/// resolution γ (Reichardt & Bornholdt 2006): local moving of nodes, refinement of each
/// community into well-connected parts, aggregation on the refined parts, repeated while the
/// partition changes. Refinement is what Louvain (Blondel et al. 2008) lacks; it guarantees
/// that no community falls apart into disconnected pieces.
///
/// Deterministic: nodes are visited in an order shuffled by `SplitMix64(seed:)` from the graph's
/// sorted node order, and the refinement merges greedily (highest gain, ties by index) where
/// Leiden draws at random (its θ → 0 limit), so the same graph and seed always give the same
/// communities, whatever the input or hash order.
///
/// Hand-written: no package here detects communities.
package struct Communities: Sendable, Hashable {
  /// The community of each node, numbered from 0 by size (largest first), then by first node.
  package var membership: [Int]
  package var modularity: Double

  /// - Parameters:
  ///   - resolution: γ; above 1 gives more, smaller communities.
  ///   - seed: fixes the visiting order.
  /// - Complexity: about O(E log V) in practice.
  package init(_ graph: CoauthorGraph, resolution: Double = 1, seed: UInt64 = 42, fractional: Bool = false) {
    var generator = SplitMix64(seed: seed)
    // Neighbours ascending by node, one entry each (the graph lists each pair once).
    var adjacency = graph.adjacency(fractional: fractional)
    // The aggregate node each original node sits in, and the community of each aggregate node.
    var aggregateOf = Array(graph.nodes.indices)
    var partition = Array(0..<adjacency.count)
    for _ in 0..<50 {
      // 1. Local moving, starting from the current partition.
      partition = Self.localMoving(adjacency, start: partition, resolution: resolution, generator: &generator)
      // 2. Refinement: split each community into well-connected subcommunities.
      let refined = Self.refine(adjacency, partition: partition, resolution: resolution, generator: &generator)
      let refinedCount = (refined.max() ?? -1) + 1
      if refinedCount == adjacency.count { break }  // nothing left to aggregate
      // 3. Aggregate on the refined partition; each aggregate starts in its community.
      var startOfAggregate = Array(repeating: 0, count: refinedCount)
      for node in adjacency.indices { startOfAggregate[refined[node]] = partition[node] }
      aggregateOf = aggregateOf.map { refined[$0] }
      adjacency = Self.aggregate(adjacency, membership: refined, count: refinedCount)
      partition = Self.compacted(startOfAggregate)
    }
    let relabelled = Self.relabelledBySize(aggregateOf.map { partition[$0] })
    membership = relabelled
    modularity = Self.modularity(graph.adjacency(fractional: fractional), membership: relabelled, resolution: resolution)
  }

  /// Each node's neighbours with the weight of the link, ascending by neighbour.
  typealias Links = [(node: Int, weight: Double)]

  /// The link weight from one node to each community it touches, summed in neighbour order
  /// (so the same bits every run) into a dense array that is cleared after each node: no
  /// dictionary per node.
  private struct LinkTally {
    private var weights: [Double]
    private var isTouched: [Bool]
    private(set) var touched: [Int] = []

    init(count: Int) {
      weights = Array(repeating: 0, count: count)
      isTouched = Array(repeating: false, count: count)
    }

    mutating func add(_ weight: Double, to community: Int) {
      if !isTouched[community] {
        isTouched[community] = true
        touched.append(community)
      }
      weights[community] += weight
    }

    subscript(community: Int) -> Double { weights[community] }

    /// The communities touched, ascending, so ties always go the same way.
    mutating func sortedCommunities() -> [Int] {
      touched.sort()
      return touched
    }

    mutating func clear() {
      for community in touched {
        weights[community] = 0
        isTouched[community] = false
      }
      touched.removeAll(keepingCapacity: true)
    }
  }

  /// The links of every node in three flat arrays (compressed sparse rows), in the order of
  /// `Links`. NB: local moving reads every node's links in each of its rounds; an array per node
  /// cost a cache miss per node on a graph of a million people.
  private struct FlatLinks {
    private(set) var neighbours: [Int] = []
    private(set) var weights: [Double] = []
    private var starts: [Int] = [0]

    init(_ adjacency: [Links]) {
      starts.reserveCapacity(adjacency.count + 1)
      for links in adjacency {
        for (neighbour, weight) in links {
          neighbours.append(neighbour)
          weights.append(weight)
        }
        starts.append(neighbours.count)
      }
    }

    func range(of node: Int) -> Range<Int> { starts[node]..<starts[node + 1] }
  }

  /// Leiden's refinement: within each community, singletons join a subcommunity of the same
  /// community when both are well connected to the rest of it, choosing the best gain.
  private static func refine(
    _ adjacency: [Links], partition: [Int], resolution: Double, generator: inout SplitMix64
  ) -> [Int] {
    let n = adjacency.count
    let strength = adjacency.map(Self.total)
    let total = strength.reduce(0, +)
    var refined = Array(0..<n)
    guard total > 0 else { return refined }
    var subStrength = strength
    var communityStrength = Array(repeating: 0.0, count: n)
    for node in 0..<n { communityStrength[partition[node]] += strength[node] }
    // Edge weight from each node to the rest of its community.
    let inside = (0..<n).map { node in
      adjacency[node].reduce(0.0) { $0 + ($1.node != node && partition[$1.node] == partition[node] ? $1.weight : 0) }
    }
    func wellConnected(_ node: Int) -> Bool {
      let k = strength[node]
      return inside[node] >= resolution * k * (communityStrength[partition[node]] - k) / total
    }
    var isSingleton = Array(repeating: true, count: n)
    var order = Array(0..<n)
    order.shuffle(using: &generator)
    var links = LinkTally(count: n)
    for node in order where isSingleton[node] && wellConnected(node) {
      for (neighbour, weight) in adjacency[node] where neighbour != node && partition[neighbour] == partition[node] {
        links.add(weight, to: refined[neighbour])
      }
      var best = refined[node]
      var bestGain = 0.0
      for candidate in links.sortedCommunities() where candidate != refined[node] {
        let gain = links[candidate] - resolution * strength[node] * subStrength[candidate] / total
        if gain > bestGain + 1e-12 {
          best = candidate
          bestGain = gain
        }
      }
      links.clear()
      if best != refined[node] {
        subStrength[refined[node]] -= strength[node]
        subStrength[best] += strength[node]
        refined[node] = best
        // Only singletons move, so a subcommunity's label is its founding node, which stays.
        isSingleton[node] = false
        isSingleton[best] = false
      }
    }
    return compacted(refined)
  }

  /// Labels renumbered 0..<k in order of first appearance.
  private static func compacted(_ labels: [Int]) -> [Int] {
    var map: [Int: Int] = [:]
    return labels.map { label in
      if let existing = map[label] { return existing }
      map[label] = map.count
      return map[label] ?? 0
    }
  }

  /// Moves nodes to the neighbouring community with the best modularity gain until none moves.
  private static func localMoving(
    _ adjacency: [Links], start: [Int], resolution: Double, generator: inout SplitMix64
  ) -> [Int] {
    let n = adjacency.count
    let strength = adjacency.map(Self.total)
    let total = strength.reduce(0, +)
    var community = start
    var communityStrength = Array(repeating: 0.0, count: n)
    for node in 0..<n { communityStrength[community[node]] += strength[node] }
    guard total > 0 else { return community }
    var order = Array(0..<n)
    order.shuffle(using: &generator)
    var links = LinkTally(count: n)
    let flat = FlatLinks(adjacency)
    var moved = true
    var rounds = 0
    while moved && rounds < 100 {
      moved = false
      rounds += 1
      for node in order {
        let current = community[node]
        for link in flat.range(of: node) where flat.neighbours[link] != node {
          links.add(flat.weights[link], to: community[flat.neighbours[link]])
        }
        communityStrength[current] -= strength[node]
        var best = current
        var bestGain = links[current] - resolution * strength[node] * communityStrength[current] / total
        for candidate in links.sortedCommunities() {
          let gain = links[candidate] - resolution * strength[node] * communityStrength[candidate] / total
          if gain > bestGain + 1e-12 {
            best = candidate
            bestGain = gain
          }
        }
        links.clear()
        communityStrength[best] += strength[node]
        if best != current {
          community[node] = best
          moved = true
        }
      }
    }
    return compacted(community)
  }

  /// The graph of the communities: one node per community, links summed, self-loops kept.
  private static func aggregate(_ adjacency: [Links], membership: [Int], count: Int) -> [Links] {
    var members = Array(repeating: [Int](), count: count)
    for node in adjacency.indices { members[membership[node]].append(node) }
    var links = LinkTally(count: count)
    return members.map { nodes in
      for node in nodes {
        for (neighbour, weight) in adjacency[node] { links.add(weight, to: membership[neighbour]) }
      }
      let aggregated = links.sortedCommunities().map { (node: $0, weight: links[$0]) }
      links.clear()
      return aggregated
    }
  }

  private static func relabelledBySize(_ membership: [Int]) -> [Int] {
    var sizes: [Int: Int] = [:]
    var first: [Int: Int] = [:]
    for (node, label) in membership.enumerated() {
      sizes[label, default: 0] += 1
      if first[label] == nil { first[label] = node }
    }
    let order = sizes.keys.sorted { (sizes[$0] ?? 0, -(first[$0] ?? 0)) > (sizes[$1] ?? 0, -(first[$1] ?? 0)) }
    let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
    return membership.map { rank[$0] ?? 0 }
  }

  /// Newman's modularity Q with resolution γ.
  package static func modularity(_ adjacency: [[(node: Int, weight: Double)]], membership: [Int], resolution: Double = 1) -> Double {
    let strength = adjacency.map { $0.reduce(0) { $0 + $1.weight } }
    let total = strength.reduce(0, +)
    guard total > 0 else { return 0 }
    var inside = 0.0
    var communityStrength: [Int: Double] = [:]
    for (node, neighbours) in adjacency.enumerated() {
      communityStrength[membership[node], default: 0] += strength[node]
      for (neighbour, weight) in neighbours where membership[neighbour] == membership[node] { inside += weight }
    }
    let expected = communityStrength.sorted { $0.key < $1.key }.reduce(0) { $0 + $1.value * $1.value }
    return inside / total - resolution * expected / (total * total)
  }

  /// The sum of a node's link weights, in neighbour order: the same bits every run.
  private static func total(_ links: Links) -> Double {
    links.reduce(0) { $0 + $1.weight }
  }
}
