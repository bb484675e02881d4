import Analysis
import ArgumentParser
import PubReportKit

struct NamesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "names",
    abstract: "List people who may be one person written two ways, to write an alias file.")

  @OptionGroup var input: InputOptions

  func run() throws {
    let corpus = input.corpus(try input.settings())
    DiagnosticPrinter.print(corpus)
    guard !corpus.publications.isEmpty else { throw ExitCode.failure }
    print(NamesText.render(LikelyDuplicates.find(in: corpus.publications)))
    try input.checkStrict(corpus)
  }
}
