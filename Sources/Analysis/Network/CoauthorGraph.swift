import Publications

/// People as nodes and joint publications as weighted edges.
///
/// Nodes are identities from `PersonIndex`, sorted by key so the graph never depends on input
/// or hash order. An edge counts the publications two people share and, as the fractional
/// weight, the sum of 1/(n−1) over them (a paper with n authors spreads one unit per author).
/// Truncated author lists (`et al.`) are flagged on the people they list, not guessed.
public struct CoauthorGraph: Sendable, Hashable, Codable {
  public struct Node: Sendable, Hashable, Codable {
    /// The identity key (stable across runs).
    public var id: String
    public var name: String
    public var isOwner: Bool
    public var publications: Int
    /// Publications shared with an owner.
    public var jointWithOwners: Int
    public var firstYear: Int?
    public var lastYear: Int?
    /// Publications of this person whose author list was cut (`et al.`).
    public var truncatedLists: Int
  }

  public struct Edge: Sendable, Hashable, Codable {
    /// Node indices, `source < target`.
    public var source: Int
    public var target: Int
    public var count: Int
    public var fractionalWeight: Double
    public var firstYear: Int?
    public var lastYear: Int?
  }

  public var nodes: [Node]
  public var edges: [Edge]

  /// Builds the graph of `publications`.
  ///
  /// - Complexity: O(p · a²) for p publications of at most a authors.
  public init(_ publications: [Publication]) {
    let index = PersonIndex(publications)
    let ids = index.displayNames.keys.sorted()
    let position = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
    var nodes = ids.map { Node(id: $0, name: index.displayNames[$0] ?? $0, isOwner: false, publications: 0, jointWithOwners: 0, truncatedLists: 0) }
    var edges: [Int: [Int: Edge]] = [:]
    for publication in publications {
      let members = Set(publication.authors.compactMap { position[index.identity(of: $0.name)] }).sorted()
      let owners = Set(publication.authors.filter(\.isOwner).compactMap { position[index.identity(of: $0.name)] })
      for person in members {
        nodes[person].publications += 1
        if publication.isAuthorListTruncated { nodes[person].truncatedLists += 1 }
        if owners.contains(person) { nodes[person].isOwner = true }
        if !owners.subtracting([person]).isEmpty { nodes[person].jointWithOwners += 1 }
        if let year = publication.year {
          nodes[person].firstYear = min(nodes[person].firstYear ?? year, year)
          nodes[person].lastYear = max(nodes[person].lastYear ?? year, year)
        }
      }
      let weight = members.count > 1 ? 1 / Double(members.count - 1) : 0
      for (i, a) in members.enumerated() {
        for b in members[(i + 1)...] {
          var edge = edges[a]?[b] ?? Edge(source: a, target: b, count: 0, fractionalWeight: 0)
          edge.count += 1
          edge.fractionalWeight += weight
          if let year = publication.year {
            edge.firstYear = min(edge.firstYear ?? year, year)
            edge.lastYear = max(edge.lastYear ?? year, year)
          }
          edges[a, default: [:]][b] = edge
        }
      }
    }
    self.nodes = nodes
    self.edges = edges.keys.sorted().flatMap { a in (edges[a] ?? [:]).keys.sorted().compactMap { edges[a]?[$0] } }
  }

  /// Neighbours of each node with the edge weight (`count`, or the fractional weight).
  public func adjacency(fractional: Bool = false) -> [[(node: Int, weight: Double)]] {
    var adjacency = Array(repeating: [(node: Int, weight: Double)](), count: nodes.count)
    for edge in edges {
      let weight = fractional ? edge.fractionalWeight : Double(edge.count)
      adjacency[edge.source].append((edge.target, weight))
      adjacency[edge.target].append((edge.source, weight))
    }
    return adjacency
  }
}
