/// The report in named sections: what a template arranges. Building blocks for `MarkdownWriter`.
public struct ReportSections: Sendable {
  public var title: String
  public var summary: [ReportDocument.Block]
  public var charts: [ReportDocument.Block]
  public var perYear: [ReportDocument.Block]
  public var venues: [ReportDocument.Block]
  public var topics: [ReportDocument.Block]
  public var collaborators: [ReportDocument.Block]
  public var publications: [ReportDocument.Block]
  public var dataQuality: [ReportDocument.Block]
  public var publicationCount: Int
  public var firstYear: Int?
  public var lastYear: Int?
  public var owners: [String]
  public var window: String?

  /// Every block in the default order.
  var all: [ReportDocument.Block] {
    [.heading(level: 1, [.text(title)])] + summary + charts + perYear + venues + topics + collaborators + publications + dataQuality
  }
}
