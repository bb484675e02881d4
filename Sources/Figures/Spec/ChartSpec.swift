/// A chart as plain data: what to draw, not how. Like a Vega-Lite spec, it can be printed,
/// compared in tests and drawn by any backend.
///
/// The frame (title, legend, notes, size, theme) is common; what the plot shows is `content`,
/// one case per kind of chart, each laid out by its own plot.
package struct ChartSpec: Sendable, Hashable, Codable {
  /// What the plot shows.
  package enum Content: Sendable, Hashable, Codable {
    /// Categories along x (years): stacked vertical bars, or a line per series.
    case categories(CategoryData)
    /// Categories down y, largest first (venues): stacked horizontal bars.
    case rankedBars(CategoryData)
    /// Nodes and links placed in the unit square (a co-author graph, a topic map).
    case network(NetworkData)
    /// Paragraphs of text (the cover page of the chart pack).
    case text([String])
  }

  /// The file stem charts are saved under (`per-year` → `charts/per-year.png`).
  package var name: String
  package var title: String
  /// A sentence describing the chart, used as alt text.
  package var caption: String
  package var content: Content
  /// Sentences printed under the plot.
  package var notes: [String]
  package var size: ChartSize
  package var theme: Theme

  package init(
    name: String, title: String, caption: String, content: Content, notes: [String] = [],
    size: ChartSize = .standard, theme: Theme = .standard
  ) {
    self.name = name
    self.title = title
    self.caption = caption
    self.content = content
    self.notes = notes
    self.size = size
    self.theme = theme
  }

  /// The entries of the legend drawn above the plot, none when it would say nothing.
  package var legend: [LegendEntry] {
    switch content {
    case .categories(let data):
      // One colour needs no key.
      let entries = data.legendEntries
      return data.showsLegend && entries.count > 1 ? entries : []
    case .rankedBars(let data): return data.showsLegend ? data.legendEntries : []
    case .network(let data): return data.legend
    case .text: return []
    }
  }

  /// The category data of a category or ranked-bar chart.
  package var categoryData: CategoryData? {
    switch content {
    case .categories(let data), .rankedBars(let data): data
    case .network, .text: nil
    }
  }

  /// The nodes and links of a network chart.
  package var networkData: NetworkData? {
    if case .network(let data) = content { return data }
    return nil
  }
}

/// One swatch and name of a legend.
package struct LegendEntry: Sendable, Hashable, Codable {
  package var name: String
  package var color: Color

  package init(name: String, color: Color) {
    self.name = name
    self.color = color
  }
}

/// Values by category, in stacked series: the data of bar and line charts.
package struct CategoryData: Sendable, Hashable, Codable {
  /// How a category chart draws its values.
  package enum Mark: String, Sendable, Hashable, Codable {
    /// Series stacked into one bar per category.
    case bars
    /// A line through the points of each series.
    case line
  }

  /// One stacked layer or line.
  package struct Series: Sendable, Hashable, Codable {
    package var name: String
    /// One value per category, in category order.
    package var values: [Double]
    package var color: Color

    package init(name: String, values: [Double], color: Color) {
      self.name = name
      self.values = values
      self.color = color
    }
  }

  package var mark: Mark
  /// Category labels in drawing order.
  package var categories: [String]
  /// Categories drawn apart from the others after a gap (e.g. "unknown" year).
  package var detachedCategories: [String]
  package var series: [Series]
  package var categoryAxisTitle: String
  package var valueAxisTitle: String
  /// Categories to emphasise (e.g. the years of a reporting window).
  package var highlightedCategories: [String]
  /// Whether to print each bar's total (or the line's last value).
  package var showsValueLabels: Bool
  package var showsLegend: Bool

  package init(
    mark: Mark = .bars, categories: [String], detachedCategories: [String] = [], series: [Series],
    categoryAxisTitle: String, valueAxisTitle: String, highlightedCategories: [String] = [],
    showsValueLabels: Bool = true, showsLegend: Bool = true
  ) {
    self.mark = mark
    self.categories = categories
    self.detachedCategories = detachedCategories
    self.series = series
    self.categoryAxisTitle = categoryAxisTitle
    self.valueAxisTitle = valueAxisTitle
    self.highlightedCategories = highlightedCategories
    self.showsValueLabels = showsValueLabels
    self.showsLegend = showsLegend
  }

  /// Every category, the detached ones last.
  package var allCategories: [String] { categories + detachedCategories }

  /// The stacked total of category `index` (in `allCategories`).
  package func total(at index: Int) -> Double {
    series.reduce(0) { $0 + (index < $1.values.count ? $1.values[index] : 0) }
  }

  /// A swatch for each series with a value.
  var legendEntries: [LegendEntry] {
    series.filter { $0.values.contains { $0 > 0 } }.map { LegendEntry(name: $0.name, color: $0.color) }
  }
}

