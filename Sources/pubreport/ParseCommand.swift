import ArgumentParser
import PubReportKit

struct ParseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse", abstract: "List the publications found in the inputs.")

  @OptionGroup var input: InputOptions

  @Flag(help: "Print the publications as a JSON array.")
  var json = false

  func run() throws {
    let corpus = input.corpus(try input.settings())
    DiagnosticPrinter.print(corpus)
    guard !corpus.publications.isEmpty else { throw ExitCode.failure }
    print(json ? try PublicationsDocument.jsonString(corpus.publications) : PublicationTable.render(corpus.publications))
    try input.checkStrict(corpus)
  }
}
