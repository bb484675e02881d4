import Testing
@testable import Publications

/// The intern table numbers byte strings as a `[String: Int32]` filled in reading order would,
/// for the keys it is given as bytes.
struct InternTableTests {
  @Test func `numbers keys in the order first seen, a repeat keeping its number`() {
    var table = InternTable()
    let ids = ["graph", "neural", "graph", "", "networks", "neural"].map { table.intern($0) }
    #expect(ids.map(\.id) == [0, 1, 0, 2, 3, 1])
    #expect(ids.map(\.isNew) == [true, true, false, true, true, false])
    #expect(table.count == 4)
    #expect((0..<4).map { table.string(Int32($0)) } == ["graph", "neural", "", "networks"])
  }

  @Test func `keys that differ only past eight bytes or in length stay apart`() {
    var table = InternTable()
    let keys = ["abcdefgh", "abcdefghi", "abcdefghj", "abcdefgh\u{0}", "segmentation", "segmentations", "ß", "ss"]
    let ids = keys.map { table.intern($0).id }
    #expect(ids == (0..<Int32(keys.count)).map { $0 })
    #expect(keys.map { table.intern($0).id } == ids)
  }

  @Test func `finds every key after growing far past its first capacity`() {
    var table = InternTable(minimumCapacity: 4)
    let keys = (0..<20_000).map { "word\($0 * 7919)" }
    for key in keys { _ = table.intern(key) }
    #expect(table.count == keys.count)
    var found = 0
    for (number, key) in keys.enumerated() {
      var key = key
      let id = key.withUTF8 { table.id(of: $0) }
      if id == Int32(number), table.string(Int32(number)) == key { found += 1 }
    }
    #expect(found == keys.count)
    var unknown = "word1"
    #expect(unknown.withUTF8 { table.id(of: $0) } == nil)
  }
}
