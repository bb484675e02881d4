import Analysis
import Figures
import Publications

/// Builds the summary report from the publications, their statistics and the chart specs.
///
/// Sections: title, summary in words, charts, per-year table, venue table, the publications by
/// year (newest first, owners in bold), and data quality (every warning with file and line).
package enum ReportBuilder {
  /// What a report is made of.
  package struct Input: Sendable {
    /// The run's analysis: publications, window, counts, collaborators, topics.
    package var analysis: PublicationAnalysis
    /// The charts, embedded in the Charts and Topics sections.
    package var charts: ReportCharts
    /// Chart file extensions written, the first one embedded (`png`, `svg`, `pdf`).
    package var chartFormats: [String]
    package var diagnostics: [Diagnostic]
    package var inputFiles: [String]
    /// Papers read from more than one source and merged into one.
    package var mergedCount: Int

    package init(
      analysis: PublicationAnalysis, charts: ReportCharts, chartFormats: [String], diagnostics: [Diagnostic] = [],
      inputFiles: [String] = [], mergedCount: Int = 0
    ) {
      self.analysis = analysis
      self.charts = charts
      self.chartFormats = chartFormats
      self.diagnostics = diagnostics
      self.inputFiles = inputFiles
      self.mergedCount = mergedCount
    }
  }

  package static func build(_ input: Input) -> ReportDocument {
    ReportDocument(blocks: sections(input).all)
  }

  /// The report cut into its sections, for templates.
  package static func sections(_ input: Input) -> ReportSections {
    let analysis = input.analysis
    let stats = analysis.windowStats
    var heading = title(analysis.owners)
    if let window = analysis.window { heading += ", \(window.label)" }
    var summary: [ReportDocument.Block] = []
    if let window = analysis.window {
      summary.append(.paragraph(WindowSummary.sentences(window, analysis: analysis)))
    }
    var sentences = ReportSummary.sentences(stats, publications: analysis.inWindow)
    if let citations = analysis.citations {
      sentences.append(
        .text(" \(counted(citations.total, "citation")) as the inputs count them; h-index \(citations.hIndex)."))
    }
    summary.append(.paragraph(sentences))
    return ReportSections(
      title: heading, summary: summary, charts: chartBlocks(input), perYear: yearTable(stats, publications: analysis.inWindow),
      venues: venueTable(stats),
      citations: CitationSection.blocks(analysis.citations, publications: analysis.publications, window: analysis.window),
      topics: TopicSection.blocks(
        analysis.topics, all: analysis.publications, charts: figures(input.charts.topics, formats: input.chartFormats),
        window: analysis.window),
      collaborators: CollaboratorSection.blocks(analysis.windowCollaborators, affiliations: analysis.affiliations),
      publications: PublicationList.blocks(analysis.inWindow),
      dataQuality: DataQuality.blocks(input.diagnostics, inputFiles: input.inputFiles, mergedCount: input.mergedCount),
      publicationCount: stats.publications, firstYear: stats.yearSpan?.lowerBound, lastYear: stats.yearSpan?.upperBound,
      owners: analysis.owners, window: analysis.window?.label)
  }

  package static func title(_ owners: [String]) -> String {
    switch owners.count {
    case 0: "Research summary"
    case 1: "Research summary: \(owners[0])"
    default: "Research summary: " + owners.dropLast().joined(separator: ", ") + " and " + (owners.last ?? "")
    }
  }

  private static func chartBlocks(_ input: Input) -> [ReportDocument.Block] {
    let blocks = figures(input.charts.overview, formats: input.chartFormats)
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
