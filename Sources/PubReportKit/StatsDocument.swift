import Analysis
import Foundation
import Publications

/// The JSON `pubreport stats --json` prints: one object, stable keys, stable order.
public struct StatsDocument: Sendable, Codable, Equatable {
  public struct VenueRow: Sendable, Codable, Equatable {
    public var name: String
    public var kind: String
    public var count: Int
  }

  public struct Warning: Sendable, Codable, Equatable {
    public var file: String
    public var line: Int
    public var message: String
  }

  public var publications: Int
  /// "YYYY" → count, plus "unknown" when any publication has no year.
  public var years: [String: Int]
  public var venues: [VenueRow]
  public var withoutVenue: Int
  public var owners: [String]
  public var people: Int
  public var coauthorPairs: Int
  public var warnings: [Warning]
  public var coauthors: CoauthorSummary
  /// The topics, largest first.
  public var topics: [TopicRow]

  /// One topic: its label, its most distinctive terms and how many publications it holds.
  public struct TopicRow: Sendable, Codable, Equatable {
    public var label: String
    public var terms: [String]
    public var publications: Int
  }

  /// The co-author network in numbers.
  public struct CoauthorSummary: Sendable, Codable, Equatable {
    public var people: Int
    /// Distinct pairs who share a publication.
    public var pairs: Int
    public var components: Int
    public var communities: Int
    /// "YYYY" → names of collaborators whose first joint publication with an owner is that year.
    public var newByYear: [String: [String]]
  }

  /// The document of a corpus, analysed over every year with its topics.
  public init(_ corpus: Corpus) {
    self.init(corpus, analysis: corpus.analysis(parts: .topics))
  }

  /// The document of a corpus and its analysis (with topics; over every year).
  public init(_ corpus: Corpus, analysis: PublicationAnalysis) {
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
  }

  /// Pretty JSON with sorted keys: the same input always gives the same bytes.
  public func jsonString() throws -> String {
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
