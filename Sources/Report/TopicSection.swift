import Analysis
import Figures
import Publications

/// What the research is about: the topics in a sentence, the topic charts, a table, and one
/// sentence per topic naming its span, venues and a representative publication.
enum TopicSection {
  /// - Parameters:
  ///   - model: topics fitted on `all` (so a window's topics keep their names and numbers).
  ///   - window: when set, counts in the window are given beside the totals.
  static func blocks(
    _ model: TopicModel?, all publications: [Publication], charts: [ReportDocument.Block], window: YearWindow?
  ) -> [ReportDocument.Block] {
    guard let model, !model.topics.isEmpty else { return [] }
    var blocks: [ReportDocument.Block] = [.heading(level: 2, [.text("Topics")]), .paragraph([.text(introduction(model))])]
    blocks += charts
    blocks.append(table(model, window: window))
    blocks.append(.bulletList(model.topics.map { sentence($0, publications: publications, window: window) }))
    return blocks
  }

  private static func introduction(_ model: TopicModel) -> String {
    let clustered = model.topics.reduce(0) { $0 + $1.size }
    var text = "The titles and abstracts of \(clustered) publication\(clustered == 1 ? "" : "s") fall into "
      + "\(model.topics.count) topic\(model.topics.count == 1 ? "" : "s"), each named by its most distinctive words and phrases"
    if model.silhouette != nil { text += "; the number of topics is the one that separates them best (silhouette)" }
    text += "."
    let unassigned = model.assignments.filter { $0 == nil }.count
    if unassigned > 0 { text += " \(unassigned) publication\(unassigned == 1 ? " has" : "s have") too few words to place." }
    return text
  }

  private static func table(_ model: TopicModel, window: YearWindow?) -> ReportDocument.Block {
    var header = ["#", "Topic", "Publications"]
    if let window { header.append("In \(window.label)") }
    header += ["Years", "Top venues"]
    let rows = model.topics.map { topic -> [[ReportDocument.Inline]] in
      var row: [[ReportDocument.Inline]] = [[.text(String(topic.number))], [.text(topic.label)], [.text(String(topic.size))]]
      if let window { row.append([.text(String(count(topic, in: window)))]) }
      row.append([.text(span(topic) ?? "")])
      row.append([.text(topic.topVenues.map(\.name).joined(separator: ", "))])
      return row
    }
    let alignRight = header.map { ["#", "Publications"].contains($0) || $0.hasPrefix("In ") }
    return .table(header: header, rows: rows, alignRight: alignRight)
  }

  /// "**1 diffusion models, pruning, inference**: 9 publications, 2022–2025, most at NeurIPS (3)
  /// and CVPR (2); for example “AMD: Autoregressive Motion Diffusion”."
  private static func sentence(_ topic: Topic, publications: [Publication], window: YearWindow?) -> [ReportDocument.Inline] {
    var text = ": \(topic.size) publication\(topic.size == 1 ? "" : "s")"
    if let window { text += " (\(count(topic, in: window)) in \(window.label))" }
    if let span = span(topic) { text += ", \(span)" }
    let venues = topic.topVenues.prefix(2).map { "\($0.name) (\($0.count))" }
    // "Most at" only when some venue holds more than one of the topic's papers.
    if !venues.isEmpty { text += ((topic.topVenues.first?.count ?? 0) > 1 ? ", most at " : ", at ") + venues.joined(separator: " and ") }
    if let example = topic.publications.first { text += "; for example “\(publications[example].title)”" }
    return [.strong([.text("\(topic.number) \(topic.label)")]), .text(text + ".")]
  }

  static func count(_ topic: Topic, in window: YearWindow) -> Int {
    topic.countsByYear.filter { window.years.contains($0.key) }.values.reduce(0, +)
  }

  private static func span(_ topic: Topic) -> String? {
    topic.activeYears.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" }
  }
}
