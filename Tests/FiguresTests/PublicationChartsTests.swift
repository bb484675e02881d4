import Figures
import Publications
import Testing

@Suite struct PublicationChartsTests {
  static func paper(_ year: Int?, _ venue: String, _ kind: Venue.Kind = .conference) -> Publication {
    Publication(
      id: "\(year ?? 0)-\(venue)", title: "T", venue: Venue(name: venue, kind: kind), year: year,
      source: Publications.SourceLocation(file: "t.md", line: 1))
  }

  @Test func `per year puts every year on the axis and unknown years apart`() {
    let spec = PublicationCharts.perYear([
      Self.paper(2018, "CVPR"), Self.paper(2021, "TPAMI", .journal), Self.paper(2021, "CVPR"), Self.paper(nil, "arXiv", .preprint),
    ])
    #expect(spec.categories == ["2018", "2019", "2020", "2021"])
    #expect(spec.detachedCategories == ["unknown"])
    #expect(spec.series.map(\.name) == ["Conference", "Journal", "Preprint"])
    #expect(spec.series.map(\.values) == [[1, 0, 0, 1, 0], [0, 0, 0, 1, 0], [0, 0, 0, 0, 1]])
    #expect(spec.notes == ["1 publication gives no year; shown apart as \"unknown\"."])
  }

  @Test func `venues show the top ones and group the rest as other`() {
    var publications = (0..<3).map { _ in Self.paper(2020, "CVPR") } + [Self.paper(2021, "TPAMI", .journal)]
    publications += ["A", "B", "C"].map { Self.paper(2022, $0) }
    let spec = PublicationCharts.venues(publications, options: .init(topVenues: 2))
    #expect(spec.categories == ["CVPR", "A", "Other (3 venues)"])
    #expect(spec.series.map(\.name) == ["Conference", "Journal"])
    #expect(spec.series.map(\.values) == [[3, 1, 2], [0, 0, 1]])
  }

  @Test func `cumulative counts run over the years`() {
    let spec = PublicationCharts.cumulative([Self.paper(2019, "A"), Self.paper(2021, "B"), Self.paper(2021, "C")])
    #expect(spec.categories == ["2019", "2020", "2021"])
    #expect(spec.series.first?.values == [1, 1, 3])
  }
}
