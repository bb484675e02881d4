import Analysis

extension PublicationCharts {
  /// The owners' co-authors by country, as horizontal bars; nil when the inputs name no
  /// institutions or all co-authors are in one country (one bar says nothing a sentence can't).
  package static func coauthorsByCountry(_ affiliations: Affiliations?, options: Options = Options()) -> ChartSpec? {
    guard let countries = affiliations?.countries, countries.count >= 2 else { return nil }
    let shown = countries.prefix(options.topVenues)
    let categories = shown.map { Affiliations.countryName($0.name) }
    let values = shown.map { Double($0.coauthors) }
    return ChartSpec(
      name: "coauthors-by-country", title: "Co-authors by country",
      caption: "The owners' co-authors by the country of their institution, the \(shown.count) most frequent of \(countries.count).",
      content: .rankedBars(
        CategoryData(
          categories: categories, series: [CategoryData.Series(name: "Co-authors", values: values, color: Palette.accent)],
          categoryAxisTitle: "Country", valueAxisTitle: "Co-authors", showsLegend: false)),
      notes: [], size: ChartSize(width: options.width, height: max((options.width * 0.4).rounded(), Double(categories.count) * 17 + 100)),
      theme: options.theme)
  }
}
