import Testing
@testable import Analysis
@testable import Publications

private func authored(_ year: Int, _ authors: [(String, [Institution]?, Bool)]) -> Publication {
  Publication(
    id: "p\(year)\(authors.count)", title: "Paper \(year) \(authors.map(\.0).joined())",
    authors: authors.map { Person(name: $0.0, isOwner: $0.2, institutions: $0.1) }, year: year,
    source: SourceLocation(file: "works.json", line: 1))
}

@Suite struct AffiliationsTests {
  static let nus = Institution(name: "National University of Singapore", countryCode: "SG")
  static let zju = Institution(name: "Zhejiang University", countryCode: "CN")
  static let mit = Institution(name: "MIT", countryCode: "US")

  @Test func `co-authors are counted once at their main institution`() throws {
    let affiliations = try #require(Affiliations([
      authored(2022, [("Ann Lee", [Self.nus], true), ("Bo Han", [Self.zju], false), ("Cy Do", [Self.nus], false)]),
      // Bo Han moved: named at MIT once, Zhejiang once; the later one wins the tie.
      authored(2024, [("Ann Lee", [Self.nus], true), ("Bo Han", [Self.mit], false), ("Di Wu", nil, false)]),
    ]))
    #expect(affiliations.institutions.map(\.name) == ["MIT", "National University of Singapore"])
    #expect(affiliations.institutions.map(\.coauthors) == [1, 1])
    #expect(affiliations.countries.map(\.name) == ["SG", "US"])
    #expect(affiliations.coauthorsWithoutInstitution == 1)
    #expect(Affiliations.countryName("SG") == "Singapore")
    #expect(Affiliations.countryName("CN") == "China")
  }

  @Test func `no institutions named means no affiliations`() {
    #expect(Affiliations([authored(2022, [("Ann Lee", nil, true), ("Bo Han", nil, false)])]) == nil)
  }
}
