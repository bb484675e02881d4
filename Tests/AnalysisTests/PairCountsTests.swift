import Testing
@testable import Analysis

/// The phrase finder's pair counts give what a `[UInt64: Int]` counting the same pairs gives.
struct PairCountsTests {
  @Test func `counts pairs, adds another table's counts and lists the frequent ones by key`() {
    var counts = PairCounts()
    var other = PairCounts()
    var expected: [UInt64: Int] = [:]
    var generator = SplitMix64(seed: 7)
    // Enough distinct pairs to grow the table several times.
    for round in 0..<50_000 {
      let key = UInt64(generator.next() % 3_000) << 32 | UInt64(generator.next() % 7)
      if round.isMultiple(of: 3) { other.add(key) } else { counts.add(key) }
      expected[key, default: 0] += 1
    }
    counts.add(other)
    let frequent = counts.sorted(countedAtLeast: 3)
    let wanted = expected.filter { $0.value >= 3 }.sorted { $0.key < $1.key }
    #expect(frequent.map(\.key) == wanted.map(\.key))
    #expect(frequent.map(\.count) == wanted.map(\.value))
    #expect(counts.sorted(countedAtLeast: 0).count == expected.count)
  }
}
