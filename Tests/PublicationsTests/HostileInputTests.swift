import Foundation
import Testing
@testable import Publications

/// Broken and hostile pages: each keeps every good entry and reports the rest.
@Suite struct HostileInputTests {
  static let good = "- `CVPR 2020` [A Good Paper Title Here](u), **Ann Lee**, Bob Smith\n"

  @Test func `a one megabyte line is skipped with a warning and the rest is read`() {
    let long = "- `ICLR 2021` [" + String(repeating: "word ", count: 200_000) + "](u), **Ann Lee**\n"
    let result = read("# Publications\n" + Self.good + long + Self.good.replacingOccurrences(of: "Good", with: "Second"))
    #expect(result.publications.map(\.title) == ["A Good Paper Title Here", "A Second Paper Title Here"])
    #expect(warnings(result) == ["page.md:3: warning: entry of 1000030 characters is too long to be a publication; skipped"])
  }

  @Test func `a reference line of thousands of with clauses does not stop the reader`() {
    let clauses = String(repeating: "(with A B C D E, ", count: 3_000) + ") Title, Journal of Examples, 2020."
    let result = ReferenceListReader().read(clauses + "\nAnn Lee, Bob Smith. A Second Good Paper Title. Journal of Examples, 2021.\n", file: "refs.txt")
    #expect(result.publications.last?.title == "A Second Good Paper Title")
    let page = read("# Publications\n- " + clauses + "\n" + Self.good)
    #expect(page.publications.last?.title == "A Good Paper Title Here")
  }

  @Test func `a reference longer than any reference is skipped with a warning`() {
    let long = String(repeating: "(with A B C D E, ", count: 6_000) + ") Title, Journal of Examples, 2020."
    let result = ReferenceListReader().read(long + "\nAnn Lee, Bob Smith. A Second Good Paper Title. Journal of Examples, 2021.\n", file: "refs.txt")
    #expect(result.publications.map(\.title) == ["A Second Good Paper Title"])
    #expect(warnings(result) == ["refs.txt:1: warning: entry of 102035 characters is too long to be a publication; skipped"])
  }

  @Test func `a million unmatched brackets and stars do not stop the reader`() {
    let junk = String(repeating: "x[(", count: 20_000) + "\n- " + String(repeating: "*", count: 50_000) + "\n"
    let result = read("# Publications\n" + junk + Self.good)
    #expect(result.publications.map(\.title) == ["A Good Paper Title Here"])
  }

  @Test func `unclosed and deeply nested tags keep the good entries`() {
    let nested = String(repeating: "<div>", count: 10_000) + "\n"
    let result = read("# Publications\n" + Self.good + "<span><a href=\"x\n" + nested + Self.good)
    #expect(result.publications.first?.title == "A Good Paper Title Here")
  }

