import Foundation
import Publications

/// Where people work, from the institutions the inputs give on their publications (OpenAlex
/// authorships): one institution a person, and the owners' co-authors counted by institution
/// and by country.
///
/// nil (via `init?`) when no author of any publication has an institution: most inputs name
/// none, and a table of "unknown" says nothing.
package struct Affiliations: Sendable, Hashable {
  /// A person's institution: the one named most often on their publications, the latest year
  /// winning a tie, then the name.
  package struct Place: Sendable, Hashable {
    package var institution: String
    package var countryCode: String?
  }

  /// A count of distinct co-authors.
  package struct Row: Sendable, Hashable {
    package var name: String
    /// The country of an institution; nil for a country row.
    package var countryCode: String?
    package var coauthors: Int
  }

  /// Person identity (`PersonIndex`) → institution.
  package var byPerson: [String: Place]
  /// The owners' co-authors by institution, most first, then by name.
  package var institutions: [Row]
  /// The owners' co-authors by country code, most first, then by code.
  package var countries: [Row]
  /// Co-authors of the owners with no institution known.
  package var coauthorsWithoutInstitution: Int

  /// - Parameter people: the identities of `publications`' authors when the caller has them.
  /// - Complexity: O(a) for a authorships.
  package init?(_ publications: [Publication], people: PersonIndex? = nil) {
    guard publications.contains(where: { $0.authors.contains { $0.institutions != nil } }) else { return nil }
    let index = people ?? PersonIndex(publications)
    var seen: [String: [Place: (count: Int, lastYear: Int)]] = [:]
    var coauthors = Set<String>()
    for publication in publications {
      let hasOwner = publication.authors.contains(where: \.isOwner)
      for person in publication.authors {
        let id = index.identity(of: person.name)
        if hasOwner, !person.isOwner { coauthors.insert(id) }
        for institution in person.institutions ?? [] {
          let place = Place(institution: institution.name, countryCode: institution.countryCode)
          var entry = seen[id, default: [:]][place] ?? (0, Int.min)
          entry.count += 1
          entry.lastYear = max(entry.lastYear, publication.year ?? Int.min)
          seen[id, default: [:]][place] = entry
        }
      }
    }
    let byPerson = seen.compactMapValues(Self.mainPlace)
    self.byPerson = byPerson
    let placed = coauthors.compactMap { byPerson[$0] }
    coauthorsWithoutInstitution = coauthors.count - placed.count
    institutions = Self.rows(Dictionary(grouping: placed, by: \.institution).map { name, places in
      Row(name: name, countryCode: places.first?.countryCode, coauthors: places.count)
    })
    countries = Self.rows(Dictionary(grouping: placed.compactMap(\.countryCode), by: { $0 }).map { code, members in
      Row(name: code, countryCode: nil, coauthors: members.count)
    })
  }

  /// "SG" → "Singapore", in English whatever the machine's language (ICU's region names); the
  /// code itself when unknown.
  package static func countryName(_ code: String) -> String {
    // NB: Foundation names CN "China mainland", a display name for region pickers; a report
    // says "China", as OpenAlex and funders do.
    if code.uppercased() == "CN" { return "China" }
    return Locale(identifier: "en_US").localizedString(forRegionCode: code) ?? code
  }

  /// The place named most often, then the latest, then the first by name.
  private static func mainPlace(_ places: [Place: (count: Int, lastYear: Int)]) -> Place? {
    places.max { a, b in
      (a.value.count, a.value.lastYear, b.key.institution) < (b.value.count, b.value.lastYear, a.key.institution)
    }?.key
  }

  private static func rows(_ rows: [Row]) -> [Row] {
    rows.sorted { ($0.coauthors, $1.name) > ($1.coauthors, $0.name) }
  }
}
