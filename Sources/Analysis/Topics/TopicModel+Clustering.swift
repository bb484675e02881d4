import Dispatch
import Publications

extension TopicModel {
  /// The clustering step: the number of topics by silhouette on a sample, then all documents.
  struct Clustering: Sendable {
    var assignments: [Int]
    var centroids: [[Double]]
    var silhouette: Double?
    var candidates: [Candidate]

    init(vectors: [SparseVector], dimension: Int, options: Options) {
      candidates = []
      silhouette = nil
      guard vectors.count >= 2, dimension > 0 else {
        // Nothing to split: every document (if any) in one topic.
        assignments = Array(repeating: 0, count: vectors.count)
        centroids = vectors.isEmpty ? [] : [Self.meanDirection(vectors, dimension: dimension)]
        return
      }
      let sample = Self.sample(count: vectors.count, seed: options.seed)
      let sampled = sample.map { vectors[$0] }
      let counts = Self.candidateCounts(documents: vectors.count, options: options)
      var best: SphericalKMeans
      if counts.count == 1 {
        best = SphericalKMeans(sampled, k: counts[0], dimension: dimension, seed: options.seed)
      } else {
        let tried = Self.sweep(sampled, counts: counts, dimension: dimension, seed: options.seed)
        candidates = tried.map { Candidate(count: $0.count, silhouette: $0.score) }
        let winner = tried.indices.max { (tried[$0].score, -$0) < (tried[$1].score, -$1) } ?? 0
        best = tried[winner].clustering
        silhouette = tried[winner].score
      }
      // The sample's centroids start Lloyd iterations on every document.
      if sample.count < vectors.count { best = SphericalKMeans(vectors, centroids: best.centroids) }
      assignments = best.assignments
      centroids = best.centroids
    }

    /// The numbers of topics to try: the given one, or 2 up to about √n (the usual rule of
    /// thumb; silhouette alone favours many tiny topics on a short list), at most `maximumCount`.
    private static func candidateCounts(documents: Int, options: Options) -> [Int] {
      if let count = options.count { return [max(1, min(count, documents))] }
      let upper = min(options.maximumCount, Int(Double(documents).squareRoot().rounded()), documents / 2)
      return upper >= 2 ? Array(2...upper) : [1]
    }

    /// Up to `sampleSize` document indices, ascending, drawn without replacement.
    private static func sample(count: Int, seed: UInt64) -> [Int] {
      guard count > sampleSize else { return Array(0..<count) }
      var generator = SplitMix64(seed: seed ^ 0x5A3D_1E)
      var indices = Array(0..<count)
      for position in 0..<sampleSize {
        let other = position + Int(generator.next() % UInt64(count - position))
        indices.swapAt(position, other)
      }
      return indices.prefix(sampleSize).sorted()
    }

    /// Clusters the sample for every candidate count, both cores at once; each count has its own
    /// seed and its own slot, so the result is the same on one thread or many.
    private static func sweep(_ vectors: [SparseVector], counts: [Int], dimension: Int, seed: UInt64) -> [(count: Int, score: Double, clustering: SphericalKMeans)] {
      // The silhouette costs s² similarities: every other document of a large sample is enough
      // to rank the candidates.
      let step = vectors.count > silhouetteSize ? 2 : 1
      let scored = Array(stride(from: 0, to: vectors.count, by: step))
      let silhouette = Silhouette(scored.map { vectors[$0] }, dimension: dimension)
      return Parallelism.map(counts.count) { position in
        let k = counts[position]
        let clustering = SphericalKMeans(vectors, k: k, dimension: dimension, seed: seed &+ UInt64(k))
        return (k, silhouette.score(scored.map { clustering.assignments[$0] }, clusters: k), clustering)
      }
    }

    private static func meanDirection(_ vectors: [SparseVector], dimension: Int) -> [Double] {
      var sum = Array(repeating: 0.0, count: dimension)
      for vector in vectors {
        for (index, value) in zip(vector.indices, vector.values) { sum[Int(index)] += value }
      }
      let norm = sum.reduce(0) { $0 + $1 * $1 }.squareRoot()
      return norm > 0 ? sum.map { $0 / norm } : sum
    }
  }
}
