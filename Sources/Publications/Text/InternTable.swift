/// Byte strings numbered once, in the order first seen, and looked up by their bytes.
///
/// The stages that meet the same words or names thousands of times (the topic model's words)
/// number each distinct one here once and work on the `Int32` ids after that.
///
/// Hand-written: the standard `Dictionary<String, Int32>` needs a `String` for every lookup
/// (UTF-8 validation, an allocation past 15 bytes) and hashes and compares it with Unicode
/// canonical equivalence; this table reads the bytes where they lie and compares them as bytes.
/// Callers that need strings' equality keep non-ASCII keys elsewhere, as the topic model's
/// `WordTable` does (the only non-ASCII letter equal to an ASCII one is the Kelvin sign).
///
/// Deterministic: ids follow insertion order only, whatever the hash's per-process seed
/// (`TableHashing`). Holds up to `Int32.max` keys.
public struct InternTable: Sendable {
  /// Every key's bytes, one after another; key `id` ends at `ends[id]`.
  private var storage: [UInt8] = []
  private var ends: [Int] = []
  /// Open addressing with linear probing, never more than half full: per slot the low 32 bits
  /// of its key's hash above the key's id, or `empty`. NB: the hash bits in the slot answer
  /// most mismatches without reading the key's bytes elsewhere in memory.
  private var slots: [UInt64]
  private let seed = TableHashing.seed
  private static let empty = UInt64.max

  public init(minimumCapacity: Int = 64) {
    var capacity = 16
    while capacity < minimumCapacity * 2 { capacity *= 2 }
    slots = Array(repeating: Self.empty, count: capacity)
  }

  /// The number of distinct keys.
  public var count: Int { ends.count }

  /// The id of `key`, numbering it first when it is new.
  ///
  /// - Complexity: O(*m*) expected for a key of *m* bytes.
  public mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int32, isNew: Bool) {
    let (slot, found) = find(key)
    if let found { return (found, false) }
    let id = Int32(ends.count)
    storage.append(contentsOf: key)
    ends.append(storage.count)
    slots[slot.index] = slot.fragment << 32 | UInt64(id)
    if ends.count * 2 > slots.count { grow() }
    return (id, true)
  }

  /// The id of `key`, numbering it first when it is new.
  public mutating func intern(_ key: String) -> (id: Int32, isNew: Bool) {
    var key = key
    return key.withUTF8 { intern($0) }
  }

  /// The id of `key` when it has one.
  public func id(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
    find(key).id
  }

  /// The key numbered `id`, as text.
  public func string(_ id: Int32) -> String {
    let index = Int(id)
    let start = index == 0 ? 0 : ends[index - 1]
    return storage.withUnsafeBufferPointer { String(decoding: $0[start..<ends[index]], as: UTF8.self) }
  }

  /// The id of `key`, or the empty slot where it would go and its hash bits.
  private func find(_ key: UnsafeBufferPointer<UInt8>) -> (slot: (index: Int, fragment: UInt64), id: Int32?) {
    let fragment = UInt64(UInt32(truncatingIfNeeded: hashValue(of: key)))
    let mask = slots.count - 1
    var index = Int(fragment) & mask
    while slots[index] != Self.empty {
      let entry = slots[index]
      if entry >> 32 == fragment, matches(Int32(truncatingIfNeeded: entry), key) {
        return ((index, fragment), Int32(truncatingIfNeeded: entry))
      }
      index = (index + 1) & mask
    }
    return ((index, fragment), nil)
  }

  private func matches(_ id: Int32, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let index = Int(id)
    let start = index == 0 ? 0 : ends[index - 1]
    guard ends[index] - start == key.count else { return false }
    // NB: a plain loop: keys are short words and names.
    return storage.withUnsafeBufferPointer { stored in
      for offset in 0..<key.count where stored[start + offset] != key[offset] { return false }
      return true
    }
  }

  private mutating func grow() {
    let old = slots
    slots = Array(repeating: Self.empty, count: old.count * 2)
    let mask = slots.count - 1
    for entry in old where entry != Self.empty {
      var index = Int(entry >> 32) & mask
      while slots[index] != Self.empty { index = (index + 1) & mask }
      slots[index] = entry
    }
  }

  /// A seeded multiply-xorshift hash over 8 bytes at a time, then `TableHashing.mixed`.
  private func hashValue(of key: UnsafeBufferPointer<UInt8>) -> Int {
    let raw = UnsafeRawBufferPointer(key)
    var hash = seed ^ UInt64(truncatingIfNeeded: raw.count)
    var offset = 0
    while offset + 8 <= raw.count {
      hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
      hash ^= hash >> 29
      offset += 8
    }
    var tail: UInt64 = 0
    while offset < raw.count {
      tail = tail << 8 | UInt64(raw[offset])
      offset += 1
    }
    return Int(truncatingIfNeeded: TableHashing.mixed((hash ^ tail) &* 0x9E37_79B9_7F4A_7C15))
  }
}
