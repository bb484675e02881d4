import Analysis
import ArgumentParser
import Foundation
import PubReportKit
import Publications

struct GraphCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "graph", abstract: "Export the co-author network (GraphML, GEXF, Pajek, VOSviewer, CSV, DOT).")

  @OptionGroup var input: InputOptions

  @Option(help: "graphml, gexf, pajek, vosviewer, csv or dot.")
  var format: GraphExport.Format = .graphml

  @Option(help: "The path to write (default: coauthors in the current folder); the format's extension is added unless the path has it.")
  var out = "coauthors"

  @Option(help: "Community resolution (γ): above 1 gives more, smaller communities.")
  var resolution = 1.0

  @Flag(help: "Add force-directed layout positions (x, y) to the nodes.")
  var layout = false

  @Flag(help: "Find communities on fractional weights (a paper with n authors adds 1/(n−1) per pair).")
  var fractional = false

  func validate() throws {
    // NaN, infinity and negative values were taken, and gave communities that meant nothing.
    guard resolution.isFinite, resolution > 0 else {
      throw ValidationError("--resolution must be a positive number such as 1 or 0.5; got \(resolution)")
    }
  }

  func run() throws {
    let settings = try input.settings()
    let corpus = input.corpus(settings)
    DiagnosticPrinter.print(corpus)
    guard !corpus.publications.isEmpty else { throw ExitCode.failure }
    let inWindow = corpus.restricted(to: settings.window)
    let graph = StageClock.measure("graph") { CoauthorGraph(inWindow.publications, people: inWindow.people) }
    let communities = StageClock.measure("communities") { Communities(graph, resolution: resolution, fractional: fractional) }
    let positions = layout ? StageClock.measure("layout") { ForceLayout().positions(for: graph) } : nil
    let metrics = StageClock.measure("metrics") { GraphExport.Metrics(graph, positions: positions) }
    let affiliations = Affiliations(inWindow.publications, people: inWindow.people)
    do {
      let base = format.base(of: out)
      for file in GraphExport.files(graph, communities: communities, metrics: metrics, affiliations: affiliations, as: format) {
        try AtomicFile.write(Data(file.text.utf8), to: base + file.suffix)
        print("wrote \(base + file.suffix) (\(counted(graph.nodes.count, "person", "people")), \(counted(graph.edges.count, "pair")))")
      }
    } catch {
      DiagnosticPrinter.printError(error)
      throw ExitCode.failure
    }
    try input.checkStrict(corpus)
  }
}
