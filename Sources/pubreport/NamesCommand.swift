import Analysis
import ArgumentParser
import PubReportKit

struct NamesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "names",
    abstract: "List people who may be one person written two ways, to write an alias file.")

  @OptionGroup var input: InputOptions

  func run() throws {
    let settings = try input.settings()
    let corpus = input.corpus(settings)
    DiagnosticPrinter.print(corpus)
    guard !corpus.publications.isEmpty else { throw ExitCode.failure }
    let inWindow = corpus.restricted(to: settings.window)
    print(NamesText.render(LikelyDuplicates.find(in: inWindow.publications)))
    try input.checkStrict(corpus)
  }
}
