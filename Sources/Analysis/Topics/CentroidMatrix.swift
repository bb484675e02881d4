/// Centroids stored term by term (the k weights of one term side by side), so that scoring a
/// document against all centroids reads one short contiguous run per term of the document
/// instead of k scattered ones: the assignment step is the hot loop of the clustering.
struct CentroidMatrix {
  let k: Int
  private let weights: [Double]

  init(_ centroids: [[Double]]) {
    k = centroids.count
    let dimension = centroids.first?.count ?? 0
    var weights = Array(repeating: 0.0, count: k * dimension)
    for (cluster, centroid) in centroids.enumerated() {
      for (term, weight) in centroid.enumerated() where weight != 0 { weights[term * k + cluster] = weight }
    }
    self.weights = weights
  }

  /// The centroid with the highest cosine (ties to the lower index) and that cosine.
  func nearest(_ vector: SparseVector) -> (Int, Double) {
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
    var best = 0
    for cluster in 1..<max(1, k) where similarities[cluster] > similarities[best] { best = cluster }
    return (best, k > 0 ? similarities[best] : -Double.infinity)
  }
}
