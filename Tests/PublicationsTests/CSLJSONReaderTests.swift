import Foundation
import Testing
@testable import Publications

@Suite struct CSLJSONReaderTests {
  @Test func `items give title authors year and venue`() throws {
    let result = CSLJSONReader().read(
      """
      [
        {"id": "a1", "type": "paper-conference", "title": "A Conference Paper",
         "author": [{"family": "Lee", "given": "Ann"}, {"literal": "Google Research"}, {"family": "Gogh", "given": "Vincent", "non-dropping-particle": "van"}],
         "issued": {"date-parts": [[2021, 6]]}, "container-title": "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition"},
        {"id": "a2", "type": "article-journal", "title": "A Journal Article", "issued": {"raw": "2019"}, "container-title": "Journal of Foo Studies"},
        {"id": "a3", "type": "article", "author": [{"family": "Lee", "given": "Ann"}]}
      ]
      """, file: "refs.json")
    #expect(result.publications.map(\.id) == ["a1", "a2"])
    #expect(result.publications[0].authors.map(\.name) == ["Ann Lee", "Google Research", "Vincent van Gogh"])
    #expect(result.publications.map(\.year) == [2021, 2019])
    #expect(result.publications.map { $0.venue?.name } == ["CVPR", "Journal of Foo Studies"])
    #expect(result.publications.map { $0.venue?.kind } == [.conference, .journal])
    #expect(result.diagnostics.map(\.description) == ["refs.json:6: warning: entry 'a3' has no title; skipped"])
  }

  @Test func `a damaged array keeps its good items and names the damaged ones`() {
    let result = CSLJSONReader().read(
      """
      [
        {"id": "a1", "title": "First Paper", "issued": {"date-parts": [[2020]]}},
        {"id": "a2", "title": "Broken "quote" Paper"},
        {"id": "a3", "title": "Huge Year", "issued": {"date-parts": [[1e999]]}},
        {"id": "a4", "title": "Fourth Paper", "issued": {"date-parts": [[2021]]}},
        {"id": "a5", "title": "Cut Short
      """, file: "refs.json")
    #expect(result.publications.map(\.title) == ["First Paper", "Fourth Paper"])
    #expect(result.diagnostics.map(\.description) == [
      "refs.json:3: warning: item is not valid JSON (invalid value); skipped, the other items are read",
      "refs.json:4: warning: item is not valid JSON (number 1e999 is not representable in Swift); skipped, the other items are read",
      "refs.json:6: warning: item is not closed before the end of the file; skipped",
    ])
  }

  @Test func `a stray quote in a pretty-printed file costs only its item`() {
    let result = CSLJSONReader().read(
      """
      [
        {
          "id": "a",
          "title": "Stray " Quote"
        },
        {
          "id": "b",
          "title": "Kept"
        }
      ]
      """, file: "refs.json")
    #expect(result.publications.map(\.title) == ["Kept"])
    #expect(result.diagnostics.map(\.description) == ["refs.json:4: warning: item is not valid JSON (invalid value); skipped, the other items are read"])
  }

  @Test func `items missing a comma or with a stray brace between them are all read, with a warning`() {
    let result = CSLJSONReader().read("\n[\n{\"id\": \"a\", \"title\": \"One\"}\n{\"id\": \"b\", \"title\": \"Two\"}},\n{\"id\": \"c\", \"title\": \"Three\"}\n]", file: "refs.json")
    #expect(result.publications.map(\.title) == ["One", "Two", "Three"])
    #expect(result.diagnostics.map(\.description) == ["refs.json:4: warning: is not valid JSON between items (invalid value); every item was read by itself"])
  }

  @Test func `a file that is not json at all is one warning`() {
    let result = CSLJSONReader().read("title: not json\n", file: "bad.json")
    #expect(result.publications.isEmpty)
    #expect(result.diagnostics.map(\.description) == ["bad.json:1: warning: is not valid JSON (invalid value); expected a CSL-JSON array of items"])
  }

  @Test(arguments: [
    "0xtob-0xtob.github.io", "20001LastOrder-boqi-chen.github.io", "25sal-25sal", "3c-lab-3c-lab.github.io",
    "42Shawn-42Shawn.github.io", "594zyc-594zyc.github.io",
  ])
  func `csl json made by pandoc gives the same publications as the bibtex`(_ name: String) throws {
    let fixtures = HomepageCorpusTests.fixtures
    let bib = TextDecoder.decode([UInt8](try Data(contentsOf: fixtures.appendingPathComponent("bibtex/\(name).bib")))).text
    let json = try String(contentsOf: fixtures.appendingPathComponent("csljson/\(name).json"), encoding: .utf8)
    let fromBibTeX = BibTeXReader().read([.init(name: "\(name).bib", text: bib)]).publications
    let fromCSL = CSLJSONReader().read(json, file: "\(name).json").publications
    #expect(fromCSL.map(\.id) == fromBibTeX.map(\.id))
    #expect(fromCSL.map(\.year) == fromBibTeX.map(\.year))
    // pandoc writes titles in sentence case; the papers are the same.
    #expect(fromCSL.map(\.titleKey) == fromBibTeX.map(\.titleKey))
    #expect(fromCSL.map(\.authors.count) == fromBibTeX.map(\.authors.count))
  }
}
