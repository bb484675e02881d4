import Analysis
import CairoRendering
import Figures
import Foundation
import Publications
import Report

/// What `pubreport report` is asked to do.
public struct ReportOptions: Sendable {
  public var files: [String]
  public var owners: [String]
  public var outputDirectory: String
  public var formats: [CairoRenderer.Format]
  public var chartWidthCentimetres: Double
  public var fontsDirectory: String?
  public var aliases: NameAliases
  /// The years the report is about; all years when nil.
  public var window: YearWindow?
  /// The chart text size in points (labels; titles and notes scale with it).
  public var fontSize: Double?
  /// The user's colours for venue kinds (by raw value) and topics.
  public var kindColors: [String: Color] = [:]
  public var topicColors: [Color] = []
  /// A Mustache template for report.md (`ReportTemplate.standard` when nil).
  public var template: String?

  public init(
    files: [String], owners: [String] = [], outputDirectory: String = "report",
    formats: [CairoRenderer.Format] = [.png(scale: 2), .pdf, .svg], chartWidthCentimetres: Double = 16,
    fontsDirectory: String? = nil, aliases: NameAliases = NameAliases(), window: YearWindow? = nil
  ) {
    self.files = files
    self.owners = owners
    self.outputDirectory = outputDirectory
    self.formats = formats
    self.chartWidthCentimetres = chartWidthCentimetres
    self.fontsDirectory = fontsDirectory
    self.aliases = aliases
    self.window = window
  }

  /// Parses `png,pdf,svg`.
  public static func formats(from list: String, pngScale: Double = 2) throws -> [CairoRenderer.Format] {
    try list.split(separator: ",").map { name in
      switch name.trimmingCharacters(in: .whitespaces).lowercased() {
      case "png": .png(scale: pngScale)
      case "pdf": .pdf
      case "svg": .svg
      default: throw PubReportError.badFormat(String(name))
      }
    }
  }
}

/// `pubreport report`: reads the inputs and writes report.md, the charts and the data.
///
///     files → Corpus (read, owners) → PublicationCharts + TopicModel (specs) → ChartLayout
///     (scenes, measured by Pango) → BatchRenderer (PNG/PDF/SVG bytes, both cores)
///     → ReportBuilder → ReportTemplate (Markdown)
///     → OutputDirectory (staged, then renamed in together; marker)
public enum ReportPipeline {
  /// The files written, relative to the output folder.
  public struct Outcome: Sendable {
    public var corpus: Corpus
    public var files: [String]
  }

  public static func run(_ options: ReportOptions) throws -> Outcome {
    // 1. Read.
    try run(options, corpus: Corpus.load(files: options.files, owners: options.owners, aliases: options.aliases))
  }

