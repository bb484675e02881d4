import Analysis
import ArgumentParser
import CairoRendering
import Foundation
import PubReportKit

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report", abstract: "Write report.md, the charts (PNG, PDF, SVG) and the data.")

  @OptionGroup var input: InputOptions

  @Option(help: "The folder to write; created when missing, refused when it holds files pubreport did not write.")
  var out = "report"

  @Option(help: "Chart formats, comma-separated: png, pdf, svg (default: all three, or the config's).")
  var formats: String?

  @Option(help: "Chart width, e.g. 16cm or 6.3in (default: 16cm, or the config's).")
  var chartWidth: String?

  @Option(help: "The folder of bundled fonts (default: pubreport's fonts/).")
  var fonts: String?

  @Option(help: "A Mustache template for report.md (see `pubreport template`).")
  var template: String?

  @Option(help: "Report on one year (the yearly summary).")
  var year: Int?

  @Option(help: "Report on the years from this one (with --until, a grant period).")
  var since: Int?

  @Option(help: "Report on the years up to this one.")
  var until: Int?

  /// The window the options ask for, if any.
  private func window() throws -> YearWindow? {
    do {
      return try YearWindow.requested(year: year, since: since, until: until)
    } catch {
      throw ValidationError(error.message(prefix: "--"))
    }
  }

  func validate() throws {
    _ = try centimetres()
    do { _ = try ReportOptions.formats(from: formats ?? "png") } catch { throw ValidationError("\(error)") }
  }

  func run() throws {
    let configuration = try input.configuration()
    let formatList = formats ?? configuration.formats?.joined(separator: ",") ?? "png,pdf,svg"
    let parsedFormats: [CairoRenderer.Format]
    do {
      parsedFormats = try ReportOptions.formats(from: formatList, pngScale: configuration.pngScale ?? 2)
    } catch {
      throw ValidationError("\(error)")
    }
    let width = chartWidth == nil ? configuration.chartWidthCentimetres ?? 16 : try centimetres()
    if let size = configuration.fontSize, let problem = Configuration.fontSizeProblem(size, chartWidthCentimetres: width) {
      throw ValidationError("the config's \(problem); make the charts wider")
    }
    var options = ReportOptions(
      files: input.files, owners: input.owners, outputDirectory: out, formats: parsedFormats,
      chartWidthCentimetres: width, fontsDirectory: fonts, aliases: try input.aliasTable(),
      window: try window() ?? configuration.window)
    options.fontSize = configuration.fontSize
    options.kindColors = configuration.kindColors
    options.topicColors = configuration.topicColors
    if let template {
      guard let text = try? String(contentsOfFile: template, encoding: .utf8) else {
        throw ValidationError("\(template): can't read the template file")
      }
      options.template = text
    }
    let corpus = try input.corpus()
    DiagnosticPrinter.print(corpus)
    do {
      let outcome = try ReportPipeline.run(options, corpus: corpus)
      print("wrote \(outcome.files.count) files to \(out)/ (\(outcome.corpus.publications.count) publications)")
      try input.checkStrict(corpus)
    } catch let error as ExitCode {
      throw error
    } catch let error as PubReportError {
      DiagnosticPrinter.printError(error)
      throw ExitCode.failure
    }
  }

  /// The chart width in centimetres from `16cm`, `160mm` or `6.3in`.
  private func centimetres() throws -> Double {
    guard let chartWidth else { return 16 }
    let text = chartWidth.lowercased().filter { !$0.isWhitespace }
    let units: [(String, Double)] = [("cm", 1), ("mm", 0.1), ("in", 2.54)]
    for (suffix, factor) in units where text.hasSuffix(suffix) {
      if let value = Double(text.dropLast(suffix.count)), (4...60).contains(value * factor) { return value * factor }
    }
    throw ValidationError("--chart-width must be a width such as 16cm, 160mm or 6.3in (between 4 and 60 cm); got '\(chartWidth)'")
  }
}
