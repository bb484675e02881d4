import ArgumentParser
import PubReportKit

struct ParseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse", abstract: "List the publications found in the inputs.")

  @OptionGroup var input: InputOptions

  @Flag(help: "Print the publications as a JSON array.")
  var json = false

  func run() throws {
    let settings = try input.settings()
    let corpus = input.corpus(settings)
    DiagnosticPrinter.print(corpus)
    guard !corpus.publications.isEmpty else { throw ExitCode.failure }
    let inWindow = corpus.restricted(to: settings.window)
    print(json ? try PublicationsDocument.jsonString(inWindow.publications) : PublicationTable.render(inWindow.publications))
    try input.checkStrict(corpus)
  }
}
