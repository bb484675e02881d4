import Publications

/// How often each pair of adjacent terms occurs, the two term ids packed in one `UInt64`.
///
/// Hand-written: `Dictionary<UInt64, Int>` hashes every key with SipHash, and counting the
/// millions of adjacent pairs in the abstracts of a large bibliography spent most of the phrase
/// finder's time there. Open addressing with linear probing, the key mixed by `TableHashing`;
/// counts never depend on its seed.
struct PairCounts: Sendable {
  private var keys: [UInt64]
  /// Per slot its key's count; 0 marks an empty slot.
  private var counts: [Int]
  private var used = 0
  private let seed = TableHashing.seed

  init() {
    keys = Array(repeating: 0, count: 1_024)
    counts = Array(repeating: 0, count: 1_024)
  }

  /// Counts `key` `amount` more times.
  mutating func add(_ key: UInt64, _ amount: Int = 1) {
    let mask = keys.count - 1
    var slot = slot(of: key) & mask
    while counts[slot] != 0 {
      if keys[slot] == key { return counts[slot] += amount }
      slot = (slot + 1) & mask
    }
    keys[slot] = key
    counts[slot] = amount
    used += 1
    if used * 2 > keys.count { grow() }
  }

  /// Adds the counts of `other`.
  mutating func add(_ other: PairCounts) {
    for (key, count) in zip(other.keys, other.counts) where count != 0 { add(key, count) }
  }

  /// The keys counted at least `minimum` times with their counts, ascending by key.
  func sorted(countedAtLeast minimum: Int) -> [(key: UInt64, count: Int)] {
    zip(keys, counts).filter { $0.1 >= max(1, minimum) }.map { (key: $0.0, count: $0.1) }.sorted { $0.key < $1.key }
  }

  private mutating func grow() {
    let (oldKeys, oldCounts) = (keys, counts)
    keys = Array(repeating: 0, count: oldKeys.count * 2)
    counts = Array(repeating: 0, count: oldKeys.count * 2)
    used = 0
    for (key, count) in zip(oldKeys, oldCounts) where count != 0 { add(key, count) }
  }

  private func slot(of key: UInt64) -> Int {
    Int(truncatingIfNeeded: TableHashing.mixed(key ^ seed))
  }
}
