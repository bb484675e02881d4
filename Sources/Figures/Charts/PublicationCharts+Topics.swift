import Analysis
import Publications

extension PublicationCharts {
  /// Publications per year stacked by topic, every year of the span on the axis; the window's
  /// years marked. Nil with fewer than two topics: one colour says nothing the per-year chart
  /// does not.
  package static func topicsPerYear(_ publications: [Publication], topics model: TopicModel, options: Options = Options()) -> ChartSpec? {
    guard model.topics.count > 1 else { return nil }
    let years = yearLabels(publications)
    guard !years.isEmpty else { return nil }
    let series = model.topics.enumerated().map { index, topic in
      CategoryData.Series(
        name: legendName(topic), values: years.map { Double(topic.countsByYear[$0] ?? 0) }, color: options.theme.topicColor(index))
    }
    let withoutYear = model.topics.reduce(0) { $0 + $1.size - $1.countsByYear.values.reduce(0, +) }
    let unassigned = model.assignments.filter { $0 == nil }.count
    var notes: [String] = []
    if withoutYear > 0 { notes.append(counted(withoutYear, "publication") + " without a year not shown.") }
    if unassigned > 0 {
      notes.append("\(unassigned) publication\(unassigned == 1 ? " has" : "s have") no usable words in title or abstract and no topic.")
    }
    return ChartSpec(
      name: "topics-per-year", title: "Topics over the years",
      caption: "Publications per year from \(years[0]) to \(years[years.count - 1]), stacked by topic (\(model.topics.count) topics).",
      content: .categories(
        CategoryData(
          categories: years.map(String.init), series: series, categoryAxisTitle: "Year", valueAxisTitle: "Publications",
          highlightedCategories: options.highlightedYears.map { $0.map(String.init) } ?? [], showsValueLabels: false)),
      notes: notes, size: ChartSize(width: options.width, height: max((options.width * 0.62).rounded(), 260)), theme: options.theme)
  }

  /// The topics on a plane, close when their vocabularies are (multidimensional scaling of
  /// centroid distances): circle area by publications, lines between topics that share
  /// publications (a paper whose runner-up topic is the other), each labelled by its top terms,
  /// or by its number (as in the legend) where the terms find no room.
  package static func topicMap(topics model: TopicModel, options: Options = Options()) -> ChartSpec? {
    guard model.topics.count > 1 else { return nil }
    let map = TopicMap(model)
    let nodes = model.topics.enumerated().map { index, topic in
      NetworkData.Node(
        label: shortLabel(topic), x: map.positions[index].x, y: map.positions[index].y, value: Double(topic.size),
        color: options.theme.topicColor(index), wantsLabel: true, isOwner: false, fallbackLabel: String(topic.number))
    }
    // The strongest 2k overlaps only: with every pair drawn, ten topics make a hairball.
    let strongest = model.overlaps.sorted { ($0.publications, -$0.first, -$0.second) > ($1.publications, -$1.first, -$1.second) }
      .prefix(2 * model.topics.count).sorted { ($0.first, $0.second) < ($1.first, $1.second) }
    let links = strongest.map { NetworkData.Link(source: $0.first, target: $0.second, weight: Double($0.publications)) }
    let legend = model.topics.enumerated().map { index, topic in
      LegendEntry(name: legendName(topic), color: options.theme.topicColor(index))
    }
    return ChartSpec(
      name: "topic-map", title: "Topic map",
      caption: "The \(model.topics.count) topics placed by how alike their words are; circle area is publications, lines join topics that share publications.",
      content: .network(NetworkData(nodes: nodes, links: links, legend: legend)),
      notes: ["Near topics use similar words. Circle area: publications; line width: publications between the two topics (the strongest links)."],
      size: ChartSize(width: options.width, height: max((options.width * 0.75).rounded(), 300)), theme: options.theme)
  }

  /// "3 speech translation, talking faces": number and the first two terms.
  static func legendName(_ topic: Topic) -> String {
    "\(topic.number) \(shortLabel(topic))"
  }

  static func shortLabel(_ topic: Topic) -> String {
    topic.terms.isEmpty ? "Topic \(topic.number)" : topic.terms.prefix(2).joined(separator: ", ")
  }
}
