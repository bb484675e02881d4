/// The report in named sections: what a template arranges. Building blocks for `MarkdownWriter`.
package struct ReportSections: Sendable {
  package var title: String
  package var summary: [ReportDocument.Block]
  package var charts: [ReportDocument.Block]
  package var perYear: [ReportDocument.Block]
  package var venues: [ReportDocument.Block]
  /// Empty when no input counts citations.
  package var citations: [ReportDocument.Block]
  package var topics: [ReportDocument.Block]
  package var collaborators: [ReportDocument.Block]
  package var publications: [ReportDocument.Block]
  package var dataQuality: [ReportDocument.Block]
  package var publicationCount: Int
  package var firstYear: Int?
  package var lastYear: Int?
  package var owners: [String]
  package var window: String?

  /// Every block in the default order.
  var all: [ReportDocument.Block] {
    [.heading(level: 1, [.text(title)])] + summary + charts + perYear + venues + citations + topics + collaborators + publications + dataQuality
  }
}
