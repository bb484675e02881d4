import Analysis
import Figures
import Publications

/// Builds the summary report from the publications, their statistics and the chart specs.
///
/// Sections: title, summary in words, charts, per-year table, venue table, the publications by
/// year (newest first, owners in bold), and data quality (every warning with file and line).
public enum ReportBuilder {
  /// What a report is made of.
  public struct Input: Sendable {
    public var publications: [Publication]
    public var owners: [String]
    public var charts: [ChartSpec]
    /// Chart file extensions written, the first one embedded (`png`, `svg`, `pdf`).
    public var chartFormats: [String]
    public var diagnostics: [Diagnostic]
    public var inputFiles: [String]
    /// Papers read from more than one source and merged into one.
    public var mergedCount: Int
    /// The reporting window `publications` were cut to, and every publication, for comparisons.
    public var window: YearWindow?
    public var allPublications: [Publication]
    /// Topics fitted on `allPublications`, and their charts (shown in the Topics section).
    public var topics: TopicModel?
    public var topicCharts: [ChartSpec]

    public init(
      publications: [Publication], owners: [String], charts: [ChartSpec], chartFormats: [String],
      diagnostics: [Diagnostic], inputFiles: [String], mergedCount: Int = 0, window: YearWindow? = nil,
      allPublications: [Publication]? = nil, topics: TopicModel? = nil, topicCharts: [ChartSpec] = []
    ) {
      self.publications = publications
      self.owners = owners
      self.charts = charts
      self.chartFormats = chartFormats
      self.diagnostics = diagnostics
      self.inputFiles = inputFiles
      self.mergedCount = mergedCount
      self.window = window
      self.allPublications = allPublications ?? publications
      self.topics = topics
      self.topicCharts = topicCharts
    }
  }

  public static func build(_ input: Input) -> ReportDocument {
    ReportDocument(blocks: sections(input).all)
  }

  /// The report cut into its sections, for templates.
  public static func sections(_ input: Input) -> ReportSections {
    let stats = PublicationStats(input.publications, owners: input.owners)
    var heading = title(input.owners)
    if let window = input.window { heading += ", \(window.label)" }
    var summary: [ReportDocument.Block] = []
    if let window = input.window {
      summary.append(.paragraph(WindowSummary.sentences(window, all: input.allPublications, topics: input.topics)))
    }
    summary.append(.paragraph(ReportSummary.sentences(stats, publications: input.publications)))
    return ReportSections(
      title: heading, summary: summary, charts: chartBlocks(input), perYear: yearTable(stats, publications: input.publications),
      venues: venueTable(stats),
      topics: TopicSection.blocks(
        input.topics, all: input.allPublications, charts: figures(input.topicCharts, formats: input.chartFormats), window: input.window),
      collaborators: CollaboratorSection.blocks(Collaborators(input.publications)),
      publications: PublicationList.blocks(input.publications),
      dataQuality: DataQuality.blocks(input.diagnostics, inputFiles: input.inputFiles, mergedCount: input.mergedCount),
      publicationCount: stats.publications, firstYear: stats.yearSpan?.lowerBound, lastYear: stats.yearSpan?.upperBound,
      owners: input.owners, window: input.window?.label)
  }

  public static func title(_ owners: [String]) -> String {
    switch owners.count {
    case 0: "Research summary"
    case 1: "Research summary: \(owners[0])"
    default: "Research summary: " + owners.dropLast().joined(separator: ", ") + " and " + (owners.last ?? "")
    }
  }

  private static func chartBlocks(_ input: Input) -> [ReportDocument.Block] {
    let blocks = figures(input.charts, formats: input.chartFormats)
    return blocks.isEmpty ? [] : [.heading(level: 2, [.text("Charts")])] + blocks
  }

  /// One figure per chart: the first format embedded, the others linked.
  private static func figures(_ charts: [ChartSpec], formats: [String]) -> [ReportDocument.Block] {
    guard let embedded = formats.first else { return [] }
    return charts.map { chart in
      let alternatives = formats.dropFirst().map {
        ReportDocument.FigureLink(label: $0.uppercased(), path: "charts/\(chart.name).\($0)")
      }
      return .figure(alt: chart.caption, path: "charts/\(chart.name).\(embedded)", alternatives: alternatives)
    }
  }

  private static func yearTable(_ stats: PublicationStats, publications: [Publication]) -> [ReportDocument.Block] {
    guard let span = stats.yearSpan else { return [] }
    let kinds = Venue.Kind.allCases.filter { kind in publications.contains { ($0.venue?.kind ?? .other) == kind } }
    let header = ["Year"] + kinds.map { $0.displayName.capitalizedFirst } + ["Total"]
    var years: [Int?] = span.reversed().map { $0 }
    if stats.unknownYear > 0 { years.append(nil) }
    let rows = years.map { year -> [[ReportDocument.Inline]] in
      let inYear = publications.filter { $0.year == year }
      let counts = kinds.map { kind in [ReportDocument.Inline.text(String(inYear.filter { ($0.venue?.kind ?? .other) == kind }.count))] }
      return [[.text(year.map(String.init) ?? "unknown")]] + counts + [[.strong([.text(String(inYear.count))])]]
    }
    return [
      .heading(level: 2, [.text("Publications per year")]),
      .table(header: header, rows: rows, alignRight: [false] + kinds.map { _ in true } + [true]),
    ]
  }

  private static func venueTable(_ stats: PublicationStats) -> [ReportDocument.Block] {
    guard !stats.venues.isEmpty else { return [] }
    let rows = stats.venues.map { venue -> [[ReportDocument.Inline]] in
      [[.text(venue.name)], [.text(venue.kind.displayName)], [.text(String(venue.count))]]
    }
    var blocks: [ReportDocument.Block] = [
      .heading(level: 2, [.text("Venues")]),
      .table(header: ["Venue", "Kind", "Publications"], rows: rows, alignRight: [false, false, true]),
    ]
    if stats.withoutVenue > 0 {
      blocks.append(.paragraph([.text("\(stats.withoutVenue) publication\(stats.withoutVenue == 1 ? " names" : "s name") no venue.")]))
    }
    return blocks
  }
}

extension String {
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
