import Foundation
import Testing
@testable import Publications

/// academicpages Jekyll sites: one `_publications/<date>-<slug>.md` per paper, read by the Hugo
/// reader (front matter per page); the authors are only in the page's formatted `citation`.
@Suite struct AcademicPagesTests {
  static let site = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/academicpages/nathanpainchaud-nathanpainchaud.github.io")

  static func read(folder: URL) throws -> ParseResult {
    let inputs = try #require(HugoReader.inputs(inFolder: folder.path) { path in
      ReaderInput(name: path, text: try String(contentsOfFile: path, encoding: .utf8))
    })
    return HugoReader().read(inputs)
  }

  /// Three pages of Nathan Painchaud's site, read by hand from their front matter and citations.
  @Test func `a real collection gives each paper with its authors venue and year`() throws {
    let result = try Self.read(folder: Self.site)
    #expect(result.publications.map(\.title) == [
      "Cardiac MRI Segmentation with Strong Anatomical Guarantees",
      "Echocardiography Segmentation With Enforced Temporal Consistency",
      "Neural Teleportation",
    ])
    #expect(result.publications.map(\.year) == [2019, 2022, 2023])
    // "IEEE Transactions on Medical Imaging (IEEE TMI)" on the page, the journal's name in its
    // citation; "Mathematics" is a journal because the page files it under manuscripts.
    #expect(result.publications.map(\.venue) == [
      Venue(name: "MICCAI", kind: .conference), Venue(name: "IEEE Transactions on Medical Imaging", kind: .journal),
      Venue(name: "Mathematics", kind: .journal),
    ])
    #expect(result.publications[2].authors.map(\.name) == [
      "M. Armenta", "T. Judge", "N. Painchaud", "Y. Skandarani", "C. Lemaire", "G. G. Sanchez", "P. Spino", "P.-M. Jodoin",
    ])
    // The citation sets the site's owner in bold.
    #expect(result.publications.allSatisfy { $0.authors.filter(\.isHighlighted).map(\.name) == ["N. Painchaud"] })
    #expect(result.publications[1].links.paper == "https://doi.org/10.1109/TMI.2022.3173669")
    #expect(result.publications.map(\.source.line) == [2, 2, 2])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func `the collection folder itself is read as the site is`() throws {
    let fromSite = try Self.read(folder: Self.site)
    let fromFolder = try Self.read(folder: Self.site.appendingPathComponent("_publications"))
    #expect(fromFolder.publications == fromSite.publications)
  }

  @Test func `a citation's HTML and entities are read, and a page without one has no authors and says so`() throws {
    let result = HugoReader().read([
      ReaderInput(
        name: "_publications/2009-10-01-paper-title-number-1.md",
        text: """
          ---
          title: "Learning Things"
          collection: publications
          category: conferences
          date: 2009-10-01
          venue: 'Workshop on Things'
          citation: 'Ann Lee, <strong>Bob Smith</strong> &amp; Cat Wu. (2009). &quot;Learning Things.&quot; <i>Workshop on Things</i>. 1(1).'
          ---
          """),
      ReaderInput(
        name: "_publications/05-ICML-2020.md",
        text: "---\ntitle: \"Boosting Efficiency with Dual-Module Inference\"\ncollection: publications\ndate: 2020-01-25\nvenue: 'ICML'\n---\n"),
    ])
    #expect(result.publications.map(\.title) == ["Learning Things", "Boosting Efficiency with Dual-Module Inference"])
    #expect(result.publications[0].authors.map(\.name) == ["Ann Lee", "Bob Smith", "Cat Wu"])
    #expect(result.publications[0].authors.map(\.isHighlighted) == [false, true, false])
    #expect(result.publications[0].venue?.kind == .workshop)
    #expect(result.publications[1].authors.isEmpty)
    #expect(result.publications[1].venue == Venue(name: "ICML", kind: .conference))
    #expect(result.diagnostics.map(\.description) == [
      "_publications/05-ICML-2020.md:2: warning: entry \"Boosting Efficiency with Dual-Module Inference\" names no authors that could be read"
    ])
  }

  /// Two pages of other academicpages sites as their authors wrote them (from forks of
  /// academicpages/academicpages.github.io): a list number and a stray quote around the title,
  /// the citation's year where the page's date is the day it was written, and an address given
  /// as the venue.
  @Test func `a page typed loosely is read as a person reads it`() throws {
    let result = HugoReader().read([
      ReaderInput(
        name: "_publications/10.md",
        text: """
          ---
          title: "`11.`Performance Analysis of Parallelizing Compilers on the Perfect Benchmarks Programs.”" 
          collection: publications
          date: 2020-04-28
          venue: "IEEE Transactions on Parallel and Distributed Systems " 
          citation: "William Blume and Rudolf Eigenmann, “Performance Analysis of Parallelizing Compilers on the Perfect Benchmarks Programs.”“ , 3(6), November 1992, pages 643-656."
          ---
          """),
      ReaderInput(
        name: "_publications/1.md",
        text: """
          ---
          title: "Direct Sparse Visual-Inertial Odometry with Stereo Cameras"
          collection: publications
          date: 2019-11-08
          venue: 'https://udel.edu/~ghuang/iros19-vins-workshop/'
          paperurl: 'http://candyguo.github.io/files/1.pdf'
          ---
          """),
    ])
    #expect(result.publications.map(\.title) == [
      "Performance Analysis of Parallelizing Compilers on the Perfect Benchmarks Programs",
      "Direct Sparse Visual-Inertial Odometry with Stereo Cameras",
    ])
    #expect(result.publications.map(\.year) == [1992, 2019])
    #expect(result.publications[0].authors.map(\.name) == ["William Blume", "Rudolf Eigenmann"])
    #expect(result.publications[0].venue == Venue(name: "IEEE Transactions on Parallel and Distributed Systems", kind: .journal))
    #expect(result.publications[1].venue == nil)
  }

  /// A-Kerim/me writes each paper's authors as the first line under the front matter, the
  /// owner in bold, and keeps no citation.
  @Test func `the author line a page opens with gives its authors`() throws {
    let page = ReaderInput(
      name: "_publications/Silver_KDD_2021.md",
      text: """
        ---
        title: "Silver: Novel Rendering Engine for Data Hungry Computer Vision Models"
        collection: publications
        date: 2021-10-01
        venue: 'International Workshop on Data Quality Assessment for Machine Learning'
        ---
        **Abdulrahman Kerim**, Leandro Soriano Marcolino, Richard Jiang

        <p align= "justify">

        Large-scale synthetic data is needed to support the deep learning big-bang that started in the recent decade.
        """)
    let result = HugoReader().read([page])
    let publication = try #require(result.publications.first)
    #expect(publication.authors.map(\.name) == ["Abdulrahman Kerim", "Leandro Soriano Marcolino", "Richard Jiang"])
    #expect(publication.authors.map(\.isHighlighted) == [true, false, false])
    #expect(result.diagnostics.isEmpty)
    // An abstract under the front matter names no one.
    let abstract = ReaderInput(
      name: "_publications/abstract.md",
      text: "---\ntitle: \"A Study\"\ndate: 2021-10-01\nvenue: 'ICML'\n---\nWe study things, systems and people.\n")
    #expect(HugoReader().read([abstract]).publications.first?.authors.isEmpty == true)
  }

  /// aangniu.github.io: a master's thesis filed under the school, and EGU abstracts.
  @Test func `a citation that says thesis makes the page a thesis, and EGU is a meeting`() throws {
    let thesis = ReaderInput(
      name: "_publications/2021-paper-0.md",
      text: """
        ---
        title: "Experimental study on the seismic and aseismic deformation during the failure of granitic rock"
        collection: publications
        date: 2021-08-31
        venue: 'ETH Zurich'
        citation: 'Niu, Zihua. Experimental study on the seismic and aseismic deformation during the failure of granitic rock. MS thesis. ETH Zurich, Department of Earth Sciences, 2021.'
        ---
        """)
    let egu = ReaderInput(
      name: "_publications/2021-paper-1.md",
      text: """
        ---
        title: "A Discontinuous-Galerkin approach to model non-classical nonlinearity observed from lab to global scales"
        collection: publications
        date: 2022-03-28
        venue: 'EGU'
        citation: 'Niu, Z., Gabriel, A. A., May, D., Sens-Schönfelder, C., & Igel, H. (2022). A Discontinuous-Galerkin approach to model non-classical nonlinearity observed from lab to global scales (No. EGU22-10523). Copernicus Meetings.'
        ---
        """)
    let result = HugoReader().read([thesis, egu])
    #expect(result.publications.map(\.venue?.kind) == [.thesis, .conference])
    #expect(result.publications[1].venue?.name == "EGU General Assembly")
  }

  @Test func `a folder of pages that are not a collection is no site`() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pubreport-notes-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "---\ntitle: Notes\nlayout: post\n---\nText.\n".write(to: folder.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
    #expect(HugoReader.inputs(inFolder: folder.path) { ReaderInput(name: $0, text: "") } == nil)
  }

  static func academicpages(_ text: String) -> ReaderInput {
    ReaderInput(name: "_publications/2024-03-30-paper.md", text: text)
  }

  @Test func `an academicpages author list written as one string gives its people`() throws {
    let page = "---\ntitle: \"ShRing: Networking with Shared Receive Rings\"\ndate: 2023-07-10\nvenue: 'OSDI 2023'\nauthors: Boris Pismenny, Adam Morrison, Dan Tsafrir\n---\nAbstract.\n"
    let publication = try #require(HugoReader().read([Self.academicpages(page)]).publications.first)
    #expect(publication.authors.map(\.name) == ["Boris Pismenny", "Adam Morrison", "Dan Tsafrir"])
  }

  @Test func `the bibtex an academicpages page shows gives its authors`() throws {
    // As on a page whose front matter names the venue only ("Recommended citation:" and a block).
    let fenced = """
      ---
      title: "RoomDesigner: Encoding Anchor-latents for Indoor Scene Generation"
      date: 2024-03-30
      venue: '3DV'
      ---
      Recommended citation:
      ```
      @inproceedings{roomdesigner2024,
        title={RoomDesigner: Encoding Anchor-latents for Indoor Scene Generation},
        author={Yiqun Zhao and Zibo Zhao and Shenghua Gao},
        booktitle={Proceedings of the International Conference on 3D Vision (3DV)},
        year={2024}
      }
      ```
      """
    let field = """
      ---
      title: "SkinTokens: A Learned Compact Representation for Unified Autoregressive Rigging"
      date: 2026-02-04
      venue: 'arXiv preprint'
      bibtex: |
        @article{zhang2026skintokens,
          title   = {SkinTokens},
          author  = {Zhang, Jia-Peng and Hu, Shi-Min},
          journal = {arXiv preprint arXiv:2602.04805},
          year    = {2026}
        }
      ---
      Abstract.
      """
    let result = HugoReader().read([Self.academicpages(fenced), Self.academicpages(field)])
    #expect(result.publications.map { $0.authors.map(\.name) } == [["Yiqun Zhao", "Zibo Zhao", "Shenghua Gao"], ["Jia-Peng Zhang", "Shi-Min Hu"]])
    #expect(!result.diagnostics.contains { $0.message.contains("names no authors") })
  }
}
