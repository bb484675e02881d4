/// Centroids stored term by term (the k weights of one term side by side), so that scoring a
/// document against all centroids reads one short contiguous run per term of the document
/// instead of k scattered ones: the assignment step is the hot loop of the clustering.
struct CentroidMatrix {
  let k: Int
  let dimension: Int
  private var weights: [Double]

  init(_ centroids: [[Double]]) {
    k = centroids.count
    dimension = centroids.first?.count ?? 0
    var weights = Array(repeating: 0.0, count: k * dimension)
    for (cluster, centroid) in centroids.enumerated() {
      for (term, weight) in centroid.enumerated() where weight != 0 { weights[term * k + cluster] = weight }
    }
    self.weights = weights
  }

  /// The normalised sums of the documents of each cluster, summed in document order; a cluster
  /// left empty (or summing to zero) keeps its previous centroid.
  init(meansOf vectors: [SparseVector], assignments: [Int], previous: CentroidMatrix) {
    (k, dimension) = (previous.k, previous.dimension)
    let k = self.k
    var sums = Array(repeating: 0.0, count: k * dimension)
    for (vector, cluster) in zip(vectors, assignments) where cluster >= 0 {
      for (index, value) in zip(vector.indices, vector.values) { sums[Int(index) * k + cluster] += value }
    }
    var norms = Array(repeating: 0.0, count: k)
    for term in 0..<dimension {
      for cluster in 0..<k { norms[cluster] += sums[term * k + cluster] * sums[term * k + cluster] }
    }
    for cluster in 0..<k {
      let norm = norms[cluster].squareRoot()
      for term in 0..<dimension {
        sums[term * k + cluster] = norm > 0 ? sums[term * k + cluster] / norm : previous.weights[term * k + cluster]
      }
    }
    weights = sums
  }

  /// The centroids, one dense array each.
  var centroids: [[Double]] {
    (0..<k).map { cluster in (0..<dimension).map { weights[$0 * k + cluster] } }
  }

  /// The cosine of `vector` with every centroid, each summed over the vector's terms in order.
  func similarities(_ vector: SparseVector) -> [Double] {
    var similarities = [Double](repeating: 0, count: k)
    let k = self.k
    weights.withUnsafeBufferPointer { matrix in
      similarities.withUnsafeMutableBufferPointer { sums in
        for (term, value) in zip(vector.indices, vector.values) {
          let row = Int(term) * k
          for cluster in 0..<k { sums[cluster] += value * matrix[row + cluster] }
        }
      }
    }
    return similarities
  }

  /// The index of the centroid with the highest cosine (the first of equals), and that cosine.
  func nearest(_ vector: SparseVector) -> (Int, Double) {
    let similarities = similarities(vector)
    var best = 0
    for cluster in 1..<max(1, k) where similarities[cluster] > similarities[best] { best = cluster }
    return (best, k > 0 ? similarities[best] : -Double.infinity)
  }
}
