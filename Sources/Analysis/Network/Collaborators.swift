import Publications

/// The owners' collaborators: joint publications, first and last year together, and per year
/// who is new (first joint paper that year) and who returns.
package struct Collaborators: Sendable, Hashable, Codable {
  package struct Row: Sendable, Hashable, Codable {
    package var name: String
    package var jointPublications: Int
    package var firstYear: Int?
    package var lastYear: Int?
  }

  package struct Year: Sendable, Hashable, Codable {
    package var year: Int
    /// Names of collaborators whose first joint publication is in this year.
    package var new: [String]
    /// Collaborators with a joint publication this year who had one before.
    package var returning: Int
  }

  /// Collaborators by joint publications, then name.
  package var rows: [Row]
  package var years: [Year]

  /// - Parameter people: the identities of `publications`' authors when the caller has them.
  package init(_ publications: [Publication], people: PersonIndex? = nil) {
    let index = people ?? PersonIndex(publications)
    var joint: [String: (count: Int, first: Int?, last: Int?)] = [:]
    var yearsOf: [String: Set<Int>] = [:]
    for publication in publications where publication.authors.contains(where: \.isOwner) {
      for person in publication.authors where !person.isOwner {
        let id = index.identity(of: person.name)
        var entry = joint[id] ?? (0, nil, nil)
        entry.count += 1
        if let year = publication.year {
          entry.first = min(entry.first ?? year, year)
          entry.last = max(entry.last ?? year, year)
          yearsOf[id, default: []].insert(year)
        }
        joint[id] = entry
      }
    }
    rows = joint.map { Row(name: index.displayNames[$0.key] ?? $0.key, jointPublications: $0.value.count, firstYear: $0.value.first, lastYear: $0.value.last) }
      .sorted { $0.jointPublications != $1.jointPublications ? $0.jointPublications > $1.jointPublications : $0.name < $1.name }
    let allYears = Set(yearsOf.values.flatMap { $0 }).sorted()
    years = allYears.map { year in
      let active = yearsOf.filter { $0.value.contains(year) }.map(\.key)
      let new = active.filter { yearsOf[$0]?.min() == year }.map { index.displayNames[$0] ?? $0 }.sorted()
      return Year(year: year, new: new, returning: active.count - new.count)
    }
  }
}
