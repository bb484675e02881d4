import Foundation
import Testing
@testable import Publications

private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Fixtures")

private func text(_ path: String) throws -> String {
  try String(contentsOf: fixtures.appendingPathComponent(path), encoding: .utf8)
}

@Suite struct OpenAlexReaderTests {
  @Test func `a real work gives venue year authors institutions citations and abstract`() throws {
    let result = OpenAlexReader().read(try exportText("openalex-work-W2492449078.json"), file: "work.json")
    #expect(result.diagnostics.isEmpty)
    let work = try #require(result.publications.first)
    #expect(work.id == "W2492449078")
    #expect(work.title == "Are School Committees a Source of Empowerment? Insights from Tanzania")
    #expect(work.year == 2016)
    #expect(work.venue == Venue(name: "International Journal of Public Administration", kind: .journal))
    #expect(work.authors.map(\.name) == ["Orest Sebastian Masue", "Steinar Askvik"])
    #expect(work.authors.map(\.institutions) == [
      [Institution(name: "Mzumbe University", countryCode: "TZ")], [Institution(name: "University of Bergen", countryCode: "NO")],
    ])
    #expect(work.citations?.total == 6)
    #expect(work.citations?.byYear.map(\.year) == [2017, 2021, 2022, 2023, 2024])
    #expect(work.abstract?.hasPrefix("Studies on user committees often critique the claim") == true)
    #expect(work.abstract?.hasSuffix("expose members to critical information on school issues.") == true)
    #expect(work.links.paper == "https://doi.org/10.1080/01900692.2016.1201839")
  }

  @Test func `an API results page gives each work at its line and notes a dataset`() throws {
    let result = OpenAlexReader().read(try exportText("sample-openalex.json"), file: "works.json")
    #expect(result.publications.map(\.title) == [
      "Diffusion Model is Effectively Its Own Teacher", "DepGraph: Towards Any Structural Pruning",
      "Structural Pruning for Diffusion Models",
    ])
    #expect(result.publications.map(\.source.line) == [10, 189, 362])
    #expect(result.publications.map { $0.venue?.name } == ["CVPR", "CVPR", "arXiv"])
    #expect(result.publications.map { $0.citations?.total } == [3, 412, 96])
    #expect(result.diagnostics.map(\.description) == [
      "works.json:501: note: \"Torch-Pruning: towards any structural pruning\" is a dataset; not counted as a publication"
    ])
  }

  @Test func `JSON Lines keep their good lines and name the bad one`() {
    let result = OpenAlexReader().read(
      """
      {"id": "https://openalex.org/W1", "title": "First", "publication_year": 2020}
      {"id": "https://openalex.org/W2", "title": "Second", "publication_year": 2021
      {"id": "https://openalex.org/W3", "title": null, "publication_year": 1400}
      {"id": "https://openalex.org/W4", "title": "Fourth", "publication_year": 2022, "type": "dissertation"}
      """, file: "works.jsonl")
    #expect(result.publications.map(\.title) == ["First", "Fourth"])
    #expect(result.publications.map(\.source.line) == [1, 4])
    #expect(result.publications.last?.venue?.kind == .thesis)
    #expect(result.diagnostics.map(\.description).count == 2)
    #expect(result.diagnostics.map(\.description).last == "works.jsonl:3: warning: entry 'W3' has no title; skipped")
    #expect(result.diagnostics.first?.description.hasPrefix("works.jsonl:2: warning: line is not valid JSON") == true)
  }

  @Test func `a results page cut short keeps its whole works`() throws {
    let page = try exportText("sample-openalex.json")
    let cut = String(page.split(separator: "\n", omittingEmptySubsequences: false).prefix(400).joined(separator: "\n"))
    let result = OpenAlexReader().read(cut, file: "works.json")
    #expect(result.publications.map(\.title) == ["Diffusion Model is Effectively Its Own Teacher", "DepGraph: Towards Any Structural Pruning"])
    #expect(result.publications.map(\.source.line) == [9, 188])
    #expect(result.diagnostics.map(\.description).count == 2)
    #expect(result.diagnostics.first?.description.hasPrefix("works.json:400: warning: is not valid JSON (unexpected end of file") == true)
    #expect(result.diagnostics.last?.description == "works.json:361: warning: item is not closed before the end of the file; skipped")
  }

  @Test func `an OpenAlex error response is named`() {
    let result = OpenAlexReader().read(
      "{\"error\": \"Invalid query parameters error.\", \"message\": \"author.id is not a valid filter\"}", file: "works.json")
    #expect(result.publications.isEmpty)
    #expect(result.diagnostics.map(\.description) == [
      "works.json:1: warning: is an OpenAlex error response (Invalid query parameters error.: author.id is not a valid filter), not works; download the works again"
    ])
  }

  @Test func `OpenAlex's source names give the usual venue names and kinds`() {
    let sources: [(name: String, type: String, raw: String?)] = [
      ("Proceedings of the AAAI Conference on Artificial Intelligence", "conference", nil),
      ("Lecture notes in computer science", "book series", "Computer Vision – ECCV 2022"),
      ("Neural Information Processing Systems", "conference", nil),
      ("arXiv (Cornell University)", "repository", nil), ("Research Square (Research Square)", "repository", nil),
      ("Communications in computer and information science", "book series", nil),
      ("IEEE Transactions on Pattern Analysis and Machine Intelligence", "journal", nil),
    ]
    let works = sources.enumerated().map { index, source in
      let raw = source.raw.map { ", \"raw_source_name\": \"\($0)\"" } ?? ""
      return "{\"id\": \"https://openalex.org/W\(index + 1)\", \"title\": \"Paper \(index)\", \"publication_year\": 2022, "
        + "\"primary_location\": {\"source\": {\"display_name\": \"\(source.name)\", \"type\": \"\(source.type)\"}\(raw)}}"
    }
    let result = OpenAlexReader().read("[" + works.joined(separator: ",\n") + "]", file: "works.json")
    #expect(result.publications.map { $0.venue?.name } == [
      "AAAI", "ECCV", "NeurIPS", "arXiv", "Research Square", "Communications in Computer and Information Science", "TPAMI",
    ])
    #expect(result.publications.map { $0.venue?.kind } == [.conference, .conference, .conference, .preprint, .preprint, .other, .journal])
  }

  @Test func `OpenAlex JSON is told from CSL-JSON by its ids`() throws {
    let works = try exportText("sample-openalex.json")
    #expect(ReaderRegistry.reader(for: works, path: "works.json").format == OpenAlexReader.format)
    #expect(ReaderRegistry.reader(for: "[{\"id\": \"a\", \"title\": \"X\"}]", path: "refs.json").format == CSLJSONReader.format)
  }

  /// Fernando Muro's works as OpenAlex gives them (65, filtered by his ORCID), read work by work
  /// by hand: preprint, repository and journal versions of one paper are separate works.
  @Test func `a researcher's whole OpenAlex page: each work, and each paper once`() throws {
    let result = OpenAlexReader().read(try exportText("fmuro-openalex-works.json"), file: "works.json")
    // The erratum is named, not counted.
    #expect(result.publications.count == 64)
    #expect(result.diagnostics.filter { $0.severity == .note }.map(\.description) == [
      "works.json:26468: note: \"Correction to the articles “Homotopy theory ofnonsymmetric operads”, I–II\" is an erratum; not counted as a publication"
    ])
    let byLine = Dictionary(uniqueKeysWithValues: result.publications.map { ($0.source.line, $0) })
    // The publisher's TeX is written out; a name OpenAlex gives family first is turned round.
    #expect(byLine[5096]?.title == "On determinant functors and K-theory")
    #expect(byLine[28700]?.authors.map(\.name) == ["Hans Joachim Bauer", "Fernando Muro"])
    // A society's proceedings is its journal.
    #expect(byLine[18125]?.venue == Venue(name: "Proceedings of the Royal Society of Edinburgh. Section A. Mathematics", kind: .journal))
    #expect(byLine[22205]?.venue == Venue(name: "Proceedings of the London Mathematical Society", kind: .journal))
    // A conference paper in a book series is a conference paper.
    #expect(byLine[4572]?.venue == Venue(name: "Abel Symposia", kind: .conference))
    #expect(byLine[18125]?.authors.first?.institutions == [Institution(name: "Universidad de Sevilla", countryCode: "ES")])

    let (papers, pairs) = DuplicateMerger.merge(result.publications)
    #expect(papers.count == 47)
    #expect(pairs.count == 17)
    // arXiv 2022, twice, and the Journal of the AMS in 2026: one paper, filed under the journal.
    let correspondence = papers.filter { $0.titleKey == Publication.titleKey(of: "The derived Auslander-Iyama correspondence") }
    #expect(correspondence.map { $0.venue?.name } == ["Journal of the American Mathematical Society"])
    #expect(correspondence.map(\.year) == [2026])
    // "$A_{\infty}$" and "A-infinity": one paper, preprint 2015 and journal 2019.
    #expect(papers.filter { $0.title.hasPrefix("Enhanced A") }.map(\.year) == [2019])
    // The repository copy has the larger count.
    #expect(papers.first { $0.title == "Dwyer-Kan homotopy theory of enriched categories" }?.citations?.total == 17)
  }

  @Test func `a mathematician's zbMATH BibTeX and OpenAlex works merge into one list`() throws {
    var bib = BibTeXReader().read([.init(name: "zbmath.bib", text: try exportText("fmuro-zbmath.bib"))])
    ReadingPolicy().apply(to: &bib)
    let works = OpenAlexReader().read(try exportText("fmuro-openalex-works.json"), file: "works.json")
    let (papers, _) = DuplicateMerger.merge(bib.publications + works.publications)
    // The BibTeX file's 46 papers stay, and lists itself a preprint and its journal version.
    #expect(papers.filter { $0.source.file == "zbmath.bib" }.count == 45)
    // What OpenAlex adds, read by hand: an old preprint, three of 2025, and a namesake's article
    // in a film magazine (OpenAlex's attribution). "On K_1 of a Waldhausen category", filed by
    // OpenAlex under its book series, is the BibTeX file's chapter in that series' volume.
    #expect(papers.filter { $0.source.file == "works.json" }.map(\.title) == [
      "Secondary algebras associated to ring spectra", "Obstruction theory for A-infinity bimodules",
      "Minimal A_∞-algebras of endomorphisms: The case of dZ-cluster tilting objects",
      "The Derived Auslander--Iyama Correspondence II: Bimodule Calabi--Yau Structures",
      "HDCAM SR. Un formato con mucha vida por delante",
    ])
    #expect(papers.first { $0.title == "Homotopy units in A-infinity algebras" }?.year == 2016)
    #expect(papers.first { $0.title == "Smash products for secondary homotopy groups" }?.venue?.name == "Applied Categorical Structures")
  }

  @Test func `a homepage and the same person's OpenAlex works merge into one list`() throws {
    let page = HomepageReader().read(try text("homepage/sample-homepage.md"), file: "sample-homepage.md")
    let works = OpenAlexReader().read(try exportText("sample-openalex.json"), file: "works.json")
    let (merged, pairs) = DuplicateMerger.merge(page.publications + works.publications)
    #expect(pairs.count == 3)
    #expect(merged.count == page.publications.count)
    let pruning = try #require(merged.first { $0.title == "Structural Pruning for Diffusion Models" })
    #expect(pruning.venue?.name == "NeurIPS")
    #expect(pruning.citations?.total == 96)
    #expect(pruning.authors.first { $0.name == "Xinyin Ma" }?.institutions == [
      Institution(name: "National University of Singapore", countryCode: "SG")
    ])
    #expect(pruning.authors.first?.isOwner == page.publications.first { $0.title == pruning.title }?.authors.first?.isOwner)
  }
}
