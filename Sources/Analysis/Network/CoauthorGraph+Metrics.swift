extension CoauthorGraph {
  /// The component of each node (components numbered by their smallest node).
  ///
  /// - Complexity: O(V + E) with union–find.
  package func components() -> [Int] {
    var parent = Array(nodes.indices)
    func find(_ x: Int) -> Int {
      var x = x
      while parent[x] != x {
        parent[x] = parent[parent[x]]
        x = parent[x]
      }
      return x
    }
    for edge in edges {
      let (a, b) = (find(edge.source), find(edge.target))
      if a != b { parent[max(a, b)] = min(a, b) }
    }
    var label: [Int: Int] = [:]
    return nodes.indices.map { node in
      let root = find(node)
      if let existing = label[root] { return existing }
      label[root] = label.count
      return label[root] ?? 0
    }
  }

  /// The number of neighbours of each node.
  package var degrees: [Int] { adjacency().map(\.count) }

  /// The summed edge weight (joint publications) of each node.
  package var strengths: [Double] { adjacency().map { $0.reduce(0) { $0 + $1.weight } } }

  /// Betweenness centrality of each node, unweighted and normalised for undirected graphs
  /// (Brandes 2001), exact.
  ///
  /// - Complexity: O(V · E); meant for graphs up to a few thousand people.
  package func betweenness() -> [Double] {
    let neighbours = adjacency().map { $0.map(\.node) }
    let n = nodes.count
    var centrality = Array(repeating: 0.0, count: n)
    for source in 0..<n {
      var stack: [Int] = []
      var predecessors = Array(repeating: [Int](), count: n)
      var paths = Array(repeating: 0.0, count: n)
      var distance = Array(repeating: -1, count: n)
      paths[source] = 1
      distance[source] = 0
      var queue = [source]
      var head = 0
      while head < queue.count {
        let v = queue[head]
        head += 1
        stack.append(v)
        for w in neighbours[v] {
          if distance[w] < 0 {
            distance[w] = distance[v] + 1
            queue.append(w)
          }
          if distance[w] == distance[v] + 1 {
            paths[w] += paths[v]
            predecessors[w].append(v)
          }
        }
      }
      var dependency = Array(repeating: 0.0, count: n)
      while let w = stack.popLast() {
        for v in predecessors[w] { dependency[v] += paths[v] / paths[w] * (1 + dependency[w]) }
        if w != source { centrality[w] += dependency[w] }
      }
    }
    // Each pair was counted from both ends; normalise by the (n−1)(n−2)/2 pairs.
    let scale = n > 2 ? 1 / Double((n - 1) * (n - 2)) : 0
    return centrality.map { $0 * scale }
  }
}
