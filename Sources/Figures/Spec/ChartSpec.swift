/// A chart as plain data: what to draw, not how. Like a Vega-Lite spec, it can be printed,
/// compared in tests and drawn by any backend.
public struct ChartSpec: Sendable, Hashable, Codable {
  /// How values are drawn.
  public enum Mark: String, Sendable, Hashable, Codable {
    /// Vertical bars, series stacked, categories along x (years).
    case verticalBars
    /// Horizontal bars, series stacked, categories down y (venues).
    case horizontalBars
    /// A line through the points of each series, categories along x.
    case line
    /// Nodes and links placed by `network` (a co-author graph); `series` name the colours.
    case network
  }

  /// One stacked layer or line.
  public struct Series: Sendable, Hashable, Codable {
    public var name: String
    /// One value per category, in category order.
    public var values: [Double]
    public var color: Color

    public init(name: String, values: [Double], color: Color) {
      self.name = name
      self.values = values
      self.color = color
    }
  }

  /// The file stem charts are saved under (`per-year` → `charts/per-year.png`).
  public var name: String
  public var title: String
  /// A sentence describing the chart, used as alt text.
  public var caption: String
  public var mark: Mark
  /// Category labels in drawing order.
  public var categories: [String]
  /// Categories drawn apart from the others after a gap (e.g. "unknown" year).
  public var detachedCategories: [String]
  public var series: [Series]
  public var categoryAxisTitle: String
  public var valueAxisTitle: String
  /// Categories to emphasise (e.g. the years of a reporting window).
  public var highlightedCategories: [String]
  /// Sentences printed under the plot.
  public var notes: [String]
  /// Whether to print each bar's total (or the line's last value).
  public var showsValueLabels: Bool
  public var showsLegend: Bool
  public var size: ChartSize
  public var theme: Theme
  /// The nodes and links of a `.network` chart.
  public var network: NetworkData?

  public init(
    name: String, title: String, caption: String, mark: Mark, categories: [String],
    detachedCategories: [String] = [], series: [Series], categoryAxisTitle: String,
    valueAxisTitle: String, highlightedCategories: [String] = [], notes: [String] = [],
    showsValueLabels: Bool = true, showsLegend: Bool = true, size: ChartSize = .standard,
    theme: Theme = .standard, network: NetworkData? = nil
  ) {
    self.name = name
    self.title = title
    self.caption = caption
    self.mark = mark
    self.categories = categories
    self.detachedCategories = detachedCategories
    self.series = series
    self.categoryAxisTitle = categoryAxisTitle
    self.valueAxisTitle = valueAxisTitle
    self.highlightedCategories = highlightedCategories
    self.notes = notes
    self.showsValueLabels = showsValueLabels
    self.showsLegend = showsLegend
    self.size = size
    self.theme = theme
    self.network = network
  }

  /// Every category, the detached ones last.
  public var allCategories: [String] { categories + detachedCategories }

  /// The stacked total of category `index` (in `allCategories`).
  public func total(at index: Int) -> Double {
    series.reduce(0) { $0 + (index < $1.values.count ? $1.values[index] : 0) }
  }
}

/// A chart's size in points (1/72 inch), the unit of PDF and SVG.
public struct ChartSize: Sendable, Hashable, Codable {
  public var width: Double
  public var height: Double

  public init(width: Double, height: Double) {
    self.width = width
    self.height = height
  }

  /// 16 cm wide, the width of a grant-report text column.
  public static let standard = ChartSize(centimetres: 16, aspect: 0.56)

  /// A size from a width in centimetres and a height-to-width ratio.
  public init(centimetres: Double, aspect: Double) {
    width = (centimetres / 2.54 * 72).rounded()
    height = (width * aspect).rounded()
  }
}

/// Fonts and sizes; one value so a user's config can change them together.
public struct Theme: Sendable, Hashable, Codable {
  public var fontFamily: String
  public var titleSize: Double
  public var labelSize: Double
  public var noteSize: Double
  /// A user's colours for venue kinds (by `Venue.Kind` raw value); the rest keep the palette's.
  public var kindColors: [String: Color]
  /// A user's colours for topics, in topic order; the palette's follow when they run out.
  public var topicColors: [Color]

  public init(
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

  public static let standard = Theme()

  /// The largest label size, in points, charts `centimetres` wide stay legible at. Measured by
  /// eye on the sample report: 2.4 points per centimetre (8.5 pt at 4 cm, 14 pt at 6 cm, 24 pt at
  /// 10 cm) keeps every label whole; beyond it year labels overlap and words are cut mid-way.
  public static func largestLabelSize(chartWidthCentimetres centimetres: Double) -> Double { centimetres * 2.4 }
}

/// The nodes and links of a network chart, positions in the unit square.
public struct NetworkData: Sendable, Hashable, Codable {
  public struct Node: Sendable, Hashable, Codable {
    public var label: String
    public var x: Double
    public var y: Double
    /// Publications: the node's area grows with it.
    public var value: Double
    public var color: Color
    /// Whether the node should get a label when there is room.
    public var wantsLabel: Bool
    public var isOwner: Bool
    /// A shorter label (a topic's number) tried where `label` finds no free spot.
    public var fallbackLabel: String?

    public init(
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

  public struct Link: Sendable, Hashable, Codable {
    public var source: Int
    public var target: Int
    /// Joint publications: the line's width grows with it.
    public var weight: Double

    public init(source: Int, target: Int, weight: Double) {
      self.source = source
      self.target = target
      self.weight = weight
    }
  }

  public var nodes: [Node]
  public var links: [Link]

  public init(nodes: [Node], links: [Link]) {
    self.nodes = nodes
    self.links = links
  }
}