/// A chart's size in points (1/72 inch), the unit of PDF and SVG.
package struct ChartSize: Sendable, Hashable, Codable {
  package var width: Double
  package var height: Double

  package init(width: Double, height: Double) {
    self.width = width
    self.height = height
  }

  /// 16 cm wide, the width of a grant-report text column.
  package static let standard = ChartSize(centimetres: 16, aspect: 0.56)

  /// A size from a width in centimetres and a height-to-width ratio.
  package init(centimetres: Double, aspect: Double) {
    width = (centimetres / 2.54 * 72).rounded()
    height = (width * aspect).rounded()
  }
}

/// Fonts and sizes; one value so a user's config can change them together.
package struct Theme: Sendable, Hashable, Codable {
  package var fontFamily: String
  package var titleSize: Double
  package var labelSize: Double
  package var noteSize: Double
  /// A user's colours for venue kinds (by `Venue.Kind` raw value); the rest keep the palette's.
  package var kindColors: [String: Color]
  /// A user's colours for topics, in topic order; the palette's follow when they run out.
  package var topicColors: [Color]

  package init(
    fontFamily: String = "DejaVu Sans", titleSize: Double = 11, labelSize: Double = 8.5, noteSize: Double = 8,
    kindColors: [String: Color] = [:], topicColors: [Color] = []
  ) {
    self.fontFamily = fontFamily
    self.titleSize = titleSize
    self.labelSize = labelSize
    self.noteSize = noteSize
    self.kindColors = kindColors
    self.topicColors = topicColors
  }

  package static let standard = Theme()

  /// The largest label size, in points, charts `centimetres` wide stay legible at. Measured by
  /// eye on the sample report: 2.4 points per centimetre (8.5 pt at 4 cm, 14 pt at 6 cm, 24 pt at
  /// 10 cm) keeps every label whole; beyond it year labels overlap and words are cut mid-way.
  package static func largestLabelSize(chartWidthCentimetres centimetres: Double) -> Double { centimetres * 2.4 }
}

/// The nodes and links of a network chart, positions in the unit square.
package struct NetworkData: Sendable, Hashable, Codable {
  package struct Node: Sendable, Hashable, Codable {
    package var label: String
    package var x: Double
    package var y: Double
    /// Publications: the node's area grows with it.
    package var value: Double
    package var color: Color
    /// Whether the node should get a label when there is room.
    package var wantsLabel: Bool
    package var isOwner: Bool
    /// A shorter label (a topic's number) tried where `label` finds no free spot.
    package var fallbackLabel: String?

    package init(
      label: String, x: Double, y: Double, value: Double, color: Color, wantsLabel: Bool, isOwner: Bool,
      fallbackLabel: String? = nil
    ) {
      self.label = label
      self.fallbackLabel = fallbackLabel
      self.x = x
      self.y = y
      self.value = value
      self.color = color
      self.wantsLabel = wantsLabel
      self.isOwner = isOwner
    }
  }

  package struct Link: Sendable, Hashable, Codable {
    package var source: Int
    package var target: Int
    /// Joint publications: the line's width grows with it.
    package var weight: Double

    package init(source: Int, target: Int, weight: Double) {
      self.source = source
      self.target = target
      self.weight = weight
    }
  }

  package var nodes: [Node]
  package var links: [Link]
  /// What the colours mean (a community by its best-known member, a topic by its terms).
  package var legend: [LegendEntry]

  package init(nodes: [Node], links: [Link], legend: [LegendEntry] = []) {
    self.nodes = nodes
    self.links = links
    self.legend = legend
  }
}
