import Analysis
import Foundation
import PubReportKit
import Publications
import Testing

@Suite struct CorpusTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures")
  static let sample = fixtures.appendingPathComponent("homepage/sample-homepage.md").path

  @Test func `stats of the sample page are what a reader counts`() throws {
    let document = StatsDocument(Corpus.load(files: [Self.sample]))
    #expect(document.publications == 35)
    #expect(
      document.years == [
        "2025": 4, "2024": 7, "2023": 6, "2022": 5, "2021": 5, "2020": 6, "2019": 1, "unknown": 1,
      ])
    #expect(document.venues.map(\.name) == [
      "AAAI", "ICLR", "NeurIPS", "ACL", "CVPR", "ACM MM", "EMNLP", "IJCAI", "ECCV", "ICCV", "IEEE TMM",
      "Interspeech", "WWW",
    ])
    #expect(document.venues.map(\.count) == [5, 5, 5, 4, 4, 3, 2, 2, 1, 1, 1, 1, 1])
    #expect(Set(document.owners) == ["Xinyin Ma", "Yi Ren"])
    // Counted independently from the page's author lists: 54 names, 157 pairs.
    #expect(document.people == 54)
    #expect(document.coauthorPairs == 157)
    #expect(document.warnings.map(\.line) == [2, 23, 35, 47, 252])
    #expect(document.warnings.allSatisfy { $0.file == Self.sample })
  }

  @Test func `stats json has the documented keys`() throws {
    let json = try StatsDocument(Corpus.load(files: [Self.sample])).jsonString()
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    for key in ["publications", "years", "venues", "owners", "people", "coauthorPairs", "warnings"] {
      #expect(object[key] != nil, "missing \(key)")
    }
  }

  @Test func `topics fitted while loading are the topics of the loaded publications`() {
    let options = TopicModel.Options(count: 4)
    let bibliography = Self.fixtures.appendingPathComponent("bibtex/25sal-25sal.bib").path
    let early = Corpus.load(files: [bibliography], topics: options)
    let late = Corpus.load(files: [bibliography])
    #expect(early.topicModel(options) == late.topicModel(options))
    #expect(early.topicModel(options).topics.count == 4)
    // A corpus cut to some years is no longer the one the topics were fitted on.
    let recent = early.restricted(to: YearWindow(since: 2020, until: 2030))
    #expect(recent.publications.count < early.publications.count)
    #expect(recent.topicModel(options) == TopicModel(recent.publications, options: options))
  }

  @Test func `owner option overrides detection`() {
    let corpus = Corpus.load(files: [Self.sample], owners: ["Yi Ren"])
    #expect(corpus.owners == ["Yi Ren"])
    #expect(!corpus.publications.flatMap(\.authors).contains { $0.isOwner && $0.name == "Xinyin Ma" })
  }

  @Test func `unusable inputs are named and the others still read`() throws {
    let directory = try ReportPipelineTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let empty = directory.appendingPathComponent("empty.md")
    let binary = directory.appendingPathComponent("binary.md")
    let news = directory.appendingPathComponent("news.md")
    try Data().write(to: empty)
    try Data((0..<4000).map { UInt8($0 % 7) }).write(to: binary)
    try Data("# News\n- `CVPR 2023` [A Paper Mentioned In The News](u), **Ada Lovelace**, Bob Smith\n".utf8).write(to: news)
    let missing = directory.appendingPathComponent("missing.md").path
    let corpus = Corpus.load(files: [empty.path, binary.path, news.path, missing, Self.sample])
    #expect(corpus.publications.count == 35)
    #expect(
      corpus.inputErrors == [
        .empty(path: empty.path), .binary(path: binary.path), .fileNotFound(path: missing),
        .noPublications(path: news.path, expected: HomepageReader.expectedContent),
      ])
  }

  @Test func `a bibtex file of @string definitions serves the others and is no error`() throws {
    let directory = try ReportPipelineTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let strings = directory.appendingPathComponent("strings.bib")
    let papers = directory.appendingPathComponent("papers.bib")
    let notes = directory.appendingPathComponent("notes.bib")
    try Data("@STRING{tpami = {IEEE Transactions on Pattern Analysis and Machine Intelligence}}\n".utf8).write(to: strings)
    try Data("@article{a, title = {A Paper}, author = {Ada Lovelace}, journal = tpami, year = 2024}\n".utf8).write(to: papers)
    try Data("% only a comment\n@comment{nothing here}\n".utf8).write(to: notes)
    let corpus = Corpus.load(files: [strings.path, papers.path, notes.path])
    #expect(corpus.publications.map(\.venue?.name) == ["TPAMI"])
    #expect(corpus.inputErrors == [.noPublications(path: notes.path, expected: BibTeXReader.expectedContent)])
    #expect(corpus.inputErrors.map(\.description) == [
      "\(notes.path): error: no publications found (expected entries such as @article{key, title = {…}, …})"
    ])
  }

  @Test func `a hugo site without publications is named with what it should hold`() throws {
    let site = try ReportPipelineTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: site) }
    let folder = site.appendingPathComponent("content/publication/draft")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data("---\ndate: 2021-01-01\n---\n".utf8).write(to: folder.appendingPathComponent("index.md"))
    let corpus = Corpus.load(files: [site.path])
    #expect(corpus.inputErrors.map(\.description) == [
      "\(site.path): error: no publications found (expected pages content/publication(s)/<name>/index.md, content/publication(s)/<name>.md or _publications/<name>.md with a title in their front matter)"
    ])
  }

  @Test func `utf16 and crlf pages read like utf8 ones`() throws {
    let directory = try ReportPipelineTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let text = try String(contentsOfFile: Self.sample, encoding: .utf8).replacingOccurrences(of: "\n", with: "\r\n")
    let file = directory.appendingPathComponent("utf16.md")
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    try Data(bytes).write(to: file)
    let document = StatsDocument(Corpus.load(files: [file.path]))
    #expect(document.publications == 35)
    #expect(document.warnings.map(\.line) == [2, 23, 35, 47, 252])
  }

  @Test func `a site folder is read through its about page and includes`() throws {
    let site = FileManager.default.temporaryDirectory.appendingPathComponent("pubreport-\(UUID())")
    let pages = site.appendingPathComponent("_pages")
    try FileManager.default.createDirectory(
      at: pages.appendingPathComponent("includes"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: site) }
    try Data("# About\nHello.\n\n{% include_relative includes/pub.md %}\n".utf8)
      .write(to: pages.appendingPathComponent("about.md"))
    try Data("# 📝 Publications\n- `ICLR 2024` [An Included Paper Title](u), **Ada Lovelace**, Bob Smith\n".utf8)
      .write(to: pages.appendingPathComponent("includes/pub.md"))
    let corpus = Corpus.load(files: [site.path])
    #expect(corpus.publications.map(\.title) == ["An Included Paper Title"])
    #expect(corpus.publications.first?.source.file.hasSuffix("_pages/includes/pub.md") == true)
    #expect(corpus.inputErrors.isEmpty)
  }

  @Test func `an include from a page two levels down is found in the site's _includes`() throws {
    // GitZH-Chen.github.io: _pages/includes/pub_short.md writes `{% include detailed_pubs/….md %}`,
    // which Jekyll finds in the site's root _includes/.
    let site = FileManager.default.temporaryDirectory.appendingPathComponent("pubreport-\(UUID())")
    let pages = site.appendingPathComponent("_pages")
    try FileManager.default.createDirectory(at: pages.appendingPathComponent("includes"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: site.appendingPathComponent("_includes/detailed_pubs"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: site) }
    try Data("{% include_relative includes/pub_short.md %}\n".utf8).write(to: pages.appendingPathComponent("about.md"))
    try Data("# Selected Publications\n{% include detailed_pubs/2024-CVPR.md %}\n".utf8)
      .write(to: pages.appendingPathComponent("includes/pub_short.md"))
    try Data("- `CVPR 2024` [Riemannian Logistic Regression for SPD Networks](u), **Ziheng Chen**, Yue Song\n".utf8)
      .write(to: site.appendingPathComponent("_includes/detailed_pubs/2024-CVPR.md"))
    let corpus = Corpus.load(files: [pages.appendingPathComponent("about.md").path])
    #expect(corpus.publications.map(\.title) == ["Riemannian Logistic Regression for SPD Networks"])
    #expect(corpus.warnings.isEmpty)
  }

  @Test func `an include larger than the file size limit is skipped like a missing one`() throws {
    let site = FileManager.default.temporaryDirectory.appendingPathComponent("pubreport-\(UUID())")
    try FileManager.default.createDirectory(at: site.appendingPathComponent("includes"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: site) }
    let page = site.appendingPathComponent("about.md")
    try Data("# Publications\n- `CVPR 2020` [A Paper On The Page](u), **Ann Lee**\n{% include_relative includes/big.md %}\n".utf8).write(to: page)
    let entry = "- `ICLR 2024` [An Included Paper Title](u), **Ann Lee**, Bob Smith\n"
    try Data(String(repeating: entry, count: 20).utf8).write(to: site.appendingPathComponent("includes/big.md"))
    let small = ReadingLimits(fileSize: 1_000)
    let corpus = Corpus.load(files: [page.path], loader: InputLoader(limits: small))
    #expect(corpus.publications.map(\.title) == ["A Paper On The Page"])
    #expect(corpus.warnings.map(\.description) == [
      "\(page.path):3: warning: included file 'includes/big.md' can't be found; its publications are missing"
    ])
    #expect(Corpus.load(files: [page.path]).publications.count == 2)
  }

  @Test func `a symlinked include is followed to its file`() throws {
    let site = FileManager.default.temporaryDirectory.appendingPathComponent("pubreport-\(UUID())")
    try FileManager.default.createDirectory(at: site.appendingPathComponent("includes"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: site) }
    let page = site.appendingPathComponent("about.md")
    try Data("# Publications\n{% include_relative includes/link.md %}\n".utf8).write(to: page)
    try Data("- `ICLR 2024` [An Included Paper Title](u), **Ann Lee**, Bob Smith\n".utf8).write(to: site.appendingPathComponent("real.md"))
    try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("includes/link.md").path, withDestinationPath: "../real.md")
    #expect(Corpus.load(files: [page.path]).publications.map(\.title) == ["An Included Paper Title"])
  }
}

