import Foundation
import Testing
@testable import Publications

/// Which reader reads a text, and what every format shares after reading.
@Suite struct ReaderRegistryTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var path: String
    var format: InputFormat
    var testDescription: String { "\(path) → \(format)" }
  }

  static let cases = [
    Case(text: "[{\"title\": \"T\"}]", path: "refs.json", format: CSLJSONReader.format),
    Case(text: "  {\n \"items\": []}", path: "-", format: CSLJSONReader.format),
    Case(text: "@article{k, title = {T}}\n", path: "refs.txt", format: BibTeXReader.format),
    Case(text: "% a comment only\n", path: "refs.bib", format: BibTeXReader.format),
    Case(text: "# Publications\n- **T**. A. Lee. CVPR 2020.\n", path: "about.md", format: HomepageReader.format),
    // A homepage that quotes a BibTeX entry is still a homepage: its headings outnumber the entries.
    Case(text: "# Publications\n## 2020\n```\n@article{k,\n```\n", path: "about.md", format: HomepageReader.format),
  ]

  @Test(arguments: cases)
  func `the most sure reader reads a text`(_ example: Case) {
    #expect(ReaderRegistry.reader(for: example.text, path: example.path).format == example.format)
  }

  @Test func `every reader is registered once under its own format`() {
    let formats = ReaderRegistry.standard.map { $0.format }
    #expect(Set(formats).count == formats.count)
    #expect(formats.allSatisfy { ReaderRegistry.reader(named: $0)?.format == $0 })
  }

  @Test func `a thesis from any reader becomes a note`() {
    var result = CSLJSONReader().read(
      """
      [{"id": "t", "type": "thesis", "title": "My Thesis", "issued": {"date-parts": [[2020]]}},
       {"id": "p", "type": "article-journal", "title": "A Paper", "container-title": "Nature", "issued": {"date-parts": [[2021]]}}]
      """, file: "refs.json")
    #expect(result.publications.count == 2)
    ReadingPolicy().apply(to: &result)
    #expect(result.publications.map(\.id) == ["p"])
    #expect(result.diagnostics.map(\.description) == [
      "refs.json:1: note: \"My Thesis\" is a thesis; not counted as a publication"
    ])
  }

  @Test func `a Hugo page whose citation is a thesis is not counted`() {
    var page = ReaderInput(
      name: "content/publication/t/index.md",
      text: "---\ntitle: Charting the Landscape\nauthors: [admin]\ndate: '2023-09-13'\npublication_types: [thesis]\n---\n")
    page.companions["cite.bib"] = "@phdthesis{t, title = {Charting the Landscape}, author = {Binxu Wang}, school = {Harvard}, year = 2023}"
    var result = HugoReader().read([page])
    ReadingPolicy().apply(to: &result)
    #expect(result.publications.isEmpty)
    #expect(result.diagnostics.map(\.severity) == [.note])
  }

  @Test func `a site that gives nothing is named by its folder`() {
    let pages = [
      ReaderInput(name: "site/content/publication/a/index.md", text: "no front matter", origin: "site"),
      ReaderInput(name: "other/content/publication/b/index.md", text: "---\ntitle: B\n---\n", origin: "other"),
    ]
    #expect(HugoReader().read(pages).inputsWithoutPublications == ["site"])
  }
}

/// Every service export in `Tests/Fixtures/exports` is read by its own reader, as the command
/// picks it from the content alone.
@Suite struct ExportDetectionTests {
  static let expected: [(file: String, format: InputFormat)] = [
    ("dblp-records-vision2014.xml", DBLPReader.format), ("sample-dblp-person.xml", DBLPReader.format),
    ("openalex-work-W2492449078.json", OpenAlexReader.format), ("sample-openalex.json", OpenAlexReader.format),
    ("orcid-record-daguiam.json", ORCIDReader.format), ("orcid-record-3.0-sample.xml", ORCIDReader.format),
    ("orcid-works-3.0-sample.xml", ORCIDReader.format), ("sample-orcid-record.json", ORCIDReader.format),
    ("sample-zotero.ris", RISReader.format), ("scopus-bibx.ris", RISReader.format),
    ("webofscience-rispy.txt", RISReader.format),
  ]

  @Test(arguments: expected.map(\.file))
  func `each export is read by its reader`(file: String) throws {
    let text = try exportText(file)
    let format = try #require(Self.expected.first { $0.file == file }?.format)
    // NB: the neutral name hides the extension, as for standard input.
    #expect(ReaderRegistry.reader(for: text, path: "-").format == format)
  }
}
