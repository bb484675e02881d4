import Publications

/// k-means on the unit sphere (Dhillon & Modha 2001): documents join the centroid with the
/// highest cosine, centroids are the normalised sums of their documents. Seeded by k-means++
/// (Arthur & Vassilvitskii 2007) with cosine distance; of several seeded starts the one with
/// the highest total cosine wins.
///
/// Deterministic: every random choice comes from `SplitMix64(seed:)`, documents are visited in
/// the given order and ties go to the lower cluster index.
///
/// Hand-written: no clustering package resolves here.
struct SphericalKMeans: Sendable {
  /// The cluster of each document; -1 for a document with no terms.
  var assignments: [Int]
  /// Unit centroids, dense over the vocabulary.
  var centroids: [[Double]]
  /// Sum over documents of the cosine to their centroid: higher is tighter.
  var cohesion: Double

  /// - Parameters:
  ///   - dimension: the vocabulary size.
  ///   - starts: seeded starts tried; the tightest result is kept.
  /// - Complexity: O(starts × iterations × k × non-zero entries).
  init(_ vectors: [SparseVector], k: Int, dimension: Int, seed: UInt64, starts: Int = 2) {
    var best: SphericalKMeans?
    for start in 0..<max(1, starts) {
      var generator = SplitMix64(seed: seed &+ UInt64(start) &* 0x9E37_79B9)
      let seeds = Self.seededCentroids(vectors, k: k, dimension: dimension, generator: &generator)
      let result = SphericalKMeans(vectors, centroids: seeds)
      if let current = best, current.cohesion >= result.cohesion - 1e-12 { continue }
      best = result
    }
    self = best ?? SphericalKMeans(vectors, centroids: [])
  }

  /// Lloyd iterations from the given centroids until (almost) no document moves: at most 40,
  /// and done once fewer than one document in a thousand changes cluster.
  init(_ vectors: [SparseVector], centroids start: [[Double]], maximumIterations: Int = 40) {
    centroids = start
    assignments = Array(repeating: -1, count: vectors.count)
    cohesion = 0
    guard !start.isEmpty else { return }
    let settled = vectors.count / 1000
    var matrix = CentroidMatrix(start)
    defer { centroids = matrix.centroids }
    for _ in 0..<maximumIterations {
      let moved = assign(vectors, to: matrix)
      if moved <= settled { break }
      matrix = CentroidMatrix(meansOf: vectors, assignments: assignments, previous: matrix)
    }
  }

  /// Moves every document to its nearest centroid; returns how many moved. Large inputs go in
  /// a fixed number of parts on both cores (documents are independent; the parts' cohesion is
  /// summed in order, so the result does not depend on the number of threads).
  private mutating func assign(_ vectors: [SparseVector], to matrix: CentroidMatrix) -> Int {
    let previous = assignments
    let results = Parallelism.map(vectors.count, inParts: vectors.count >= 4_096 ? 8 : 1) { range in
      var chosen = Array(previous[range])
      var (moved, cohesion) = (0, 0.0)
      for (offset, document) in range.enumerated() where !vectors[document].isEmpty {
        let (cluster, similarity) = matrix.nearest(vectors[document])
        if cluster != chosen[offset] { moved += 1 }
        chosen[offset] = cluster
        cohesion += similarity
      }
      return (chosen, moved, cohesion)
    }
    assignments = results.flatMap(\.0)
    cohesion = results.reduce(0) { $0 + $1.2 }
    return results.reduce(0) { $0 + $1.1 }
  }

  /// The index of the centroid with the highest cosine, and that cosine.
  static func nearest(_ vector: SparseVector, among centroids: [[Double]]) -> (Int, Double) {
    CentroidMatrix(centroids).nearest(vector)
  }

  /// k-means++: the first centre uniformly, each next one with probability proportional to the
  /// squared cosine distance to the nearest centre chosen so far.
  private static func seededCentroids(_ vectors: [SparseVector], k: Int, dimension: Int, generator: inout SplitMix64) -> [[Double]] {
    let candidates = vectors.indices.filter { !vectors[$0].isEmpty }
    guard !candidates.isEmpty else { return [] }
    func dense(_ vector: SparseVector) -> [Double] {
      var result = Array(repeating: 0.0, count: dimension)
      for (index, value) in zip(vector.indices, vector.values) { result[Int(index)] = value }
      return result
    }
    var centres = [dense(vectors[candidates[Int(generator.next() % UInt64(candidates.count))]])]
    var distance = candidates.map { max(0, 1 - vectors[$0].dot(centres[0])) }
    while centres.count < k {
      let weights = distance.map { $0 * $0 }
      let total = weights.reduce(0, +)
      var chosen = candidates.count - 1
      if total > 0 {
        var target = Double(generator.next() >> 11) / Double(1 << 53) * total
        for (position, weight) in weights.enumerated() {
          target -= weight
          if target < 0 { chosen = position; break }
        }
      } else {
        chosen = Int(generator.next() % UInt64(candidates.count))
      }
      centres.append(dense(vectors[candidates[chosen]]))
      for (position, document) in candidates.enumerated() {
        distance[position] = min(distance[position], max(0, 1 - vectors[document].dot(centres[centres.count - 1])))
      }
    }
    return centres
  }
}
