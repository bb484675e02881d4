import Dispatch
import Publications

/// The silhouette of a clustering (Rousseeuw 1987) under cosine distance: for each document, how
/// much closer it is to its own cluster than to the nearest other one, in [-1, 1], averaged.
/// Used to choose the number of topics.
struct Silhouette: Sendable {
  /// Cosine similarities between every pair of the documents scored, computed once and reused
  /// for every candidate number of clusters.
  private let similarities: [[Double]]

  /// Rows are computed on both cores, each row whole by one thread: the same numbers either way.
  init(_ vectors: [SparseVector], dimension: Int) {
    similarities = Parallelism.map(vectors.count, inParts: 8) { rows in
      var dense = Array(repeating: 0.0, count: dimension)
      return rows.map { row in
        for (index, value) in zip(vectors[row].indices, vectors[row].values) { dense[Int(index)] = value }
        defer { for index in vectors[row].indices { dense[Int(index)] = 0 } }
        return dense.withUnsafeBufferPointer { buffer in vectors.map { $0.dot(buffer) } }
      }
    }.flatMap { $0 }
  }

  /// The mean silhouette of `assignments` (one per scored document; -1 = not clustered, skipped).
  /// A document alone in its cluster scores 0, as in Rousseeuw's definition.
  func score(_ assignments: [Int], clusters: Int) -> Double {
    var total = 0.0
    var scored = 0
    var sizes = Array(repeating: 0, count: clusters)
    for cluster in assignments where cluster >= 0 { sizes[cluster] += 1 }
    for (document, cluster) in assignments.enumerated() where cluster >= 0 {
      scored += 1
      guard sizes[cluster] > 1 else { continue }
      var distanceSums = Array(repeating: 0.0, count: clusters)
      for (other, otherCluster) in assignments.enumerated() where otherCluster >= 0 && other != document {
        distanceSums[otherCluster] += 1 - similarities[document][other]
      }
      let own = distanceSums[cluster] / Double(sizes[cluster] - 1)
      var nearest = Double.infinity
      for other in 0..<clusters where other != cluster && sizes[other] > 0 {
        nearest = min(nearest, distanceSums[other] / Double(sizes[other]))
      }
      guard nearest.isFinite else { continue }
      let spread = max(own, nearest)
      if spread > 0 { total += (nearest - own) / spread }
    }
    return scored > 0 ? total / Double(scored) : 0
  }
}
