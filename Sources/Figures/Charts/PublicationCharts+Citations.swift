import Analysis
import Publications

extension PublicationCharts {
  /// Citations received each year, from the per-year counts the inputs carry (OpenAlex's
  /// `counts_by_year`); nil when they carry none, so that no chart of zeros is drawn.
  ///
  /// Every year from the first to the last with citations is on the axis, zeros included.
  package static func citationsPerYear(_ summary: CitationSummary?, options: Options = Options()) -> ChartSpec? {
    guard let summary, let first = summary.perYear.keys.min(), let last = summary.perYear.keys.max() else { return nil }
    let years = Array(first...last)
    let values = years.map { Double(summary.perYear[$0] ?? 0) }
    return ChartSpec(
      name: "citations-per-year", title: "Citations per year",
      caption: "Citations received each year from \(first) to \(last), by the \(counted(summary.publicationsWithCounts, "publication")) whose inputs count them.",
      content: .categories(
        CategoryData(
          categories: years.map(String.init), series: [CategoryData.Series(name: "Citations", values: values, color: Palette.accent)],
          categoryAxisTitle: "Year", valueAxisTitle: "Citations received",
          highlightedCategories: options.highlightedYears.map { $0.map(String.init) } ?? [], showsLegend: false)),
      notes: [], size: ChartSize(width: options.width, height: max((options.width * 0.5).rounded(), 210)), theme: options.theme)
  }
}
