import Analysis
import Publications
import Testing

@Suite struct PublicationStatsTests {
  @Test func `counts years venues people and pairs`() {
    let publications = [
      paper("A", year: 2024, venue: "CVPR", "Ann Lee", "Bob Smith", "Cat Wu"),
      paper("B", year: 2024, venue: "ICLR", "Ann Lee", "Bob Smith"),
      paper("C", year: nil, venue: "CVPR", "Ann Lee", "Dan Ode"),
      paper("D", year: 2021, venue: "AAAI", "Lee, Ann"),
    ]
    let stats = PublicationStats(publications, owners: ["Ann Lee"])
    #expect(stats.publications == 4)
    #expect(stats.countsByYear == [2024: 2, 2021: 1])
    #expect(stats.unknownYear == 1)
    #expect(stats.venues.map(\.name) == ["CVPR", "AAAI", "ICLR"])
    #expect(stats.venues.map(\.count) == [2, 1, 1])
    #expect(stats.people == 4)
    // A–B, A–C, B–C, A–D.
    #expect(stats.coauthorPairs == 4)
    #expect(stats.yearSpan == 2021...2024)
  }
}
