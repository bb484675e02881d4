import Analysis
import ArgumentParser
import Foundation
import PubReportKit
import Publications

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

  func run() throws {
    let settings = try input.settings { flags in
      flags.outputDirectory = out
      flags.formats = formats?.formats
      flags.chartWidth = chartWidth
      flags.fontsDirectory = fonts
      flags.templateFile = template
    }
    let corpus = input.corpus(settings, topics: TopicModel.Options())
    DiagnosticPrinter.print(corpus)
    do {
      let outcome = try ReportPipeline.run(settings, corpus: corpus)
      print("wrote \(counted(outcome.files.count, "file")) to \(out)/ (\(counted(outcome.corpus.publications.count, "publication")))")
      try input.checkStrict(corpus)
    } catch let error as ExitCode {
      throw error
    } catch let error as PubReportError {
      DiagnosticPrinter.printError(error)
      throw ExitCode.failure
    }
  }
}
