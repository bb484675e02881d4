import Analysis
import Publications

/// The JSON `pubreport topics --json` prints: every topic with its publications' ids (the
/// BibTeX key where there is one, else a stable id made from year and title).
public struct TopicsDocument: Sendable, Codable, Equatable {
  public struct TopicRow: Sendable, Codable, Equatable {
    public var number: Int
    public var label: String
    public var terms: [String]
    public var size: Int
    public var firstYear: Int?
    public var lastYear: Int?
    /// "YYYY" → publications of the topic that year.
    public var years: [String: Int]
    public var venues: [Topic.VenueCount]
    /// Titles of the three most representative publications.
    public var representative: [String]
    /// Ids of every publication in the topic, most representative first.
    public var publications: [String]
  }

  public var topics: [TopicRow]
  /// Ids of publications with no usable words in title or abstract.
  public var unassigned: [String]
  /// The mean silhouette of the chosen number of topics (null when it was given).
  public var silhouette: Double?
  public var candidates: [TopicModel.Candidate]

  public init(_ publications: [Publication], model: TopicModel) {
    topics = model.topics.map { topic in
      TopicRow(
        number: topic.number, label: topic.label, terms: topic.terms, size: topic.size,
        firstYear: topic.activeYears?.lowerBound, lastYear: topic.activeYears?.upperBound,
        years: Dictionary(uniqueKeysWithValues: topic.countsByYear.map { (String($0.key), $0.value) }),
        venues: topic.topVenues, representative: topic.publications.prefix(3).map { publications[$0].title },
        publications: topic.publications.map { publications[$0].id })
    }
    unassigned = publications.indices.filter { model.assignments[$0] == nil }.map { publications[$0].id }.sorted()
    silhouette = model.silhouette.map(Self.fourPlaces)
    candidates = model.candidates.map { TopicModel.Candidate(count: $0.count, silhouette: Self.fourPlaces($0.silhouette)) }
  }

  private static func fourPlaces(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

  public func jsonString() throws -> String {
    try JSONOutput.string(self)
  }
}
