import Foundation
import Testing
@testable import Publications

private func readExport(_ name: String) throws -> ParseResult {
  RISReader().read(try exportText(name), file: name)
}

@Suite struct RISReaderTests {
  @Test func `a Scopus export gives title authors journal year DOI`() throws {
    let result = try readExport("scopus-bibx.ris")
    #expect(result.diagnostics.isEmpty)
    let paper = try #require(result.publications.first)
    #expect(result.publications.count == 1)
    #expect(paper.title == "FORC signatures and switching-field distributions of dipolar coupled nanowire-based hysterons")
    #expect(paper.authors.map(\.name) == ["A. Pierrot", "F. Béron", "T. Blon"])
    #expect(paper.venue == Venue(name: "Journal of Applied Physics", kind: .journal))
    #expect(paper.year == 2020)
    #expect(paper.links.paper == "https://doi.org/10.1063/5.0020407")
    #expect(paper.citations == nil)
  }

  @Test func `a Web of Science export gives full names unshouted sources and times cited`() throws {
    let result = try readExport("webofscience-rispy.txt")
    #expect(result.diagnostics.isEmpty)
    #expect(result.publications.count == 2)
    let first = try #require(result.publications.first)
    #expect(first.title.hasPrefix("Interactions stabilizing the structure of the core light-harvesting complex (LHl)"))
    #expect(first.authors.map(\.name) == ["P. S. Parkes-Loach", "A. P. Majeed", "C. J. Law", "P. A. Loach"])
    #expect(first.venue == Venue(name: "Biochemistry", kind: .journal))
    #expect(first.year == 2004)
    #expect(first.citations == Citations(total: 23))
    #expect(result.publications[1].citations == Citations(total: 31))
  }

