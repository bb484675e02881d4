import Analysis
import ArgumentParser
import PubReportKit

struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats", abstract: "Count publications per year and venue, people and co-author pairs.")

  @OptionGroup var input: InputOptions

  @Flag(help: "Print one JSON object.")
  var json = false

  func run() throws {
    let settings = try input.settings()
    let corpus = input.corpus(settings, topics: TopicModel.Options())
    DiagnosticPrinter.print(corpus)
    guard !corpus.publications.isEmpty else { throw ExitCode.failure }
    let document = StatsDocument(corpus, window: settings.window)
    print(json ? try document.jsonString() : StatsText.render(document))
    try input.checkStrict(corpus)
  }
}
