import Analysis
import Publications

/// The chart specs of a publication summary, built from the data alone.
package enum PublicationCharts {
  /// Options every chart shares.
  package struct Options: Sendable, Hashable {
    package var width: Double
    package var theme: Theme
    /// Venues shown before the rest is grouped by kind ("Other journals").
    package var topVenues: Int
    /// Years to emphasise (a reporting window).
    package var highlightedYears: ClosedRange<Int>?

    package init(width: Double = ChartSize.standard.width, theme: Theme = .standard, topVenues: Int = 12, highlightedYears: ClosedRange<Int>? = nil) {
      self.width = width
      self.theme = theme
      self.topVenues = topVenues
      self.highlightedYears = highlightedYears
    }
  }

  /// Publications per year, stacked by venue kind; every year of the span on the axis, and
  /// publications without a year apart as "unknown".
  package static func perYear(_ publications: [Publication], options: Options = Options()) -> ChartSpec {
    let years = yearLabels(publications)
    let unknown = publications.filter { $0.year == nil }.count
    let categories = years.map(String.init)
    let detached = unknown > 0 ? ["unknown"] : []
    let series = kinds(in: publications).map { kind in
      CategoryData.Series(
        name: kind.displayName.capitalizedFirst,
        values: years.map { year in Double(publications.filter { $0.year == year && ($0.venue?.kind ?? .other) == kind }.count) }
          + (unknown > 0 ? [Double(publications.filter { $0.year == nil && ($0.venue?.kind ?? .other) == kind }.count)] : []),
        color: options.theme.color(for: kind))
    }
    var notes: [String] = []
    if unknown > 0 {
      notes.append("\(unknown) publication\(unknown == 1 ? " gives" : "s give") no year; shown apart as \"unknown\".")
    }
    return ChartSpec(
      name: "per-year", title: "Publications per year",
      caption: "Publications per year from \(years.first.map(String.init) ?? "–") to \(years.last.map(String.init) ?? "–"), stacked by venue kind.",
      content: .categories(
        CategoryData(
          categories: categories, detachedCategories: detached, series: series, categoryAxisTitle: "Year",
          valueAxisTitle: "Publications", highlightedCategories: options.highlightedYears.map { $0.map(String.init) } ?? [])),
      notes: notes, size: ChartSize(width: options.width, height: max((options.width * 0.56).rounded(), 230)), theme: options.theme)
  }

  /// The most frequent venues as horizontal bars, the rest grouped by kind, coloured by kind.
  ///
  /// - Parameter stats: `publications`' counts when the caller has them.
  package static func venues(_ publications: [Publication], stats: PublicationStats? = nil, options: Options = Options()) -> ChartSpec {
    let stats = stats ?? PublicationStats(publications, owners: [])
    // Grouping a single venue as "Other" hides its name for nothing: show it instead.
    let limit = stats.venues.count == options.topVenues + 1 ? options.topVenues + 1 : options.topVenues
    let shown = Array(stats.venues.prefix(limit))
    let rest = stats.venues.dropFirst(limit)
    var categories = shown.map(\.name)
    // The rest by kind ("Other workshops (1,040 venues)"), so the chart says what the tail is.
    let restKinds = Venue.Kind.allCases.filter { kind in rest.contains { $0.kind == kind } }
    categories += restKinds.map { kind in
      "Other \(pluralName(kind)) (\(counted(rest.count(where: { $0.kind == kind }), "venue")))"
    }
    let series = kinds(in: publications.filter { $0.venue != nil }).map { kind in
      var values = shown.map { $0.kind == kind ? Double($0.count) : 0 }
      values += restKinds.map { restKind in
        restKind == kind ? Double(rest.filter { $0.kind == kind }.reduce(0) { $0 + $1.count }) : 0
      }
      return CategoryData.Series(name: kind.displayName.capitalizedFirst, values: values, color: options.theme.color(for: kind))
    }
    var notes: [String] = []
    if stats.withoutVenue > 0 {
      notes.append("\(stats.withoutVenue) publication\(stats.withoutVenue == 1 ? " names" : "s name") no venue and \(stats.withoutVenue == 1 ? "is" : "are") not shown.")
    }
    let height = max((options.width * 0.56).rounded(), Double(categories.count) * 17 + 100)
    return ChartSpec(
      name: "venues", title: "Publications by venue",
      caption: "Publications per venue, the \(shown.count) most frequent\(rest.isEmpty ? "" : " and the rest grouped"), coloured by venue kind.",
      content: .rankedBars(
        CategoryData(categories: categories, series: series, categoryAxisTitle: "Venue", valueAxisTitle: "Publications")),
      notes: notes, size: ChartSize(width: options.width, height: height), theme: options.theme)
  }

  /// The running total of publications over the years.
  package static func cumulative(_ publications: [Publication], options: Options = Options()) -> ChartSpec {
    let years = yearLabels(publications)
    var total = 0.0
    let values = years.map { year -> Double in
      total += Double(publications.filter { $0.year == year }.count)
      return total
    }
    let unknown = publications.filter { $0.year == nil }.count
    let notes = unknown > 0 ? [counted(unknown, "publication") + " without a year not included."] : []
    return ChartSpec(
      name: "cumulative", title: "Cumulative publications",
      caption: "Running total of publications from \(years.first.map(String.init) ?? "–") to \(years.last.map(String.init) ?? "–").",
      content: .categories(
        CategoryData(
          mark: .line, categories: years.map(String.init),
          series: [CategoryData.Series(name: "Publications", values: values, color: Palette.accent)],
          categoryAxisTitle: "Year", valueAxisTitle: "Publications (total)",
          highlightedCategories: options.highlightedYears.map { $0.map(String.init) } ?? [], showsLegend: false)),
      notes: notes, size: ChartSize(width: options.width, height: max((options.width * 0.5).rounded(), 210)),
      theme: options.theme)
  }

  /// The venues of a kind, as the label of the rest's bar names them.
  static func pluralName(_ kind: Venue.Kind) -> String {
    switch kind {
    case .conference: "conferences"
    case .journal: "journals"
    case .workshop: "workshops"
    case .preprint: "preprint servers"
    case .underReview: "venues under review"
    case .thesis: "theses"
    case .other: "venues"
    }
  }

  /// Every year from the first to the last publication, zeros included.
  static func yearLabels(_ publications: [Publication]) -> [Int] {
    let years = publications.compactMap(\.year)
    guard let first = years.min(), let last = years.max() else { return [] }
    return Array(first...last)
  }

  /// The venue kinds present, in the fixed order of `Venue.Kind` (publications without a venue
  /// count as "other").
  static func kinds(in publications: [Publication]) -> [Venue.Kind] {
    let present = Set(publications.map { $0.venue?.kind ?? .other })
    return Venue.Kind.allCases.filter(present.contains)
  }
}

extension String {
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
