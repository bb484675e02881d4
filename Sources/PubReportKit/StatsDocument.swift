import Analysis
import Foundation
import Publications

/// The JSON `pubreport stats --json` prints: one object, stable keys, stable order.
package struct StatsDocument: Sendable, Codable, Equatable {
  package struct VenueRow: Sendable, Codable, Equatable {
    package var name: String
    package var kind: String
    package var count: Int
  }

  package struct Warning: Sendable, Codable, Equatable {
    package var file: String
    package var line: Int
    package var message: String
  }

  package var publications: Int
  /// "YYYY" → count, plus "unknown" when any publication has no year.
  package var years: [String: Int]
  package var venues: [VenueRow]
  package var withoutVenue: Int
  package var owners: [String]
  package var people: Int
  package var coauthorPairs: Int
  package var warnings: [Warning]
  package var coauthors: CoauthorSummary
  /// The topics, largest first.
  package var topics: [TopicRow]
  /// The years counted (`--year`, `--since`/`--until`, or `window:`); absent for every year.
  package var window: YearWindow?
  /// Citation indicators; absent when no input carries citation counts.
  package var citations: Citations?

  /// Citations in numbers, from the counts the inputs carry.
  package struct Citations: Sendable, Codable, Equatable {
    package var total: Int
    package var hIndex: Int
    package var i10Index: Int
    /// "YYYY" → citations received that year.
    package var perYear: [String: Int]
  }

  /// One topic: its label, its most distinctive terms and how many publications it holds.
  package struct TopicRow: Sendable, Codable, Equatable {
    package var label: String
    package var terms: [String]
    package var publications: Int
  }

  /// The co-author network in numbers.
  package struct CoauthorSummary: Sendable, Codable, Equatable {
    package var people: Int
    /// Distinct pairs who share a publication.
    package var pairs: Int
    package var components: Int
    package var communities: Int
    /// "YYYY" → names of collaborators whose first joint publication with an owner is that year.
    package var newByYear: [String: [String]]
  }

  /// The document of a corpus, analysed over every year with its topics.
  package init(_ corpus: Corpus) {
    self.init(corpus, analysis: corpus.analysis(parts: .topics))
  }

  /// The document of the publications of `window` (all without one): counts, people and the
  /// network of the window; topics fitted on every year, so they keep their names, each with
  /// its publications in the window (topics with none left out), as the report does.
  package init(_ corpus: Corpus, window: YearWindow?) {
    guard let window else {
      self.init(corpus)
      return
    }
    let inWindow = corpus.restricted(to: window)
    self.init(inWindow, analysis: inWindow.analysis(parts: []))
    let model = corpus.topicModel()
    topics = model.topics.compactMap { topic in
      let count = window.years.reduce(0) { $0 + (topic.countsByYear[$1] ?? 0) }
      return count == 0 ? nil : TopicRow(label: topic.label, terms: topic.terms, publications: count)
    }
    self.window = window
    // NB: h-index and totals are the whole career's, as funders read them; the years are those
    // of the window: citations received then, by papers of any year.
    citations = Self.citations(of: corpus.publications, years: window.years)
  }

  private static func citations(of publications: [Publication], years: ClosedRange<Int>? = nil) -> Citations? {
    CitationSummary(publications).map { summary in
      let perYear = summary.perYear.filter { years?.contains($0.key) ?? true }
      return Citations(
        total: summary.total, hIndex: summary.hIndex, i10Index: summary.i10Index,
        perYear: Dictionary(uniqueKeysWithValues: perYear.map { (String($0.key), $0.value) }))
    }
  }

  /// The document of a corpus and its analysis (with topics; over every year).
  package init(_ corpus: Corpus, analysis: PublicationAnalysis) {
    let stats = analysis.stats
    publications = stats.publications
    var years = Dictionary(uniqueKeysWithValues: stats.countsByYear.map { (String($0.key), $0.value) })
    if stats.unknownYear > 0 { years["unknown"] = stats.unknownYear }
    self.years = years
    venues = stats.venues.map { VenueRow(name: $0.name, kind: $0.kind.rawValue, count: $0.count) }
    withoutVenue = stats.withoutVenue
    owners = stats.owners
    people = stats.people
    coauthorPairs = stats.coauthorPairs
    let graph = analysis.graph
    coauthors = CoauthorSummary(
      people: graph.nodes.count, pairs: graph.edges.count, components: Set(graph.components()).count,
      communities: Set(analysis.communities.membership).count,
      newByYear: Dictionary(uniqueKeysWithValues: analysis.collaborators.years.map { (String($0.year), $0.new) }))
    topics = (analysis.topics?.topics ?? []).map { TopicRow(label: $0.label, terms: $0.terms, publications: $0.size) }
    warnings = corpus.warnings.map {
      Warning(file: $0.location.file, line: $0.location.line, message: $0.message)
    }
    citations = Self.citations(of: corpus.publications)
  }

  /// Pretty JSON with sorted keys: the same input always gives the same bytes.
  package func jsonString() throws -> String {
    try JSONOutput.string(self)
  }
}

/// The one JSON encoder configuration every output uses.
enum JSONOutput {
  static func string<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }
}