  @Test func `the sample's papers as Zotero exports them`() throws {
    var result = try readExport("sample-zotero.ris")
    // The thesis is left out by the reading policy, as from every format.
    ReadingPolicy().apply(to: &result)
    #expect(result.publications.map(\.title) == [
      "Diffusion Model is Effectively Its Own Teacher", "Structural Pruning for Diffusion Models",
      "DepGraph: Towards Any Structural Pruning",
    ])
    #expect(result.publications.map { $0.venue?.name } == ["CVPR", "NeurIPS", "CVPR"])
    #expect(result.publications.map(\.year) == [2025, 2023, 2023])
    #expect(result.publications[1].citations == Citations(total: 14))
    #expect(result.publications[2].abstract?.hasSuffix("parameters from neural networks.") == true)
    #expect(result.diagnostics.map(\.description) == [
      "sample-zotero.ris:41: note: \"Torch-Pruning\" is software; not counted as a publication",
      "sample-zotero.ris:47: note: \"Efficient Language Models\" is a thesis; not counted as a publication",
    ])
  }

  @Test func `EndNote continuation lines and a record cut short`() {
    let result = RISReader().read(
      """
      TY  - JOUR
      TI  - A Long Title That
      Continues On The Next Line
      AU  - Smith, A. Nonymous
      AU  - Doe, J.
      KW  - citation
      reference
      JO  - Journal of Reference Management
      PY  - 2024
      ID  - 123
      ER  -

      TY  - JOUR
      AU  - Nobody, N.
      PY  - 2020
      ER  -

      TY  - CONF
      TI  - Cut Short
      PY  - 2021
      """, file: "lib.ris")
    #expect(result.publications.map(\.title) == ["A Long Title That Continues On The Next Line", "Cut Short"])
    #expect(result.publications[0].authors.map(\.name) == ["A. Nonymous Smith", "J. Doe"])
    // EndNote's record number is no key: every library numbers from 1.
    #expect(result.publications[0].id == "2024-a-long-title-that-continues-on")
    #expect(result.diagnostics.map(\.description) == [
      "lib.ris:13: warning: record (TY JOUR) has no title (TI, T1 or CT); skipped",
      "lib.ris:18: warning: record has no 'ER' before the end of the file; read as far as it goes",
    ])
  }

  /// A real researcher's own RIS list (23 records, journals and conferences, 2012–2026), each
  /// record read by hand: the line, year, venue and number of authors a careful reader gives it.
  static let alKarawiList: [(line: Int, year: Int, venue: String, authors: Int)] = [
    (line: 1, year: 2026, venue: "IEEE Transactions on Aerospace and Electronic Systems", authors: 3),
    (line: 21, year: 2026, venue: "SmartIndustryCon", authors: 4),
    (line: 38, year: 2026, venue: "SmartIndustryCon", authors: 4),
    (line: 54, year: 2026, venue: "IET Quantum Communication", authors: 3),
    (line: 71, year: 2026, venue: "IET Quantum Communication", authors: 3),
    (line: 88, year: 2025, venue: "International Journal of Electrical and Electronics Research", authors: 3),
    (line: 104, year: 2025, venue: "International Journal of Electrical and Electronics Research", authors: 4),
    (line: 122, year: 2025, venue: "UralCon", authors: 2),
    (line: 137, year: 2025, venue: "ICIEAM", authors: 2),
    (line: 151, year: 2025, venue: "IET Networks", authors: 3),
    (line: 169, year: 2024, venue: "IEEE Access", authors: 3),
    (line: 190, year: 2024, venue: "ICCE", authors: 3),
    (line: 206, year: 2022, venue: "International Journal of Electrical and Computer Engineering", authors: 1),
    (line: 220, year: 2021, venue: "IEEE Access", authors: 3),
    (line: 241, year: 2021, venue: "IOP Conference Series: Materials Science and Engineering", authors: 3),
    (line: 257, year: 2019, venue: "Recent Patents on Computer Science", authors: 1),
    (line: 270, year: 2018, venue: "ISCES", authors: 7),
    (line: 290, year: 2017, venue: "Indian Journal of Science and Technology", authors: 1),
    (line: 304, year: 2012, venue: "Progress in Electromagnetics Research Symposium", authors: 4),
    (line: 319, year: 2012, venue: "Progress in Electromagnetics Research Symposium", authors: 4),
    (line: 334, year: 2012, venue: "ICCCE", authors: 4),
    (line: 351, year: 2012, venue: "ICCCE", authors: 3),
    (line: 367, year: 2012, venue: "Progress in Electromagnetics Research Symposium", authors: 4),
  ]

  @Test func `a researcher's own RIS list is read record by record`() throws {
    let result = try readExport("alkarawi-publications.ris")
    #expect(result.diagnostics.isEmpty)
    let read = result.publications.map { ($0.source.line, $0.year ?? 0, $0.venue?.name ?? "-", $0.authors.count) }
    #expect(read.map(\.0) == Self.alKarawiList.map(\.line))
    for (found, expected) in zip(read, Self.alKarawiList) {
      #expect(found.1 == expected.year && found.2 == expected.venue && found.3 == expected.authors, "line \(expected.line)")
    }
    // Conference records name the conference, journals the journal: the kinds a grant report counts.
    #expect(result.publications.count { $0.venue?.kind == .conference } == 12)
    #expect(result.publications.count { $0.venue?.kind == .journal } == 11)
  }

  @Test func `RIS is recognised from its first tag or its file name`() throws {
    #expect(RISReader.recognition(of: "\u{FEFF}TY  - JOUR\nER  -\n", path: "x.txt") == .certain)
    #expect(RISReader.recognition(of: "FN Clarivate Analytics Web of Science\nVR 1.0\n", path: "savedrecs.txt") == .certain)
    let webOfScience = try exportText("webofscience-rispy.txt")
    #expect(ReaderRegistry.reader(for: webOfScience, path: "savedrecs.txt").format == RISReader.format)
    #expect(RISReader.recognition(of: "# My papers\n", path: "papers.md") == .no)
    #expect(ReaderRegistry.reader(for: "TY  - JOUR\nTI  - X\nER  -\n", path: "export.txt").format == RISReader.format)
  }
}
