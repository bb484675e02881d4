/// A sparse vector: term indices ascending, with their weights.
struct SparseVector: Sendable, Hashable {
  var indices: [Int32]
  var values: [Double]

  init(weights: [(Int32, Double)]) {
    let sorted = weights.sorted { $0.0 < $1.0 }
    indices = sorted.map(\.0)
    values = sorted.map(\.1)
  }

  var isEmpty: Bool { indices.isEmpty }

  func normalized() -> SparseVector {
    let norm = values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    guard norm > 0 else { return self }
    var copy = self
    copy.values = values.map { $0 / norm }
    return copy
  }

  /// The dot product with a dense vector.
  func dot(_ dense: [Double]) -> Double {
    dense.withUnsafeBufferPointer { dot($0) }
  }

  /// The dot product with a dense vector in memory: the inner loop of clustering, kept free of
  /// bounds checks and reference counting.
  func dot(_ dense: UnsafeBufferPointer<Double>) -> Double {
    indices.withUnsafeBufferPointer { indices in
      values.withUnsafeBufferPointer { values in
        var sum = 0.0
        for position in 0..<indices.count { sum += values[position] * dense[Int(indices[position])] }
        return sum
      }
    }
  }
}
