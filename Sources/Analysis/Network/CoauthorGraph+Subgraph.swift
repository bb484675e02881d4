extension CoauthorGraph {
  /// The graph of the given nodes (sorted indices) and the edges among them, renumbered.
  package func restricted(to kept: [Int]) -> CoauthorGraph {
    let position = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($1, $0) })
    var copy = self
    copy.nodes = kept.map { nodes[$0] }
    copy.edges = edges.compactMap { edge in
      guard let a = position[edge.source], let b = position[edge.target] else { return nil }
      var renumbered = edge
      renumbered.source = min(a, b)
      renumbered.target = max(a, b)
      return renumbered
    }
    return copy
  }
}
