import Foundation
import Testing
@testable import Publications

private func readExport(_ name: String) throws -> ParseResult {
  DBLPReader().read(try exportText(name), file: name)
}

@Suite struct DBLPReaderTests {
  @Test func `real dblp records give titles without their period names with entities and the book`() throws {
    let result = try readExport("dblp-records-vision2014.xml")
    #expect(result.diagnostics.isEmpty)
    #expect(result.publications.count == 131)
    let first = try #require(result.publications.first)
    #expect(first.title == "Curvedness")
    #expect(first.venue == Venue(name: "Computer Vision, A Reference Guide", kind: .other))
    #expect(first.year == 2014)
    #expect(first.links.paper == "https://doi.org/10.1007/978-0-387-31439-6_100117")
    let names = result.publications.flatMap { $0.authors.map(\.name) }
    #expect(names.contains("Jürgen Beyerer"))
    #expect(names.contains("Matti Pietikäinen"))
    // "Manish Singh 0001" is DBLP's homonym number, not part of the name.
    #expect(names.contains("Manish Singh"))
    #expect(!names.contains { $0.hasSuffix("0001") })
  }

  @Test func `a person page gives venues from booktitle and key and marks its person`() throws {
    let result = try readExport("sample-dblp-person.xml")
    #expect(result.diagnostics.isEmpty)
    #expect(result.publications.map(\.title) == [
      "Diffusion Model is Effectively Its Own Teacher", "LiteFocus: Accelerated Diffusion Inference for Long Audio Synthesis",
      "Structural Pruning for Diffusion Models", "Structural Pruning for Diffusion Models", "DepGraph: Towards Any Structural Pruning",
    ])
    #expect(result.publications.map { $0.venue?.name } == ["CVPR", "Interspeech", "NeurIPS", "arXiv", "CVPR"])
    #expect(result.publications.map(\.year) == [2025, 2024, 2023, 2023, 2023])
    #expect(result.publications.allSatisfy { $0.authors.filter(\.isHighlighted).map(\.name) == ["Xinyin Ma"] })
    #expect(result.publications[0].authors.map(\.asWritten).last == "Xinchao Wang 0001")
    // The CoRR preprint and the NeurIPS paper are one paper once merged.
    #expect(DuplicateMerger.merge(result.publications).publications.count == 4)
  }

  @Test func `DBLP's own venue abbreviations and stream keys give the usual names`() {
    let records = [
      ("inproceedings", "conf/acl/B23", "booktitle", "ACL (1)"), ("inproceedings", "conf/cvpr/B23w", "booktitle", "CVPR Workshops"),
      ("inproceedings", "conf/sp/B24", "booktitle", "SP"), ("inproceedings", "conf/uss/B24", "booktitle", "USENIX Security Symposium"),
      ("article", "journals/tmm/B24", "journal", "IEEE Trans. Multim."),
      ("article", "journals/tacl/B24", "journal", "Trans. Assoc. Comput. Linguistics"),
      ("article", "journals/pami/B24", "journal", "IEEE Trans. Pattern Anal. Mach. Intell."),
    ]
    let xml = records.enumerated().map { index, record in
      "<r><\(record.0) key=\"\(record.1)\"><author>A B</author><title>Paper \(index).</title><year>2024</year>"
        + "<\(record.2)>\(record.3)</\(record.2)></\(record.0)></r>"
    }.joined(separator: "\n")
    let result = DBLPReader().read("<dblpperson name=\"A B\" pid=\"1/1\">\n\(xml)\n</dblpperson>", file: "b.xml")
    #expect(result.publications.map { $0.venue?.name } == ["ACL", "CVPRW", "S&P", "USENIX Security", "IEEE TMM", "TACL", "TPAMI"])
  }

  @Test func `damaged XML keeps the records before the damage and says where`() {
    let result = DBLPReader().read(
      """
      <?xml version="1.0"?>
      <dblpperson name="A B" pid="1/1">
      <r><article key="journals/x/B20"><author pid="1/1">A B</author><title>Kept Paper.</title><year>2020</year><journal>J. Foo</journal></article></r>
      <r><article key="journals/x/B21"><author pid="1/1">A B</author><title>Cut
      """, file: "b.xml")
    #expect(result.publications.first?.title == "Kept Paper")
    #expect(result.diagnostics.first?.description.hasPrefix("b.xml:") == true)
    #expect(result.diagnostics.first?.description.contains("is not well-formed XML") == true)
  }

  @Test func `a research data record is named and not counted`() {
    let result = DBLPReader().read(
      """
      <dblpperson name="A B" pid="1/1">
      <r><data key="data/10/B24"><author pid="1/1">A B</author><title>A Benchmark Dataset.</title><year>2024</year></data></r>
      <r><article key="journals/x/B20"><author pid="1/1">A B</author><title>Kept Paper.</title><year>2020</year><journal>J. Foo</journal></article></r>
      </dblpperson>
      """, file: "b.xml")
    #expect(result.publications.map(\.title) == ["Kept Paper"])
    #expect(result.diagnostics.map(\.description) == ["b.xml:2: note: \"A Benchmark Dataset\" is a dataset; not counted as a publication"])
  }

  @Test func `another XML root is named`() {
    let result = DBLPReader().read("<html><body>Not found</body></html>", file: "page.xml")
    #expect(result.publications.isEmpty)
    #expect(result.diagnostics.map(\.description) == [
      "page.xml:1: warning: has the root element <html>; expected <dblpperson> or <dblp>"
    ])
  }

  @Test func `DBLP XML is recognised by its root`() throws {
    let text = try exportText("sample-dblp-person.xml")
    #expect(ReaderRegistry.reader(for: text, path: "x.xml").format == DBLPReader.format)
  }
}
