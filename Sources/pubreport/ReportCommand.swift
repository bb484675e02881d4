import Analysis
import ArgumentParser
import Foundation
import PubReportKit

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report", abstract: "Write report.md, the charts (PNG, PDF, SVG) and the data.")

  @OptionGroup var input: InputOptions

  @Option(help: "The folder to write; created when missing, refused when it holds files pubreport did not write.")
  var out = "report"

  @Option(help: "Chart formats, comma-separated: png, pdf, svg (default: all three, or the config's).")
  var formats: ChartFormatList?

  @Option(help: "Chart width from 4 to 60 cm, e.g. 16cm, 160mm or 6.3in (default: 16cm, or the config's).")
  var chartWidth: ChartWidth?

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
    _ = try window()
  }

  func run() throws {
    let window = try window()
    let settings = try input.settings { flags in
      flags.window = window
      flags.outputDirectory = out
      flags.formats = formats?.formats
      flags.chartWidth = chartWidth
      flags.fontsDirectory = fonts
      flags.templateFile = template
    }
    let corpus = input.corpus(settings)
    DiagnosticPrinter.print(corpus)
    do {
      let outcome = try ReportPipeline.run(settings, corpus: corpus)
      print("wrote \(outcome.files.count) files to \(out)/ (\(outcome.corpus.publications.count) publications)")
      try input.checkStrict(corpus)
    } catch let error as ExitCode {
      throw error
    } catch let error as PubReportError {
      DiagnosticPrinter.printError(error)
      throw ExitCode.failure
    }
  }
}
