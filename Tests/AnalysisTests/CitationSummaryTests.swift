import Testing
@testable import Analysis
@testable import Publications

private func cited(_ total: Int, _ years: [(Int, Int)] = []) -> Publication {
  var publication = paper("Paper cited \(total) times")
  publication.citations = Citations(total: total, byYear: years.map { Citations.YearCount(year: $0.0, count: $0.1) })
  return publication
}

@Suite struct CitationSummaryTests {
  @Test func `h-index and i10-index follow their definitions`() throws {
    // Counts 25, 12, 8, 5, 3, 3, 0: four papers have at least 4 citations, not five with 5.
    let summary = try #require(CitationSummary([25, 12, 8, 5, 3, 3, 0].map { cited($0) }))
    #expect(summary.total == 56)
    #expect(summary.hIndex == 4)
    #expect(summary.i10Index == 2)
    #expect(summary.publicationsWithCounts == 7)
  }

  @Test func `citations per year are summed over papers`() throws {
    let summary = try #require(CitationSummary([cited(5, [(2023, 2), (2024, 3)]), cited(4, [(2024, 4)]), paper("Uncounted")]))
    #expect(summary.perYear == [2023: 2, 2024: 7])
    #expect(summary.received(in: 2024...2025) == 7)
    #expect(summary.publicationsWithCounts == 2)
  }

  @Test func `a list without counts has no citation summary`() {
    #expect(CitationSummary([paper("A"), paper("B")]) == nil)
  }
}
