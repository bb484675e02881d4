/// The weights of the reference tagger: one row of label weights per feature id, and the weights
/// of each label following another.
///
/// Features live in an open-addressing table (linear probing, a power-of-two capacity at most
/// half full): a lookup is a multiply and a compare or two, where a `Dictionary` costs several
/// times that, and the tagger looks up 38 features a word.
package struct ReferenceModel: Sendable {
  /// Weight of label `j` following label `i`: `transitions[i * labelCount + j]`.
  package let transitions: [Float]
  /// Weight of a reference starting with each label.
  package let starts: [Float]
  private let keys: [UInt32]
  private let rows: [Int32]
  private let weights: [Float]
  private let mask: Int

  package static let labelCount = ReferenceLabel.count

  /// A model of the given rows (feature id → one weight per label) and transition weights.
  package init(rows featureRows: [(id: UInt32, weights: [Float])], transitions: [Float], starts: [Float]) {
    self.transitions = transitions
    self.starts = starts
    let capacity = Self.capacity(for: featureRows.count)
    var keys = [UInt32](repeating: 0, count: capacity)
    var rows = [Int32](repeating: -1, count: capacity)
    var weights: [Float] = []
    weights.reserveCapacity(featureRows.count * Self.labelCount)
    for (row, feature) in featureRows.enumerated() {
      Self.insert(feature.id, row: Int32(row), keys: &keys, rows: &rows)
      weights += feature.weights
    }
    self.keys = keys
    self.rows = rows
    self.weights = weights
    mask = capacity - 1
  }

  /// A model of the table parts, built by the deserialiser without per-row arrays.
  init(keys: [UInt32], rows: [Int32], weights: [Float], transitions: [Float], starts: [Float]) {
    self.keys = keys
    self.rows = rows
    self.weights = weights
    self.transitions = transitions
    self.starts = starts
    mask = keys.count - 1
  }

  /// The table capacity for `count` features: a power of two at least twice the count.
  static func capacity(for count: Int) -> Int {
    var capacity = 16
    while capacity < count * 2 { capacity *= 2 }
    return capacity
  }

  /// Puts feature `id` at row `row` of an open-addressing table.
  static func insert(_ id: UInt32, row: Int32, keys: inout [UInt32], rows: inout [Int32]) {
    let mask = keys.count - 1
    var slot = Self.slot(of: id, mask: mask)
    while rows[slot] >= 0 { slot = (slot + 1) & mask }
    keys[slot] = id
    rows[slot] = row
  }

  /// The number of features with weights.
  package var featureCount: Int { weights.count / Self.labelCount }

  /// Each word's score for each label, `scores[word * labelCount + label]`: the sum of its
  /// features' weights.
  package func emissions(for features: ReferenceFeatures) -> [Float] {
    let width = Self.labelCount
    var scores = [Float](repeating: 0, count: features.wordCount * width)
    // NB: unchecked buffers: this loop is a fifth of parsing time, and its indices are bounded
    // by construction (rows come from the table, words from the features).
    let mask = mask
    scores.withUnsafeMutableBufferPointer { scores in
      features.ids.withUnsafeBufferPointer { ids in
        weights.withUnsafeBufferPointer { weights in
          keys.withUnsafeBufferPointer { keys in
            rows.withUnsafeBufferPointer { rows in
              for word in 0..<features.wordCount {
                let base = word * width
                for id in ids[(word * ReferenceFeatures.perWord)..<((word + 1) * ReferenceFeatures.perWord)] {
                  // Linear probing: the slot of `id`, then the next ones until an empty slot.
                  var slot = Self.slot(of: id, mask: mask)
                  while rows[slot] >= 0, keys[slot] != id { slot = (slot + 1) & mask }
                  guard rows[slot] >= 0 else { continue }
                  let start = Int(rows[slot]) * width
                  for label in 0..<width { scores[base + label] += weights[start + label] }
                }
              }
            }
          }
        }
      }
    }
    return scores
  }

  @inline(__always)
  private static func slot(of id: UInt32, mask: Int) -> Int {
    Int(truncatingIfNeeded: (UInt64(id) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }

  /// Every row, in table order, for saving.
  package var featureRows: [(id: UInt32, weights: [Float])] {
    let width = Self.labelCount
    var result = [(id: UInt32, weights: [Float])](repeating: (0, []), count: featureCount)
    for (key, row) in zip(keys, rows) where row >= 0 {
      let start = Int(row) * width
      result[Int(row)] = (key, Array(weights[start..<(start + width)]))
    }
    return result
  }
}
