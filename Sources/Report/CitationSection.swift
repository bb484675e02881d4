import Analysis
import Publications

/// Citations, when the inputs count them: the totals and indices in a sentence, and the most
/// cited publications in a table. Nothing at all when no input counts citations.
enum CitationSection {
  static let tableSize = 10

  static func blocks(_ summary: CitationSummary?, publications: [Publication], window: YearWindow?) -> [ReportDocument.Block] {
    guard let summary else { return [] }
    var sentence = "\(counted(summary.total, "citation")) in all"
    sentence += " (counted by the inputs for \(summary.publicationsWithCounts) of \(counted(publications.count, "publication")))"
    sentence += "; h-index \(summary.hIndex), i10-index \(summary.i10Index)."
    if let window, !summary.perYear.isEmpty {
      sentence += " Received in \(window.label): \(summary.received(in: window.years))."
    }
    let cited = publications.filter { $0.citations != nil }
      .sorted { ($0.citations?.total ?? 0, $1.title) > ($1.citations?.total ?? 0, $0.title) }
      .prefix(tableSize)
    let rows = cited.map { publication -> [[ReportDocument.Inline]] in
      [[.text(publication.title)], [.text(publication.venue?.name ?? "")], [.text(publication.year.map(String.init) ?? "")],
        [.text(String(publication.citations?.total ?? 0))]]
    }
    return [
      .heading(level: 2, [.text("Citations")]),
      .paragraph([.text(sentence)]),
      .heading(level: 3, [.text("Most cited")]),
      .table(header: ["Publication", "Venue", "Year", "Citations"], rows: rows, alignRight: [false, false, true, true]),
    ]
  }
}
