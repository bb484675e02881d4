/// The weights of the reference tagger: one row of label weights per feature id, and the weights
/// of each label following another.
///
/// Features live in an open-addressing table (linear probing, a power-of-two capacity at most
/// half full): a lookup is a multiply and a compare or two, where a `Dictionary` costs several
/// times that, and the tagger looks up 38 features a word. A slot holds the feature id in its high
/// half and the row in its low half, so a lookup touches one cache line of the table.
package struct ReferenceModel: Sendable {
  /// Weight of label `j` following label `i`: `transitions[i * labelCount + j]`.
  package let transitions: [Float]
  /// Weight of a reference starting with each label.
  package let starts: [Float]
  /// `id << 32 | row`, or `emptySlot`.
  private let slots: [UInt64]
  private let weights: [Float]
  private let mask: Int

  package static let labelCount = ReferenceLabel.count

  /// A model of the given rows (feature id → one weight per label) and transition weights.
  package init(rows featureRows: [(id: UInt32, weights: [Float])], transitions: [Float], starts: [Float]) {
    self.transitions = transitions
    self.starts = starts
    let capacity = Self.capacity(for: featureRows.count)
    var slots = [UInt64](repeating: Self.emptySlot, count: capacity)
    var weights: [Float] = []
    weights.reserveCapacity(featureRows.count * Self.labelCount)
    for (row, feature) in featureRows.enumerated() {
      Self.insert(feature.id, row: row, into: &slots)
      weights += feature.weights
    }
    self.slots = slots
    self.weights = weights
    mask = capacity - 1
  }

  /// A model of the table parts, built by the deserialiser without per-row arrays.
  init(slots: [UInt64], weights: [Float], transitions: [Float], starts: [Float]) {
    self.slots = slots
    self.weights = weights
    self.transitions = transitions
    self.starts = starts
    mask = slots.count - 1
  }

  static let emptySlot = UInt64.max

  /// The table capacity for `count` features: a power of two at least twice the count.
  static func capacity(for count: Int) -> Int {
    var capacity = 16
    while capacity < count * 2 { capacity *= 2 }
    return capacity
  }

  /// Puts feature `id` at row `row` of an open-addressing table.
  static func insert(_ id: UInt32, row: Int, into slots: inout [UInt64]) {
    let mask = slots.count - 1
    var slot = Self.slot(of: id, mask: mask)
    while slots[slot] != emptySlot { slot = (slot + 1) & mask }
    slots[slot] = UInt64(id) << 32 | UInt64(row)
  }

  /// The number of features with weights.
  package var featureCount: Int { weights.count / Self.labelCount }

  /// Each word's score for each label, `scores[word * labelCount + label]`: the sum of its
  /// features' weights.
  package func emissions(for features: ReferenceFeatures) -> [Float] {
    let width = Self.labelCount
    // The accumulation below holds 16 labels in a SIMD register and the 17th beside it.
    precondition(width == 17, "ReferenceModel.emissions sums exactly 17 labels; adapt it to ReferenceLabel")
    var scores = [Float](repeating: 0, count: features.wordCount * width)
    // NB: unchecked buffers: this loop is a fifth of parsing time, and its indices are bounded
    // by construction (rows come from the table, words from the features).
    let mask = mask
    scores.withUnsafeMutableBufferPointer { scores in
      features.ids.withUnsafeBufferPointer { ids in
        weights.withUnsafeBufferPointer { weights in
          slots.withUnsafeBufferPointer { slots in
            // NB: a word's 17 label scores are summed in registers (16 lanes and one more) and
            // stored once: adding each row into `scores` in memory was most of the tagger's time.
            guard let raw = weights.baseAddress.map(UnsafeRawPointer.init) else { return }
            for word in 0..<features.wordCount {
              var lanes = SIMD16<Float>()
              var last: Float = 0
              for id in ids[(word * ReferenceFeatures.perWord)..<((word + 1) * ReferenceFeatures.perWord)] {
                // Linear probing: the slot of `id`, then the next ones until an empty slot.
                var slot = Self.slot(of: id, mask: mask)
                var entry = slots[slot]
                while entry != Self.emptySlot, UInt32(truncatingIfNeeded: entry >> 32) != id {
                  slot = (slot + 1) & mask
                  entry = slots[slot]
                }
                guard entry != Self.emptySlot else { continue }
                let start = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) * width
                lanes += raw.loadUnaligned(fromByteOffset: start * 4, as: SIMD16<Float>.self)
                last += weights[start + 16]
              }
              let base = word * width
              for label in 0..<16 { scores[base + label] = lanes[label] }
              scores[base + 16] = last
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
    for entry in slots where entry != Self.emptySlot {
      let row = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF)
      result[row] = (UInt32(truncatingIfNeeded: entry >> 32), Array(weights[(row * width)..<(row * width + width)]))
    }
    return result
  }
}
