import Publications

/// The counts a summary starts from: per year, per venue, people and co-author pairs.
package struct PublicationStats: Sendable, Hashable, Codable {
  /// One venue's row in the venue table.
  package struct VenueCount: Sendable, Hashable, Codable {
    package var name: String
    package var kind: Venue.Kind
    package var count: Int
  }

  package var publications: Int
  /// Publications per year; nil-year publications are in `unknownYear`.
  package var countsByYear: [Int: Int]
  package var unknownYear: Int
  /// Venues by count, then name.
  package var venues: [VenueCount]
  /// Publications that name no venue.
  package var withoutVenue: Int
  package var owners: [String]
  /// Distinct people, owners included.
  package var people: Int
  /// Distinct unordered pairs of people listed together on at least one publication: the
  /// co-author graph's edges, so a paper of more than `CoauthorGraph.largeTeam` authors pairs
  /// only its owners with each member.
  package var coauthorPairs: Int

  /// Computes the statistics of `publications`.
  ///
  /// - Complexity: O(p · a²) for p publications of at most a authors each (a ≤
  ///   `CoauthorGraph.largeTeam`; a larger team costs O(a · its owners)).
  /// - Parameter people: the identities of `publications`' authors when the caller has them.
  package init(_ publications: [Publication], owners: [String], people index: PersonIndex? = nil) {
    self.publications = publications.count
    self.owners = owners
    var byYear: [Int: Int] = [:]
    var unknown = 0
    var venueCounts: [Venue: Int] = [:]
    var noVenue = 0
    for publication in publications {
      if let year = publication.year { byYear[year, default: 0] += 1 } else { unknown += 1 }
      if let venue = publication.venue { venueCounts[venue, default: 0] += 1 } else { noVenue += 1 }
    }
    countsByYear = byYear
    unknownYear = unknown
    withoutVenue = noVenue
    venues = venueCounts.map { VenueCount(name: $0.key.name, kind: $0.key.kind, count: $0.value) }
      .sorted { $0.count != $1.count ? $0.count > $1.count : ($0.name, $0.kind) < ($1.name, $1.kind) }
    let index = PersonIndex.of(publications, given: index)
    people = index.count
    // A pair is the two IDs in one integer: hashing integers, not pairs of strings, keeps this
    // linear on millions of publications.
    var pairs: Set<Int> = []
    for (position, authorIDs) in index.authorIDs.enumerated() {
      var owners: Set<Int> = []
      let people = Set(zip(publications[position].authors, authorIDs).map { author, id in
        if author.isOwner { owners.insert(Int(id)) }
        return Int(id)
      }).sorted()
      for (a, b) in CoauthorGraph.pairs(of: people, owners: Array(owners)) { pairs.insert(a << 32 | b) }
    }
    coauthorPairs = pairs.count
  }

  /// The years from the first to the last with a publication, zeros included.
  package var yearSpan: ClosedRange<Int>? {
    guard let first = countsByYear.keys.min(), let last = countsByYear.keys.max() else { return nil }
    return first...last
  }
}
