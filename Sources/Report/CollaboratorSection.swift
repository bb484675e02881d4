import Analysis

/// The owners' collaborators: the most frequent ones in a table, and who was new each year.
enum CollaboratorSection {
  static let tableSize = 15
  /// New collaborators named per year; a consortium year brings thousands.
  static let namesPerYear = 20

  static func blocks(_ collaborators: Collaborators, affiliations: Affiliations? = nil) -> [ReportDocument.Block] {
    guard !collaborators.rows.isEmpty else { return [] }
    let shown = collaborators.rows.prefix(tableSize)
    let rows = shown.map { row -> [[ReportDocument.Inline]] in
      [[.text(row.name)], [.text(String(row.jointPublications))], [.text(row.firstYear.map(String.init) ?? "")],
        [.text(row.lastYear.map(String.init) ?? "")]]
    }
    var blocks: [ReportDocument.Block] = [
      .heading(level: 2, [.text("Collaborators")]),
      .paragraph([
        .text(
          "\(collaborators.rows.count) co-author\(collaborators.rows.count == 1 ? "" : "s") in all"
            + (collaborators.rows.count > shown.count ? "; the \(shown.count) most frequent:" : ":"))
      ]),
      .table(header: ["Co-author", "Joint publications", "First year", "Last year"], rows: rows, alignRight: [false, true, true, true]),
    ]
    blocks += AffiliationTables.blocks(affiliations)
    blocks.append(.heading(level: 3, [.text("New collaborators per year")]))
    blocks.append(
      .bulletList(collaborators.years.reversed().map { year in
        let returning = year.returning > 0 ? " (\(year.returning) returning)" : ""
        let names = year.new.isEmpty ? "none new" : newNames(year.new)
        return [.strong([.text(String(year.year))]), .text(": \(names)\(returning)")]
      }))
    return blocks
  }

  private static func newNames(_ names: [String]) -> String {
    guard names.count > namesPerYear else { return names.joined(separator: ", ") }
    return names.prefix(namesPerYear).joined(separator: ", ")
      + " and \(names.count - namesPerYear) more (all in data/collaborators.csv)"
  }
}
