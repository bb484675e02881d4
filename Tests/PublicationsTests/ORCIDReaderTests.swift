import Foundation
import Testing
@testable import Publications

private func readExport(_ name: String) throws -> ParseResult {
  ORCIDReader().read(try exportText(name), file: name)
}

@Suite struct ORCIDReaderTests {
  @Test func `a real record gives one publication per work group with its person`() throws {
    let result = try readExport("orcid-record-daguiam.json")
    #expect(result.diagnostics.isEmpty)
    #expect(result.publications.count == 14)
    let first = try #require(result.publications.first)
    #expect(first.title == "Overview of progress in European medium sized tokamaks towards an integrated plasma-edge/wall solution")
    #expect(first.year == 2017)
    #expect(first.links.paper == "https://doi.org/10.1088/1741-4326/aa6084")
    #expect(first.authors.map(\.name) == ["Diogo E. Aguiam"])
    #expect(first.authors.first?.isHighlighted == true)
    #expect(first.isAuthorListTruncated)
    // Two groups carry the same DOI in different case: one paper once merged.
    #expect(DuplicateMerger.merge(result.publications).publications.count == 12)
    let kinds = Set(result.publications.compactMap { $0.venue?.kind })
    #expect(kinds.isSubset(of: [.journal, .conference]))
  }

  @Test func `ORCID's XML works give titles types years and journal titles at their lines`() throws {
    let result = try readExport("orcid-works-3.0-sample.xml")
    #expect(result.publications.map(\.title) == ["Work # 0", "Work # 1", "Work # 2"])
    // libxml2 gives the line where a start tag written over several lines ends.
    #expect(result.publications.map(\.source.line) == [24, 70, 115])
    #expect(result.publications.map(\.year) == [2017, 2017, 2017])
    #expect(result.publications.last?.venue == Venue(name: "some journal title", kind: .journal))
    #expect(result.publications.allSatisfy { $0.authors.isEmpty && !$0.isAuthorListTruncated })
  }

  @Test func `ORCID's XML record notes a work type that is no publication`() throws {
    let result = try readExport("orcid-record-3.0-sample.xml")
    #expect(result.publications.isEmpty)
    #expect(result.diagnostics.map(\.description) == [
      "orcid-record-3.0-sample.xml:735: note: \"common:title\" is a performance; not counted as a publication"
    ])
  }

  @Test func `the sample's papers as an ORCID record`() throws {
    let result = try readExport("sample-orcid-record.json")
    #expect(result.publications.map(\.title) == [
      "DepGraph: Towards Any Structural Pruning", "LiteFocus: Accelerated Diffusion Inference for Long Audio Synthesis",
      "Structural Pruning for Diffusion Models",
    ])
    #expect(result.publications.map { $0.venue?.name } == ["CVPR", "Interspeech", "Preprint"])
    #expect(result.publications.map(\.source.line) == [34, 150, 214])
    #expect(result.diagnostics.map(\.description) == [
      "sample-orcid-record.json:267: note: \"Torch-Pruning\" is software; not counted as a publication"
    ])
  }

  @Test func `an ORCID error page and truncated JSON get a message naming the file`() {
    let cut = ORCIDReader().read("{\"orcid-identifier\": {\"path\": \"0000-0000-0000-0000\"}, \"activities-summary\": {\"works\": {\"group\": [", file: "cut.json")
    #expect(cut.publications.isEmpty)
    #expect(cut.diagnostics.first?.description.hasPrefix("cut.json:1: warning: is not valid JSON") == true)
    let page = ORCIDReader().read("{\"response-code\": 404, \"developer-message\": \"404 Not Found\", \"error-code\": 9016}", file: "err.json")
    #expect(page.publications.isEmpty)
    #expect(page.diagnostics.map(\.description) == [
      "err.json:1: warning: is an ORCID error response (404: 404 Not Found), not a record; check the ORCID iD and download it again"
    ])
  }

  @Test func `a record cut short keeps its whole work groups`() throws {
    let record = try exportText("sample-orcid-record.json")
    let cut = record.split(separator: "\n", omittingEmptySubsequences: false).prefix(150).joined(separator: "\n")
    let result = ORCIDReader().read(String(cut), file: "orcid.json")
    #expect(result.publications.map(\.title) == ["DepGraph: Towards Any Structural Pruning"])
    #expect(result.publications.map(\.source.line) == [34])
    #expect(Set(result.diagnostics.map(\.description)) == [
      "orcid.json:150: warning: is not valid JSON (unexpected end of file during JSON parse); expected an ORCID record or works export",
      "orcid.json:141: warning: item is not closed before the end of the file; skipped",
    ])
  }

  @Test func `ORCID files are recognised by their keys or namespace`() throws {
    let json = try exportText("orcid-record-daguiam.json")
    let xml = try exportText("orcid-works-3.0-sample.xml")
    #expect(ReaderRegistry.reader(for: json, path: "orcid.json").format == ORCIDReader.format)
    #expect(ReaderRegistry.reader(for: xml, path: "works.xml").format == ORCIDReader.format)
  }
}
