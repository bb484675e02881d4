import Analysis
import Publications

/// The owners' co-authors by institution and by country, when the inputs name institutions
/// (OpenAlex): two tables under Collaborators.
enum AffiliationTables {
  static let tableSize = 15

  static func blocks(_ affiliations: Affiliations?) -> [ReportDocument.Block] {
    guard let affiliations, !affiliations.institutions.isEmpty else { return [] }
    let institutionRows = affiliations.institutions.prefix(tableSize).map { row -> [[ReportDocument.Inline]] in
      [[.text(row.name)], [.text(row.countryCode.map(Affiliations.countryName) ?? "")], [.text(String(row.coauthors))]]
    }
    let countryRows = affiliations.countries.prefix(tableSize).map { row -> [[ReportDocument.Inline]] in
      [[.text(Affiliations.countryName(row.name))], [.text(String(row.coauthors))]]
    }
    var note = "Each co-author is counted once, at the institution their publications here name most often"
    if affiliations.coauthorsWithoutInstitution > 0 {
      note += "; \(counted(affiliations.coauthorsWithoutInstitution, "co-author")) without an institution named"
    }
    return [
      .heading(level: 3, [.text("Co-authors by institution")]),
      .paragraph([.text(note + ".")]),
      .table(header: ["Institution", "Country", "Co-authors"], rows: institutionRows, alignRight: [false, false, true]),
      .heading(level: 3, [.text("Co-authors by country")]),
      .table(header: ["Country", "Co-authors"], rows: countryRows, alignRight: [false, true]),
    ]
  }
}