  @Test func `entries after ten thousand nested divs are still read, with a warning at the depth`() {
    let nested = String(repeating: "<div>", count: 10_000) + "deep text" + String(repeating: "</div>", count: 10_000)
    let page = "# Publications\n" + Self.good + "\n" + nested + "\n\n- `ICML 2022` [Another Good Paper After](u), **Ann Lee**\n"
    let result = read(page)
    #expect(result.publications.map(\.title) == ["A Good Paper Title Here", "Another Good Paper After"])
    #expect(warnings(result).contains(
      "page.md:4: warning: HTML tags nested deeper than 200 levels from here; the deeper tags are ignored, their text is kept"))
  }

  @Test func `the nesting limit is the reader's to set`() {
    var reader = HomepageReader()
    reader.limits.nestingDepth = 3
    let page = "# Publications\n<div><div><div><div><div>x</div></div></div></div></div>\n" + Self.good
    let result = reader.read(page, file: "page.md")
    #expect(result.publications.count == 1)
    #expect(warnings(result).first?.hasPrefix("page.md:2: warning: HTML tags nested deeper than 3 levels") == true)
  }

  @Test func `author lists beyond the limit are cut and marked`() {
    let authors = (1...30).map { "Author\($0) Person" }.joined(separator: " and ")
    let bib = "@article{big, title={A Large Collaboration}, author={\(authors)}, journal={Nature}, year=2020}"
    var result = BibTeXReader().read([.init(name: "big.bib", text: bib)])
    ReadingPolicy(authorLimit: 10).apply(to: &result)
    #expect(result.publications.first?.authors.count == 10)
    #expect(result.publications.first?.isAuthorListTruncated == true)
    #expect(result.diagnostics.map(\.description) == ["big.bib:1: warning: entry lists 30 authors, more than the limit of 10; the first 10 are kept"])
  }

  /// The second input libFuzzer found: flow mappings nested thousands deep overflowed Yams' stack.
  @Test func `front matter nested thousands deep is skipped with its line, not a crash`() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/fuzz/hugo-deep-flow.md")
    let text = TextDecoder.decode([UInt8](try Data(contentsOf: url))).text
    let result = HugoReader(authorNames: [:]).read([ReaderInput(name: "index.md", text: text)])
    #expect(result.publications.isEmpty)
    #expect(result.diagnostics.map(\.description).contains { $0.contains("nest deeper than 200 levels") })
    let deep = "---\ntitle: T\ntags: " + String(repeating: "[", count: 5_000) + "\n---\n"
    #expect(HugoReader().read([ReaderInput(name: "a.md", text: deep)]).diagnostics.map(\.description) == [
      "a.md:3: warning: front matter is not valid YAML (lists and mappings nest deeper than 200 levels)"
    ])
  }

  /// The third input libFuzzer found (session 7): a YAML 1.1 base-60 integer of twelve parts
  /// (`1:0:0:…`) made Yams multiply past `Int.max` and trap.
  @Test func `a base-60 number too large for an integer is kept as text, not a crash`() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/fuzz/hugo-sexagesimal-overflow.md")
    let text = TextDecoder.decode([UInt8](try Data(contentsOf: url))).text
    let result = HugoReader(authorNames: [:]).read([ReaderInput(name: "index.md", text: text)])
    #expect(result.publications.isEmpty)
    #expect(result.diagnostics.map(\.description) == ["index.md:2: warning: entry 'index.md' has no title; skipped"])
    let page = "---\ntitle: A Paper About Things\nauthors: [Ann Lee]\npublication: Nature\ndate: 2021-01-01\nweight: 1:0:0:0:0:0:0:0:0:0:0:0\nx: [9999999999999999:59]\n---\n"
    let kept = HugoReader().read([ReaderInput(name: "a.md", text: page)])
    #expect(kept.publications.map(\.title) == ["A Paper About Things"])
    #expect(kept.publications.map(\.year) == [2021])
    #expect(kept.diagnostics.isEmpty)
  }

  /// Found after the flow form by reading Yams' parser: block lists and mappings recurse too.
  @Test func `front matter with block lists and mappings nested thousands deep is skipped, not a crash`() {
    let list = "---\ntitle: T\ntags:\n  " + String(repeating: "- ", count: 20_000) + "x\n---\n"
    // Mappings nest only by indentation, so this one is 2 MB for 2,000 levels.
    let map = "---\ntitle: T\n" + (0..<2_000).map { String(repeating: " ", count: $0) + "k:\n" }.joined() + "---\n"
    let good = "---\ntitle: Kept Paper\nauthors: [Ann Lee]\npublication: Nature\ndate: 2020-01-01\n---\n"
    let result = HugoReader().read([
      ReaderInput(name: "list.md", text: list), ReaderInput(name: "map.md", text: map), ReaderInput(name: "good.md", text: good),
    ])
    #expect(result.publications.map(\.title) == ["Kept Paper"])
    #expect(result.diagnostics.map(\.description) == [
      "list.md:4: warning: front matter is not valid YAML (lists and mappings nest deeper than 200 levels)",
      "map.md:203: warning: front matter is not valid YAML (lists and mappings nest deeper than 200 levels)",
    ])
  }

  /// Found by reading the macro resolver: 100 kB of doubling @strings asked for 3 GB and died.
  @Test func `doubling @strings stop at a budget the size of the input, and the rest is read`() throws {
    let text = "@string{s0 = \"" + String(repeating: "x", count: 10_000) + "\"}\n"
      + (1...15).map { "@string{s\($0) = s\($0 - 1) # s\($0 - 1)}\n" }.joined()
      + "@article{bomb, title = s15, author = {Ann Lee}, year = 2020}\n"
      + "@article{kept, title = {Kept}, author = {Ann Lee}, year = 2021}\n"
    let result = BibTeXReader().read([.init(name: "bomb.bib", text: text)])
    #expect(result.publications.map(\.id) == ["bomb", "kept"])
    // 2¹⁵ copies of s0 would be 328 MB; the budget is the input plus 1 MiB.
    let budget = text.utf8.count + 1_048_576
    #expect(result.publications[0].title.utf8.count < budget + 10_100)
    #expect(result.diagnostics.map(\.description) == [
      "bomb.bib:17: warning: entry 'bomb': @strings expand to more than \(budget) bytes in all, more than the input holds; from here on they are kept as words"
    ])
  }

  /// A plain @string used over and over spends the budget too, entry by entry in file order,
  /// whichever thread reads the entry.
  @Test func `a plain @string used past the budget is kept as its word from where the budget ran out`() throws {
    // 10 uses of 200,000 bytes, each charged 200,001; the budget (about 1.25 MB: the input and
    // 1 MiB) lets 7 expand: the 7th starts with budget left and overdraws it.
    let text = "@string{big = {" + String(repeating: "y", count: 200_000) + "}}\n"
      + (1...10).map { "@article{a\($0), title = {Paper \($0): } # big, author = {Ann Lee}, year = 2020}\n" }.joined()
    let result = BibTeXReader().read([.init(name: "big.bib", text: text)])
    #expect(result.publications.map { $0.title.utf8.count > 200_000 } == Array(repeating: true, count: 7) + [false, false, false])
    #expect(result.publications[7].title.prefix(40) == "Paper 8: big")
    let budget = text.utf8.count + 1_048_576
    #expect(result.diagnostics.map(\.description) == [
      "big.bib:9: warning: entry 'a8': @strings expand to more than \(budget) bytes in all, more than the input holds; from here on they are kept as words"
    ])
  }

  @Test func `an @string defined through itself is kept as a word`() {
    let result = BibTeXReader().read([.init(name: "self.bib", text: "@string{me = me # \"x\"}\n@article{a, title = {T}, journal = me, year = 2020}\n")])
    #expect(result.publications.map(\.id) == ["a"])
    #expect(result.diagnostics.map(\.description) == [
      "self.bib:2: warning: entry 'a' uses @string 'me', which nests @strings deeper than 16 levels or refers to itself; kept as the word 'me'"
    ])
  }

  /// The input libFuzzer found: Yams force-unwraps a mapping key that is not text.
  @Test func `front matter with a key that is not text is skipped, not a crash`() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/fuzz/hugo-nontext-key.md")
    let text = TextDecoder.decode([UInt8](try Data(contentsOf: url))).text
    let result = HugoReader(authorNames: [:]).read([ReaderInput(name: "index.md", text: text)])
    #expect(result.publications.isEmpty)
    #expect(result.diagnostics.map(\.description).contains { $0.contains("not valid YAML") && $0.contains("is not text") })
    let small = HugoReader().read([ReaderInput(name: "a.md", text: "---\ntitle: T\n? [x]: y\n---\n")])
    #expect(small.diagnostics.map(\.description) == [
      "a.md:3: warning: front matter is not valid YAML (a mapping key is not text)"
    ])
  }

  @Test func `nul bytes and invalid utf8 are reported and the entry is kept`() {
    let bytes = Array("# Publications\n- `CVPR 2020` [A Good Paper\u{0} Title Here](u), **Ann Lee**, Bob\n".utf8)
      + [0xFF, 0xFE, 0xC3, 0x28, 0x0A]
    let decoded = TextDecoder.decode(bytes)
    let result = HomepageReader().read(decoded.text, file: "page.md")
    #expect(result.publications.map(\.title) == ["A Good Paper Title Here"])
    #expect(decoded.problems.map(\.message) == [.invalidUTF8(count: 3), .nulBytes(count: 1)])
  }

  @Test func `text past libxml2's ten megabytes is read whole`() {
    // A section of Markdown list items is one text node; libxml2 cut it at 10 MB.
    let filler = String(repeating: "- a line of a long list of items\n", count: 340_000)
    let nodes = HTMLParser.parse(filler + "<b>the end</b>\n")
    let text = nodes.map(\.textContent).joined()
    #expect(text.utf8.count > 11_000_000)
    #expect(text.hasSuffix("the end\n"))
  }

  /// Found by the homepage fuzz target (session 32): a link whose text runs past its line, in an
  /// item with a venue badge, read past the line's end.
  @Test func `a link running past its line is read, not a crash`() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/fuzz/homepage-link-past-line.md")
    let text = TextDecoder.decode([UInt8](try Data(contentsOf: url))).text
    let result = HomepageReader().read([ReaderInput(name: "page.md", text: text)])
    #expect(result.publications.isEmpty)
    #expect(result.diagnostics.map(\.description).contains(
      "page.md:13: warning: list item in a publication section has no recognisable title; skipped"))
  }
}
