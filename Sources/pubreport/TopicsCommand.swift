import Analysis
import ArgumentParser
import PubReportKit

struct TopicsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "topics", abstract: "Group the publications into topics from their titles and abstracts.")

  @OptionGroup var input: InputOptions

  @Option(name: .customLong("topics"), help: "The number of topics (default: chosen from the data).")
  var count: Int?

  @Flag(help: "Print one JSON object.")
  var json = false

  func validate() throws {
    if let count, count < 1 { throw ValidationError("--topics must be at least 1.") }
  }

  func run() throws {
    let corpus = input.corpus(try input.settings())
    DiagnosticPrinter.print(corpus)
    guard !corpus.publications.isEmpty else { throw ExitCode.failure }
    let model = StageClock.measure("topics") { TopicModel(corpus.publications, options: TopicModel.Options(count: count)) }
    let document = TopicsDocument(corpus.publications, model: model)
    print(json ? try document.jsonString() : TopicsText.render(document))
    try input.checkStrict(corpus)
  }
}
