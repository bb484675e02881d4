import Analysis
import Figures
import Publications
import Testing

@Suite struct PublicationChartsTests {
  static func paper(_ year: Int?, _ venue: String, _ kind: Venue.Kind = .conference) -> Publication {
    Publication(
      id: "\(year ?? 0)-\(venue)", title: "T", venue: Venue(name: venue, kind: kind), year: year,
      source: Publications.SourceLocation(file: "t.md", line: 1))
  }

  @Test func `per year puts every year on the axis and unknown years apart`() throws {
    let spec = PublicationCharts.perYear([
      Self.paper(2018, "CVPR"), Self.paper(2021, "TPAMI", .journal), Self.paper(2021, "CVPR"), Self.paper(nil, "arXiv", .preprint),
    ])
    let data = try #require(spec.categoryData)
    #expect(data.categories == ["2018", "2019", "2020", "2021"])
    #expect(data.detachedCategories == ["unknown"])
    #expect(data.series.map(\.name) == ["Conference", "Journal", "Preprint"])
    #expect(data.series.map(\.values) == [[1, 0, 0, 1, 0], [0, 0, 0, 1, 0], [0, 0, 0, 0, 1]])
    #expect(spec.notes == ["1 publication gives no year; shown apart as \"unknown\"."])
  }

  @Test func `venues show the top ones and group the rest by kind`() throws {
    var publications = (0..<3).map { _ in Self.paper(2020, "CVPR") } + [Self.paper(2021, "TPAMI", .journal)]
    publications += ["A", "B", "C"].map { Self.paper(2022, $0) }
    let spec = PublicationCharts.venues(publications, options: .init(topVenues: 2))
    let data = try #require(spec.categoryData)
    #expect(data.categories == ["CVPR", "A", "Other conferences (2 venues)", "Other journals (1 venue)"])
    #expect(data.series.map(\.name) == ["Conference", "Journal"])
    #expect(data.series.map(\.values) == [[3, 1, 2, 0], [0, 0, 0, 1]])
  }

  @Test func `cumulative counts run over the years`() throws {
    let spec = PublicationCharts.cumulative([Self.paper(2019, "A"), Self.paper(2021, "B"), Self.paper(2021, "C")])
    let data = try #require(spec.categoryData)
    #expect(data.categories == ["2019", "2020", "2021"])
    #expect(data.series.first?.values == [1, 1, 3])
  }
}

@Suite struct TopicChartsTests {
  static let papers: [Publication] = (0..<12).map { index in
    let title = index < 6 ? "Speech synthesis with vocoders part \(index)" : "Graph neural networks on molecules part \(index)"
    return Publication(
      id: "p\(index)", title: title, authors: [Person(name: "Ann Lee")], venue: Venue(name: "ICML", kind: .conference),
      year: 2018 + index % 4, source: SourceLocation(file: "t.bib", line: index + 1))
  }

  @Test func `topics over the years stack every topic's papers in its years`() throws {
    let model = TopicModel(Self.papers)
    let data = try #require(PublicationCharts.topicsPerYear(Self.papers, topics: model)?.categoryData)
    #expect(data.categories == ["2018", "2019", "2020", "2021"])
    #expect(data.series.count == model.topics.count)
    #expect((0..<4).map { data.total(at: $0) } == [3, 3, 3, 3])
    #expect(data.series.allSatisfy { $0.name.hasPrefix("1 ") || $0.name.hasPrefix("2 ") })
  }

  @Test func `the topic map has one labelled circle per topic`() throws {
    let model = TopicModel(Self.papers)
    let spec = try #require(PublicationCharts.topicMap(topics: model))
    let network = try #require(spec.networkData)
    #expect(network.nodes.count == 2)
    #expect(network.nodes.map(\.value) == [6, 6])
    #expect(network.nodes.allSatisfy { (0...1).contains($0.x) && (0...1).contains($0.y) && $0.wantsLabel })
  }

  @Test func `a single topic gets no topic charts`() {
    let model = TopicModel(Self.papers, options: .init(count: 1))
    #expect(PublicationCharts.topicsPerYear(Self.papers, topics: model) == nil)
    #expect(PublicationCharts.topicMap(topics: model) == nil)
  }
}

@Suite struct NetworkChartTests {
  static func paper(_ id: String, _ names: [String]) -> Publication {
    Publication(
      id: id, title: id, authors: names.map { Person(name: $0, isOwner: $0 == "Ann Lee") }, venue: Venue(name: "PRL", kind: .journal),
      year: 2020, source: SourceLocation(file: "t.bib", line: 1))
  }

  @Test func `consortium members do not crowd out the people the owner works with`() throws {
    let members = (0..<150).map { "Member\($0) Person" }
    let publications = (0..<3).map { Self.paper("c\($0)", ["Ann Lee"] + members) } + [Self.paper("small", ["Ann Lee", "Bob Smith"])]
    let spec = try #require(PublicationCharts.network(publications))
    let nodes = try #require(spec.networkData).nodes
    #expect(nodes.count == 41)
    let bob = try #require(nodes.first { $0.label == "Bob Smith" })
    #expect(bob.wantsLabel)
  }
  @Test func `the legend names each community by its best-known member`() throws {
    let publications = [
      Self.paper("a", ["Ann Lee", "Bob Smith"]), Self.paper("b", ["Ann Lee", "Bob Smith"]), Self.paper("c", ["Ann Lee", "Cy Young"]),
    ]
    let spec = try #require(PublicationCharts.network(publications))
    #expect(!spec.legend.isEmpty)
    #expect(spec.legend.allSatisfy { $0.name.hasPrefix("Group of ") })
    #expect(spec.legend == spec.networkData?.legend)
    #expect(spec.categoryData == nil)
  }
}
