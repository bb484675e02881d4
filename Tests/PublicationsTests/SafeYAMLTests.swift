import Foundation
import Publications
import Testing

/// The nesting guard before Yams: it must never let through a document nested deeper than the
/// limit (Yams' parser recurses once per level), and must leave real front matter alone.
@Suite struct SafeYAMLTests {
  /// How one level of a document holds the next.
  enum Style: CaseIterable {
    case compactList  // - - x
    case listOnNewLine  // -\n  x
    case indentedMap  // k:\n  x
    case mapOverList  // k:\n- x (the list at the key's own indentation)
    case flowList  // [x]
    case flowMap  // {k: x}
    case flowPair  // [k: x], a one-pair mapping inside a list: two levels

    var isFlow: Bool { [.flowList, .flowMap, .flowPair].contains(self) }
  }

  /// A level's style and whether the deeper level follows a sibling (`- s` before it).
  typealias Level = (style: Style, hasSibling: Bool)

  /// Every chain of `count` levels, block levels outside flow ones (YAML allows no block
  /// collection inside a flow one).
  static func chains(_ count: Int) -> [[Level]] {
    let levels: [Level] = Style.allCases.flatMap { [($0, false), ($0, true)] }
    var chains: [[Level]] = [[]]
    for _ in 0..<count {
      chains = chains.flatMap { chain in
        levels.filter { !(chain.last?.style.isFlow ?? false) || $0.0.isFlow }.map { chain + [$0] }
      }
    }
    return chains
  }

  /// The document's lines, the outermost level at column 0.
  static func block(_ levels: ArraySlice<Level>) -> [String] {
    guard let (style, hasSibling) = levels.first else { return ["x"] }
    if style.isFlow { return [flow(levels)] }
    let inner = block(levels.dropFirst())
    let indented = inner.map { "  " + $0 }
    switch style {
    case .compactList: return (hasSibling ? ["- s"] : []) + ["- " + inner[0]] + indented.dropFirst()
    case .listOnNewLine: return (hasSibling ? ["- s"] : []) + ["-"] + indented
    case .mapOverList where inner[0].hasPrefix("- "): return (hasSibling ? ["s: 1"] : []) + ["k:"] + inner
    default: return (hasSibling ? ["s: 1"] : []) + ["k:"] + indented
    }
  }

  static func flow(_ levels: ArraySlice<Level>) -> String {
    guard let (style, hasSibling) = levels.first else { return "x" }
    let inner = flow(levels.dropFirst())
    switch style {
    case .flowMap: return "{" + (hasSibling ? "s: 1, " : "") + "k: " + inner + "}"
    case .flowPair: return "[" + (hasSibling ? "s, " : "") + "k: " + inner + "]"
    default: return "[" + (hasSibling ? "s, " : "") + inner + "]"
    }
  }

  /// How deep lists and mappings nest in a loaded value.
  static func depth(_ value: Any?) -> Int {
    if let list = value as? [Any] { return 1 + (list.map(depth).max() ?? 0) }
    if let map = value as? [String: Any] { return 1 + (map.values.map(depth).max() ?? 0) }
    return 0
  }

  @Test func `the limit is exact for every way of nesting`() throws {
    var misjudged: [String] = []
    for chain in Self.chains(3) {
      let lines = Self.block(chain[...])
      // The same levels as a whole document, and under a key as in front matter.
      for document in [lines, ["title: T", "tags:"] + lines.map { "  " + $0 }].map({ $0.joined(separator: "\n") }) {
        let depth = Self.depth(try SafeYAML.load(document, nestingLimit: 1_000))
        let isRefusedAtDepth = (try? SafeYAML.load(document, nestingLimit: depth)) == nil
        let isRefusedBelow = (try? SafeYAML.load(document, nestingLimit: depth - 1)) == nil
        if isRefusedAtDepth || !isRefusedBelow { misjudged.append(document) }
      }
    }
    #expect(Self.chains(3).count == 1_400)  // 6³ + 8·6² + 8²·6 + 8³
    #expect(misjudged.isEmpty, "misjudged:\n\(misjudged.prefix(3).joined(separator: "\n---\n"))")
  }

  @Test func `an alias counts as deep as the value it names`() throws {
    // Each anchor holds the previous one three levels down: 2 + 3 × 3 levels in all.
    let yaml = """
      a: &a [[x]]
      b: &b [[[*a]]]
      c: &c [[[*b]]]
      d: [[[*c]]]
      """
    #expect(Self.depth(try SafeYAML.load(yaml, nestingLimit: 12)) == 12)
    let error = #expect(throws: SafeYAML.NestedTooDeep.self) { try SafeYAML.load(yaml, nestingLimit: 11) }
    #expect(error?.description == "lists and mappings on line 4 nest deeper than 11 levels")
  }

