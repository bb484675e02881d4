import Analysis
import Publications

/// The summary in words: total, span, kinds, most frequent venues, busiest year, people.
enum ReportSummary {
  static func sentences(_ stats: PublicationStats, publications: [Publication]) -> [ReportDocument.Inline] {
    var parts: [String] = []
    let total = "\(stats.publications) publication\(stats.publications == 1 ? "" : "s")"
    parts.append(totalAndSpan(stats, total: total))
    let kinds = Venue.Kind.allCases.compactMap { kind -> String? in
      let count = publications.filter { $0.venue?.kind == kind }.count
      guard count > 0 else { return nil }
      return "\(count) \(kindNoun(kind, count))"
    }
    if !kinds.isEmpty { parts.append(list(kinds).capitalizedFirst + ".") }
    if let top = stats.venues.first {
      let leaders = stats.venues.filter { $0.count == top.count }.map(\.name)
      let each = leaders.count > 1 ? " each" : ""
      parts.append("Most frequent venue\(leaders.count > 1 ? "s" : ""): \(list(leaders)) (\(top.count)\(each)).")
    }
    if let busiest = stats.countsByYear.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }) {
      parts.append("Busiest year: \(busiest.key) with \(busiest.value).")
    }
    let people = stats.people == 1 ? "1 person" : "\(stats.people) people"
    parts.append("\(people) in all, \(stats.coauthorPairs) co-author pair\(stats.coauthorPairs == 1 ? "" : "s").")
    let teams = publications.filter { $0.authors.count > CoauthorGraph.largeTeam }.count
    if teams > 0 {
      let subject = teams == 1 ? "1 paper has" : "\(teams) papers have"
      parts.append("\(subject) more than \(CoauthorGraph.largeTeam) authors; in the co-author network such a paper links only its owners to each member.")
    }
    return [.text(parts.joined(separator: " "))]
  }

  /// "35 publications from 2019 to 2025.", or, when some have no year, the dated ones apart:
  /// "5 publications: 1 in 2024, 4 without a year." (the span must not claim the undated ones).
  private static func totalAndSpan(_ stats: PublicationStats, total: String) -> String {
    guard let span = stats.yearSpan else { return "\(total), none with a year." }
    let when = span.count == 1 ? "in \(span.lowerBound)" : "from \(span.lowerBound) to \(span.upperBound)"
    guard stats.unknownYear > 0 else { return "\(total) \(when)." }
    let dated = stats.publications - stats.unknownYear
    return "\(total): \(dated) \(when), \(stats.unknownYear) without a year."
  }

  private static func kindNoun(_ kind: Venue.Kind, _ count: Int) -> String {
    let plural = count != 1
    switch kind {
    case .conference: return plural ? "conference papers" : "conference paper"
    case .journal: return plural ? "journal articles" : "journal article"
    case .workshop: return plural ? "workshop papers" : "workshop paper"
    case .preprint: return plural ? "preprints" : "preprint"
    case .underReview: return "under review"
    case .thesis: return plural ? "theses" : "thesis"
    case .other: return "other"
    }
  }

  static func list(_ items: [String]) -> String {
    switch items.count {
    case 0: ""
    case 1: items[0]
    default: items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }
  }
}
