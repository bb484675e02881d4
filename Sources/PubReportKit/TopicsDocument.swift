import Analysis
import Publications

/// The JSON `pubreport topics --json` prints: every topic with its publications' ids (the
/// BibTeX key where there is one, else a stable id made from year and title).
package struct TopicsDocument: Sendable, Codable, Equatable {
  package struct TopicRow: Sendable, Codable, Equatable {
    package var number: Int
    package var label: String
    package var terms: [String]
    package var size: Int
    package var firstYear: Int?
    package var lastYear: Int?
    /// "YYYY" → publications of the topic that year.
    package var years: [String: Int]
    package var venues: [Topic.VenueCount]
    /// Titles of the three most representative publications.
    package var representative: [String]
    /// Ids of every publication in the topic, most representative first.
    package var publications: [String]
  }

  package var topics: [TopicRow]
  /// Ids of publications with no usable words in title or abstract.
  package var unassigned: [String]
  /// The mean silhouette of the chosen number of topics (null when it was given).
  package var silhouette: Double?
  package var candidates: [TopicModel.Candidate]
  /// The years shown (`--year`, `--since`/`--until`); absent for every year.
  package var window: YearWindow?

  /// The topics of `model`, fitted on `publications`; with a window, each topic with only its
  /// publications of the window (and topics with none left out), its names those of every year.
  package init(_ publications: [Publication], model: TopicModel, window: YearWindow? = nil) {
    topics = model.topics.map { topic in
      TopicRow(
        number: topic.number, label: topic.label, terms: topic.terms, size: topic.size,
        firstYear: topic.activeYears?.lowerBound, lastYear: topic.activeYears?.upperBound,
        years: Dictionary(uniqueKeysWithValues: topic.countsByYear.map { (String($0.key), $0.value) }),
        venues: topic.topVenues, representative: topic.publications.prefix(3).map { publications[$0].title },
        publications: topic.publications.map { publications[$0].id })
    }
    if let window {
      let byID = Dictionary(publications.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
      topics = topics.compactMap { $0.keepingOnly(window, publicationsByID: byID) }
      self.window = window
    }
    unassigned = publications.indices.filter { model.assignments[$0] == nil }.map { publications[$0].id }.sorted()
    silhouette = model.silhouette.map(Self.fourPlaces)
    candidates = model.candidates.map { TopicModel.Candidate(count: $0.count, silhouette: Self.fourPlaces($0.silhouette)) }
  }

  private static func fourPlaces(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

  package func jsonString() throws -> String {
    try JSONOutput.string(self)
  }
}

extension TopicsDocument.TopicRow {
  /// The row counting only the publications dated in `window`; nil when none is left.
  fileprivate func keepingOnly(_ window: YearWindow, publicationsByID: [String: Publication]) -> Self? {
    let kept = publications.filter { publicationsByID[$0]?.year.map(window.years.contains) ?? false }
    guard !kept.isEmpty else { return nil }
    var row = self
    row.publications = kept
    row.size = kept.count
    row.years = years.filter { Int($0.key).map(window.years.contains) ?? false }
    row.representative = kept.prefix(3).compactMap { publicationsByID[$0]?.title }
    let keptYears = kept.compactMap { publicationsByID[$0]?.year }
    (row.firstYear, row.lastYear) = (keptYears.min(), keptYears.max())
    return row
  }
}
