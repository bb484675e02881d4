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
    let settings = try input.settings()
    let options = TopicModel.Options(count: count)
    let corpus = input.corpus(settings, topics: options)
    DiagnosticPrinter.print(corpus)
    guard !corpus.publications.isEmpty else { throw ExitCode.failure }
    // Topics are fitted on every year, so a window's topics keep their names (as in the report).
    let model = corpus.topicModel(options)
    let document = TopicsDocument(corpus.publications, model: model, window: settings.window)
    print(json ? try document.jsonString() : TopicsText.render(document))
    try input.checkStrict(corpus)
  }
}