@Suite struct CitationStatsTests {
  static let exports = CorpusTests.fixtures.appendingPathComponent("exports")

  @Test func `stats json gains citations when an input carries counts`() throws {
    let corpus = Corpus.load(files: [CorpusTests.sample, Self.exports.appendingPathComponent("sample-openalex.json").path])
    let document = StatsDocument(corpus)
    // The three OpenAlex works are papers of the page: merged, not counted twice.
    #expect(document.publications == 35)
    let citations = try #require(document.citations)
    #expect(citations.total == 3 + 412 + 96)
    #expect(citations.hIndex == 3)
    #expect(citations.i10Index == 2)
    #expect(citations.perYear == ["2023": 73, "2024": 250, "2025": 188])
  }

  @Test func `the stats text names citations only when an input counts them`() {
    let counted = StatsText.render(StatsDocument(CitationStatsTests.corpusWithOpenAlex()))
    #expect(counted.contains("\ncitations: 511, h-index 3, i10-index 2\n"))
    #expect(!StatsText.render(StatsDocument(Corpus.load(files: [CorpusTests.sample]))).contains("citations"))
  }

  static func corpusWithOpenAlex() -> Corpus {
    Corpus.load(files: [CorpusTests.sample, Self.exports.appendingPathComponent("sample-openalex.json").path])
  }

  @Test func `stats json has no citations key when no input counts them`() throws {
    let json = try StatsDocument(Corpus.load(files: [CorpusTests.sample])).jsonString()
    #expect(!json.contains("\"citations\""))
    #expect(!json.contains("hIndex"))
  }
}