  @Test func `the chains really nest as deep as they are built`() throws {
    let deepest: [Level] = Array(repeating: (.flowPair, true), count: 3)
    #expect(Self.depth(try SafeYAML.load(Self.flow(deepest[...]), nestingLimit: 1_000)) == 6)
    let mixed: [Level] = [(.mapOverList, true), (.compactList, false), (.compactList, true), (.indentedMap, true), (.flowMap, false)]
    #expect(Self.block(mixed[...]) == ["s: 1", "k:", "- - s", "  - s: 1", "    k:", "      {k: x}"])
    #expect(Self.depth(try SafeYAML.load(Self.block(mixed[...]).joined(separator: "\n"), nestingLimit: 1_000)) == 5)
  }

  @Test func `empty and comment-only documents load as nothing`() throws {
    for document in ["", "\n", "# only a comment\n"] {
      #expect(try SafeYAML.load(document, nestingLimit: 1) == nil)
    }
  }

  @Test func `real front matter stays far below the limit`() throws {
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/hugo")
    let pages = FileManager.default.enumerator(atPath: fixtures.path)?.compactMap { $0 as? String }
      .filter { $0.hasSuffix("/index.md") }.sorted() ?? []
    #expect(pages.count == 103)
    var read = 0
    for page in pages {
      let text = try String(contentsOf: fixtures.appendingPathComponent(page), encoding: .utf8)
      let parts = text.components(separatedBy: "\n---")
      guard text.hasPrefix("---"), parts.count > 1 else { continue }
      do {
        _ = try SafeYAML.load(String(parts[0].dropFirst(3)), nestingLimit: 20)
        read += 1
      } catch let error as SafeYAML.NestedTooDeep {
        Issue.record("\(page): \(error)")
      } catch {}
    }
    #expect(read > 80)
  }

  @Test func `errors give the document line and what is wrong, without Yams' prefix`() {
    func problem(_ yaml: String) -> SafeYAML.Problem? {
      do { _ = try SafeYAML.load(yaml) } catch { return SafeYAML.problem(error) }
      return nil
    }
    #expect(problem("a: 1\nb: *nowhere\n") == .init(line: 2, message: "found undefined alias"))
    #expect(problem("a: 1\nb: \"\u{1}\"\n") == .init(line: 2, message: "control characters are not allowed"))
    #expect(problem("a: 1\n? [x]: y\n") == .init(line: 2, message: "a mapping key is not text"))
    #expect(problem("a:\n  - " + String(repeating: "[", count: 300) + "\n") == .init(line: 2, message: "lists and mappings nest deeper than 200 levels"))
    #expect(problem("a: b\n") == nil)
  }

  /// Yams traps on a base-60 integer past `Int.max` (found by the Hugo fuzz target); `int` reads
  /// every form Yams reads and gives nil instead.
  @Test func `integers are read as Yams reads them and never trap`() throws {
    func int(_ yaml: String) throws -> Int? { try SafeYAML.compose(yaml).flatMap(SafeYAML.int) }
    #expect(try int("42") == 42)
    #expect(try int("0x2A") == 42)
    #expect(try int("0o52") == 42)
    #expect(try int("1_000") == 1_000)
    #expect(try int("190:20:30") == 685_230)
    #expect(try int("-1:30") == -90)
    #expect(try int("+1:30") == 90)
    #expect(try int("153722867280912930:7") == Int.max)
    #expect(try int("153722867280912930:8") == nil)
    #expect(try int("1:0:0:0:0:0:0:0:0:0:0:0") == nil)
    #expect(try int("507443294629811890:8") == nil)  // the fuzzer's input, reduced
    #expect(try int("99999999999999999999") == nil)
    #expect(try int("\"1:30\"") == nil)
    #expect(try int("1:30 pm") == nil)
    // Loaded, a number too large stays text at every depth.
    let document = try SafeYAML.load("a: 1:0:0:0:0:0:0:0:0:0:0:0\nb: [1:30, 2]\nc: {d: 190:20:30}\n") as? [String: Any]
    #expect(document?["a"] as? String == "1:0:0:0:0:0:0:0:0:0:0:0")
    #expect(document?["b"] as? [Int] == [90, 2])
    #expect((document?["c"] as? [String: Any])?["d"] as? Int == 685_230)
  }
}
