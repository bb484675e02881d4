import Analysis
import Foundation
import PubReportKit
import Testing

/// Several sources in one run, and the Hugo sites of the corpus.
@Suite struct SourcesTests {
  static let fixtures = CorpusTests.fixtures

  // Animadversio's 30 pages include his PhD thesis (`publication_types: [thesis]`, an
  // @phdthesis in its cite.bib), which is a note, not a publication.
  @Test(arguments: [
    ("Ahren09-Ahren09.github.io", 37, "Yiqiao Jin"), ("Animadversio-Animadversio.github.io", 29, "Binxu Wang"),
    ("AstroJames-astrojames.github.io", 20, "James R. Beattie"),
    // Academic-theme pages of 2019: `content/publication/<name>.md` in TOML.
    ("3PTelephant-jiaqi_jiangcs", 3, "Jiaqi Jiang"),
    // The profile has no name and no page says "admin": the owner is the site's title (config.yaml).
    ("4TINI-luca4tini.github.io", 8, "Luca Fortini"),
  ])
  func `hugo sites read with the counts a reader gets`(_ site: String, _ count: Int, _ owner: String) {
    let corpus = Corpus.load(files: [Self.fixtures.appendingPathComponent("hugo/\(site)").path])
    #expect(corpus.publications.count == count)
    #expect(corpus.owners == [owner])
    #expect(corpus.inputErrors.isEmpty)
  }

  @Test func `the same papers from bibtex and csl json count once`() {
    let bib = Self.fixtures.appendingPathComponent("bibtex/42Shawn-42Shawn.github.io.bib").path
    let json = Self.fixtures.appendingPathComponent("csljson/42Shawn-42Shawn.github.io.json").path
    let corpus = Corpus.load(files: [bib, json])
    #expect(corpus.publications.count == 33)
    #expect(corpus.mergedPairs.count == 33)
    #expect(corpus.owners == ["Yuzhang Shang"])
  }

  @Test func `a homepage and a bib of the same person count each paper once`() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pubreport-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let bib = directory.appendingPathComponent("papers.bib")
    try Data(
      """
      @inproceedings{tinyfusion, title = {{TinyFusion}: Diffusion Transformers Learned Shallow}, author = {Fang, Gongfan and Li, Kunjun and Ma, Xinyin and Wang, Xinchao}, booktitle = {CVPR}, year = 2025}
      @misc{asyncdiff, title = {AsyncDiff: Parallelizing Diffusion Models by Asynchronous Denoising}, author = {Chen, Zigeng and Ma, Xinyin}, year = 2024, eprint = {2406.06911}, archivePrefix = {arXiv}}
      @article{new, title = {A Paper Only In The Bib File}, author = {Ma, Xinyin}, journal = {TPAMI}, year = 2026}
      """.utf8
    ).write(to: bib)
    let sample = Self.fixtures.appendingPathComponent("homepage/sample-homepage.md").path
    let corpus = Corpus.load(files: [sample, bib.path])
    let document = StatsDocument(corpus)
    #expect(document.publications == 36)
    #expect(corpus.mergedPairs.map(\.title) == ["TinyFusion: Diffusion Transformers Learned Shallow", "AsyncDiff: Parallelizing Diffusion Models by Asynchronous Denoising"])
    // The homepage's NeurIPS listing beats the arXiv preprint.
    #expect(corpus.publications.first { $0.title.hasPrefix("AsyncDiff") }?.venue?.name == "NeurIPS")
  }
}

@Suite struct AliasFileTests {
  @Test func `both alias shapes are read`() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pubreport-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let simple = directory.appendingPathComponent("aliases.yml")
    try Data("Xinyin Ma: [X. Ma, Ma Xinyin]\n".utf8).write(to: simple)
    let alfolio = directory.appendingPathComponent("coauthors.yml")
    try Data("adams:\n  - firstname: [\"Edwin\", \"E.\", \"E. P.\"]\n    url: https://example.org\n".utf8).write(to: alfolio)
    #expect(try AliasFile.load(simple.path).canonical(for: "X. Ma") == "Xinyin Ma")
    #expect(try AliasFile.load(alfolio.path).canonical(for: "E. P. Adams") == "Edwin Adams")
    let broken = directory.appendingPathComponent("broken.yml")
    try Data("- just\n- a list\n".utf8).write(to: broken)
    #expect(throws: PubReportError.self) { try AliasFile.load(broken.path) }
  }
}
