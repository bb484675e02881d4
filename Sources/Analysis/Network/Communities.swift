/// Communities by modularity optimisation: the Louvain method (Blondel et al. 2008) — local
/// moving of nodes, then aggregation, repeated while modularity rises — with a resolution γ
/// (Reichardt & Bornholdt 2006). Deterministic: nodes are visited in an order shuffled by
/// `SplitMix64(seed:)` from the graph's sorted node order, so the same graph and seed always give
/// the same communities, whatever the input or hash order.
///
/// Hand-written: no package here detects communities. Leiden's refinement step (Traag et al.
/// 2019) is not implemented yet; communities found here may in rare cases be poorly connected.
public struct Communities: Sendable, Hashable {
  /// The community of each node, numbered from 0 by size (largest first), then by first node.
  public var membership: [Int]
  public var modularity: Double

  /// - Parameters:
  ///   - resolution: γ; above 1 gives more, smaller communities.
  ///   - seed: fixes the visiting order.
  /// - Complexity: about O(E log V) in practice.
  public init(_ graph: CoauthorGraph, resolution: Double = 1, seed: UInt64 = 42, fractional: Bool = false) {
    var generator = SplitMix64(seed: seed)
    var adjacency = graph.adjacency(fractional: fractional).map { Dictionary($0.map { ($0.node, $0.weight) }, uniquingKeysWith: +) }
    var membershipOfOriginal = Array(graph.nodes.indices)
    while true {
      let local = Self.localMoving(adjacency, resolution: resolution, generator: &generator)
      let communityCount = (local.max() ?? -1) + 1
      membershipOfOriginal = membershipOfOriginal.map { local[$0] }
      guard communityCount < adjacency.count else { break }
      adjacency = Self.aggregate(adjacency, membership: local, count: communityCount)
    }
    let relabelled = Self.relabelledBySize(membershipOfOriginal)
    membership = relabelled
    modularity = Self.modularity(graph.adjacency(fractional: fractional), membership: relabelled, resolution: resolution)
  }

  /// Moves nodes to the neighbouring community with the best modularity gain until none moves.
  private static func localMoving(
    _ adjacency: [[Int: Double]], resolution: Double, generator: inout SplitMix64
  ) -> [Int] {
    let n = adjacency.count
    let strength = adjacency.map { $0.values.reduce(0, +) }
    let total = strength.reduce(0, +)
    var community = Array(0..<n)
    var communityStrength = strength
    guard total > 0 else { return community }
    var order = Array(0..<n)
    order.shuffle(using: &generator)
    var moved = true
    var rounds = 0
    while moved && rounds < 100 {
      moved = false
      rounds += 1
      for node in order {
        let current = community[node]
        var links: [Int: Double] = [:]
        for (neighbour, weight) in adjacency[node] where neighbour != node { links[community[neighbour], default: 0] += weight }
        communityStrength[current] -= strength[node]
        var best = current
        var bestGain = (links[current] ?? 0) - resolution * strength[node] * communityStrength[current] / total
        for (candidate, weight) in links.sorted(by: { $0.key < $1.key }) {
          let gain = weight - resolution * strength[node] * communityStrength[candidate] / total
          if gain > bestGain + 1e-12 {
            best = candidate
            bestGain = gain
          }
        }
        communityStrength[best] += strength[node]
        if best != current {
          community[node] = best
          moved = true
        }
      }
    }
    // Renumber 0..<k in order of first appearance.
    var labels: [Int: Int] = [:]
    return community.map { label in
      if let existing = labels[label] { return existing }
      labels[label] = labels.count
      return labels[label] ?? 0
    }
  }

  private static func aggregate(_ adjacency: [[Int: Double]], membership: [Int], count: Int) -> [[Int: Double]] {
    var aggregated = Array(repeating: [Int: Double](), count: count)
    for (node, neighbours) in adjacency.enumerated() {
      for (neighbour, weight) in neighbours {
        aggregated[membership[node]][membership[neighbour], default: 0] += weight
      }
    }
    return aggregated
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
  public static func modularity(_ adjacency: [[(node: Int, weight: Double)]], membership: [Int], resolution: Double = 1) -> Double {
    let strength = adjacency.map { $0.reduce(0) { $0 + $1.weight } }
    let total = strength.reduce(0, +)
    guard total > 0 else { return 0 }
    var inside = 0.0
    var communityStrength: [Int: Double] = [:]
    for (node, neighbours) in adjacency.enumerated() {
      communityStrength[membership[node], default: 0] += strength[node]
      for (neighbour, weight) in neighbours where membership[neighbour] == membership[node] { inside += weight }
    }
    let expected = communityStrength.values.reduce(0) { $0 + $1 * $1 }
    return inside / total - resolution * expected / (total * total)
  }
}
