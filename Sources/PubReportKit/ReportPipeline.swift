import Analysis
import CairoRendering
import Figures
import Foundation
import Publications
import Report

/// `pubreport report`: reads the inputs and writes report.md, the charts and the data.
///
///     settings → Corpus (read, owners) → PublicationAnalysis (counts, graph, communities,
///     layout, collaborators, topics: once) → ReportCharts (specs) → ReportBuilder (sections)
///     → ChartLayout (scenes, measured by Pango) → BatchRenderer (PNG/PDF/SVG bytes, both cores)
///     → ReportTemplate (Markdown) → OutputDirectory (staged, then renamed in together; marker)
package enum ReportPipeline {
  /// The files written, relative to the output folder.
  package struct Outcome: Sendable {
    package var corpus: Corpus
    package var files: [String]
  }

  package static func run(_ settings: Settings) throws -> Outcome {
    // 1. Read.
    try run(settings, corpus: Corpus.load(settings, topics: TopicModel.Options()))
  }

  /// Writes the report of a corpus already read (the command prints its diagnostics first).
  package static func run(_ settings: Settings, corpus: Corpus) throws -> Outcome {
    guard !corpus.publications.isEmpty else { throw PubReportError.nothingUsable }
    // 2. Analyse once; everything below only reads the analysis.
    let analysis = corpus.analysis(window: settings.window)
    // 3. Describe the charts and the report's sections.
    let width = (settings.chartWidthCentimetres / 2.54 * 72).rounded()
    var theme = settings.fontSize.map { Theme(titleSize: $0 + 2.5, labelSize: $0, noteSize: $0 - 0.5) } ?? .standard
    theme.kindColors = settings.kindColors
    theme.topicColors = settings.topicColors
    let chartOptions = PublicationCharts.Options(width: width, theme: theme, highlightedYears: settings.window?.years)
    let charts = StageClock.measure("charts") { ReportCharts(analysis, options: chartOptions) }
    let sections = ReportBuilder.sections(
      .init(
        analysis: analysis, charts: charts, chartFormats: embeddedOrder(settings.formats), diagnostics: corpus.diagnostics,
        inputFiles: settings.files, mergedCount: corpus.mergedPairs.count))
    // 4. Lay out and draw every chart in memory, in a fixed order, before writing anything.
    let fonts = FontLocator.locate(explicit: settings.fontsDirectory)
    let engine = try PangoTextEngine(fontsDirectory: fonts)
    var files: [(path: String, job: BatchRenderer.Job)] = []
    for spec in charts.all {
      let scene = ChartLayout.layout(spec, measuring: engine)
      for format in settings.rendererFormats {
        files.append(("charts/\(spec.name).\(format.fileExtension)", .chart(scene, format, title: spec.title)))
      }
    }
    // The grant-report pack: the summary on a cover page and every chart, one vector PDF.
    if settings.formats.contains(.pdf) {
      let cover = SummaryPage.layout(
        title: sections.title, paragraphs: ReportSummaryText.paragraphs(sections.summary),
        size: ChartSize(width: width, height: (width * 1.3).rounded()), measuring: engine)
      let pages = [cover] + charts.all.map { ChartLayout.layout($0, measuring: engine) }
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
    // 5. The report and the data.
    let markdown: String
    do {
      markdown = try ReportTemplate.render(sections, template: settings.template ?? ReportTemplate.standard)
    } catch {
      throw PubReportError.badTemplate(reason: "\(error)")
    }
    outputs.append(("report.md", Data(markdown.utf8)))
    outputs.append(("data/publications.json", Data((try PublicationsDocument.jsonString(corpus.publications) + "\n").utf8)))
    outputs.append(("data/stats.json", Data((try StatsDocument(corpus, analysis: analysis).jsonString() + "\n").utf8)))
    if let topics = analysis.topics {
      outputs.append(("data/topics.json", Data((try TopicsDocument(corpus.publications, model: topics).jsonString() + "\n").utf8)))
    }
    outputs.append(("data/publications.csv", Data(DataExports.publicationsCSV(analysis.inWindow).utf8)))
    outputs.append(("data/publications.bib", Data(DataExports.bibTeX(analysis.inWindow).utf8)))
    outputs.append(("data/collaborators.csv", Data(DataExports.collaboratorsCSV(analysis.windowCollaborators).utf8)))
    if let end = settings.window?.until ?? corpus.publications.compactMap(\.year).max() {
      outputs.append(("data/coa.csv", Data(DataExports.coaCSV(analysis.collaborators, endYear: end).utf8)))
    }
    // 6. Write atomically into our folder.
    try StageClock.measure("write") {
      var directory = try OutputDirectory(path: settings.outputDirectory)
      for output in outputs { try directory.write(output.data, to: output.path) }
      try directory.finish()
    }
    return Outcome(corpus: corpus, files: outputs.map(\.path))
  }

  /// Formats in the order the report embeds them: a raster or SVG image first, PDF as a link.
  private static func embeddedOrder(_ formats: [ChartFormat]) -> [String] {
    formats.map(\.rawValue).sorted { rank($0) < rank($1) }
  }

  private static func rank(_ name: String) -> Int {
    ["png": 0, "svg": 1, "pdf": 2][name] ?? 3
  }
}
