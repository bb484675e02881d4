/// Topics placed on a plane so that topics with similar vocabularies sit close: classical
/// multidimensional scaling (Torgerson 1952) of the cosine distances between topic centroids,
/// the two leading eigenvectors found by power iteration with deflation.
///
/// Deterministic: a fixed start vector, a fixed number of iterations, and each axis's sign
/// fixed so that the largest topic lies left of and above the centre.
///
/// Hand-written: no linear-algebra package resolves here; k ≤ 20, so a dense k × k matrix is fine.
package struct TopicMap: Sendable, Hashable {
  /// Per topic, its position in the unit square (with a margin of 0.1).
  package var positions: [(x: Double, y: Double)]

  package init(_ model: TopicModel) {
    let k = model.topics.count
    guard k > 2 else {
      // One topic in the middle; two side by side.
      positions = k == 1 ? [(0.5, 0.5)] : Array([(0.25, 0.5), (0.75, 0.5)].prefix(k))
      return
    }
    let squared = model.similarities.map { row in row.map { pow2(max(0, 1 - $0)) } }
    let centred = Self.doubleCentred(squared)
    let first = Self.leadingEigenvector(centred)
    let deflated = centred.indices.map { i in centred[i].indices.map { j in centred[i][j] - first.value * first.vector[i] * first.vector[j] } }
    let second = Self.leadingEigenvector(deflated)
    let xs = Self.oriented(first.vector.map { $0 * max(0, first.value).squareRoot() })
    let ys = Self.oriented(second.vector.map { $0 * max(0, second.value).squareRoot() })
    positions = Self.normalised(xs: xs, ys: ys)
  }

  package static func == (lhs: TopicMap, rhs: TopicMap) -> Bool {
    lhs.positions.elementsEqual(rhs.positions) { $0.x == $1.x && $0.y == $1.y }
  }

  package func hash(into hasher: inout Hasher) {
    for position in positions {
      hasher.combine(position.x)
      hasher.combine(position.y)
    }
  }

  /// B = −½ J D² J with J the centring matrix.
  private static func doubleCentred(_ squared: [[Double]]) -> [[Double]] {
    let n = Double(squared.count)
    let rowMeans = squared.map { $0.reduce(0, +) / n }
    let grandMean = rowMeans.reduce(0, +) / n
    return squared.indices.map { i in
      squared.indices.map { j in -0.5 * (squared[i][j] - rowMeans[i] - rowMeans[j] + grandMean) }
    }
  }

  private static func leadingEigenvector(_ matrix: [[Double]]) -> (value: Double, vector: [Double]) {
    var vector = matrix.indices.map { 1 + Double($0) / Double(matrix.count) }
    var value = 0.0
    for _ in 0..<200 {
      let next = matrix.map { row in zip(row, vector).reduce(0) { $0 + $1.0 * $1.1 } }
      let norm = next.reduce(0) { $0 + $1 * $1 }.squareRoot()
      guard norm > 1e-12 else { return (0, vector.map { _ in 0 }) }
      value = zip(next, vector).reduce(0) { $0 + $1.0 * $1.1 } / vector.reduce(0) { $0 + $1 * $1 }
      vector = next.map { $0 / norm }
    }
    return (value, vector)
  }

  /// Flips an axis so the first (largest) topic has a negative coordinate.
  private static func oriented(_ axis: [Double]) -> [Double] {
    (axis.first ?? 0) > 0 ? axis.map { -$0 } : axis
  }

  /// Both axes scaled by the same factor into [0.1, 0.9], centred: distances keep their meaning.
  private static func normalised(xs: [Double], ys: [Double]) -> [(x: Double, y: Double)] {
    let spanX = (xs.max() ?? 0) - (xs.min() ?? 0)
    let spanY = (ys.max() ?? 0) - (ys.min() ?? 0)
    let scale = max(spanX, spanY, 1e-9)
    let midX = ((xs.max() ?? 0) + (xs.min() ?? 0)) / 2
    let midY = ((ys.max() ?? 0) + (ys.min() ?? 0)) / 2
    return zip(xs, ys).map { (0.5 + 0.8 * ($0 - midX) / scale, 0.5 + 0.8 * ($1 - midY) / scale) }
  }
}

private func pow2(_ value: Double) -> Double { value * value }