  /// Writes the report of a corpus already read (the command prints its diagnostics first).
  public static func run(_ options: ReportOptions, corpus: Corpus) throws -> Outcome {
    guard !corpus.publications.isEmpty else { throw PubReportError.nothingUsable }
    // 2. Describe the charts.
    let width = (options.chartWidthCentimetres / 2.54 * 72).rounded()
    // With a window, the year charts show every year and mark the window's; the rest is the window's.
    let inWindow = options.window.map { $0.filter(corpus.publications) } ?? corpus.publications
    var theme = options.fontSize.map { Theme(titleSize: $0 + 2.5, labelSize: $0, noteSize: $0 - 0.5) } ?? .standard
    theme.kindColors = options.kindColors
    theme.topicColors = options.topicColors
    let chartOptions = PublicationCharts.Options(width: width, theme: theme, highlightedYears: options.window?.years)
    let specs = StageClock.measure("charts") {
      [
        PublicationCharts.perYear(corpus.publications, options: chartOptions),
        PublicationCharts.venues(inWindow, options: chartOptions),
        PublicationCharts.cumulative(corpus.publications, options: chartOptions),
      ] + [StageClock.measure("network") { PublicationCharts.network(inWindow, options: chartOptions) }].compactMap { $0 }
    }
    // Topics are fitted on every publication, so a window's topics keep their names and numbers.
    let topics = StageClock.measure("topics") { TopicModel(corpus.publications) }
    let topicSpecs = [
      PublicationCharts.topicsPerYear(corpus.publications, topics: topics, options: chartOptions),
      PublicationCharts.topicMap(topics: topics, options: chartOptions),
    ].compactMap { $0 }
    // 3. Lay out and draw every chart in memory, in a fixed order, before writing anything.
    let fonts = FontLocator.locate(explicit: options.fontsDirectory)
    let engine = try PangoTextEngine(fontsDirectory: fonts)
    var files: [(path: String, job: BatchRenderer.Job)] = []
    for spec in specs + topicSpecs {
      let scene = ChartLayout.layout(spec, measuring: engine)
      for format in options.formats {
        files.append(("charts/\(spec.name).\(format.fileExtension)", .chart(scene, format, title: spec.title)))
      }
    }
    // The grant-report pack: a summary page and every chart, one vector PDF.
    if options.formats.contains(.pdf) {
      let summary = ReportSummaryText.paragraphs(corpus: corpus, publications: inWindow, window: options.window)
      let cover = SummaryPage.layout(
        title: ReportBuilder.title(corpus.owners) + (options.window.map { ", \($0.label)" } ?? ""), paragraphs: summary,
        size: ChartSize(width: width, height: (width * 1.3).rounded()), measuring: engine)
      let pages = [cover] + (specs + topicSpecs).map { ChartLayout.layout($0, measuring: engine) }
      files.append(("charts.pdf", .document(pages, title: "Publication charts")))
    }
    let rendered = try StageClock.measure("render") { try BatchRenderer.render(files.map(\.job), fontsDirectory: fonts) }
    var outputs: [(path: String, data: Data)] = []
    for (file, result) in zip(files, rendered) {
      do {
        outputs.append((file.path, try result.get()))
      } catch {
        throw PubReportError.rendering(chart: file.path, reason: "\(error)")
      }
    }
    // 4. The report and the data.
    let sections = ReportBuilder.sections(
      .init(
        publications: inWindow, owners: corpus.owners, charts: specs,
        chartFormats: embeddedOrder(options.formats), diagnostics: corpus.diagnostics, inputFiles: options.files,
        mergedCount: corpus.mergedPairs.count, window: options.window, allPublications: corpus.publications,
        topics: topics, topicCharts: topicSpecs))
    let markdown: String
    do {
      markdown = try ReportTemplate.render(sections, template: options.template ?? ReportTemplate.standard)
    } catch {
      throw PubReportError.badTemplate(reason: "\(error)")
    }
    outputs.append(("report.md", Data(markdown.utf8)))
    outputs.append(("data/publications.json", Data((try PublicationsDocument.jsonString(corpus.publications) + "\n").utf8)))
    outputs.append(("data/stats.json", Data((try StatsDocument(corpus, topics: topics).jsonString() + "\n").utf8)))
    outputs.append(("data/topics.json", Data((try TopicsDocument(corpus.publications, model: topics).jsonString() + "\n").utf8)))
    outputs.append(("data/publications.csv", Data(DataExports.publicationsCSV(inWindow).utf8)))
    outputs.append(("data/publications.bib", Data(DataExports.bibTeX(inWindow).utf8)))
    outputs.append(("data/collaborators.csv", Data(DataExports.collaboratorsCSV(Collaborators(inWindow)).utf8)))
    if let end = options.window?.until ?? corpus.publications.compactMap(\.year).max() {
      outputs.append(("data/coa.csv", Data(DataExports.coaCSV(Collaborators(corpus.publications, people: corpus.people), endYear: end).utf8)))
    }
    // 5. Write atomically into our folder.
    try StageClock.measure("write") {
      var directory = try OutputDirectory(path: options.outputDirectory)
      for output in outputs { try directory.write(output.data, to: output.path) }
      try directory.finish()
    }
    return Outcome(corpus: corpus, files: outputs.map(\.path))
  }

  /// Formats in the order the report embeds them: a raster or SVG image first, PDF as a link.
  private static func embeddedOrder(_ formats: [CairoRenderer.Format]) -> [String] {
    let names = formats.map(\.fileExtension)
    return names.sorted { rank($0) < rank($1) }
  }

  private static func rank(_ name: String) -> Int {
    ["png": 0, "svg": 1, "pdf": 2][name] ?? 3
  }
}
