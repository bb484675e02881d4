import Publications

/// One topic: its name, its publications and when and where they appeared.
package struct Topic: Sendable, Hashable, Codable {
  /// 1 for the largest topic.
  package var number: Int
  /// The most distinctive terms and phrases as people write them, best first (up to 8).
  package var terms: [String]
  /// Input indices of the topic's publications, most representative first.
  package var publications: [Int]
  /// Publications per year (those with a year).
  package var countsByYear: [Int: Int]
  /// The most frequent venues with their counts, at most three.
  package var topVenues: [VenueCount]

  package struct VenueCount: Sendable, Hashable, Codable {
    package var name: String
    package var count: Int

    package init(name: String, count: Int) {
      self.name = name
      self.count = count
    }
  }

  /// The topic's name: its first three terms ("diffusion models, image editing, video").
  package var label: String {
    terms.isEmpty ? "Topic \(number)" : terms.prefix(3).joined(separator: ", ")
  }

  package var size: Int { publications.count }

  /// The first and last year with a publication.
  package var activeYears: ClosedRange<Int>? {
    guard let first = countsByYear.keys.min(), let last = countsByYear.keys.max() else { return nil }
    return first...last
  }

  init(number: Int, terms: [String], members: [Int], publications all: [Publication]) {
    self.number = number
    self.terms = terms
    publications = members
    var years: [Int: Int] = [:]
    var venues: [String: Int] = [:]
    for member in members {
      if let year = all[member].year { years[year, default: 0] += 1 }
      if let venue = all[member].venue?.name { venues[venue, default: 0] += 1 }
    }
    countsByYear = years
    topVenues = venues.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(3).map { VenueCount(name: $0.key, count: $0.value) }
  }
}
