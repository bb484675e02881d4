/// Lays a chart out: `ChartSpec` + text measurer → `Scene`.
///
/// Every chart shares the frame (title, legend, notes) and fills the plot region by its mark.
/// Labels are measured, never guessed: long ones are shortened with "…" to the space they have,
/// and category labels turn a quarter when they would not fit side by side.
package enum ChartLayout {
  static let padding = 10.0

  /// The scene for `spec`, measured with `measurer`.
  ///
  /// Title, legend and notes grow with the font size and wrap more on a narrow chart. Rather
  /// than squeeze the plot below what its own labels need (a 17 pt font on an 8 cm chart left
  /// the bars 10 points tall), the chart grows taller than `spec.size` asks.
  package static func layout(_ spec: ChartSpec, measuring measurer: TextMeasuring) -> Scene {
    if case .text(let paragraphs) = spec.content { return SummaryPage.layout(spec, paragraphs: paragraphs, measuring: measurer) }
    var spec = spec
    let (sized, region) = frame(spec, measuring: measurer)
    let shortfall = minimumPlotHeight(sized, width: region.width) - region.height
    if shortfall > 0 { spec.size.height += shortfall.rounded(.up) }
    var (builder, plot) = shortfall > 0 ? frame(spec, measuring: measurer) : (sized, region)
    self.plot(for: builder)?.draw(in: plot, into: &builder)
    return builder.scene
  }

  /// The plot that lays out `builder.spec`'s content; none for text, which `SummaryPage` sets.
  private static func plot(for builder: SceneBuilder) -> (any ChartPlot)? {
    switch builder.spec.content {
    case .categories(let data): CategoryPlot(builder: builder, data: data)
    case .rankedBars(let data): HorizontalBarPlot(builder: builder, data: data)
    case .network(let data): NetworkPlot(builder: builder, data: data)
    case .text: nil
    }
  }

  /// The chart's frame drawn (background, title, legend, notes) and the region left for the plot.
  private static func frame(_ spec: ChartSpec, measuring measurer: TextMeasuring) -> (SceneBuilder, Rect) {
    var builder = SceneBuilder(spec: spec, measurer: measurer)
    var region = Rect(
      x: padding, y: padding, width: spec.size.width - 2 * padding, height: spec.size.height - 2 * padding)
    builder.drawBackground()
    region = builder.drawTitle(in: region)
    region = builder.drawLegend(in: region)
    region = builder.drawNotes(in: region)
    return (builder, region)
  }

  /// The least height the plot's labels need at `width`.
  private static func minimumPlotHeight(_ builder: SceneBuilder, width: Double) -> Double {
    plot(for: builder)?.minimumHeight(width: width) ?? 0
  }
}

/// The part of a chart inside its frame, laid out for one kind of content.
protocol ChartPlot {
  /// The least height the plot's labels need at `width`.
  func minimumHeight(width: Double) -> Double

  /// Draws the plot in `region`.
  func draw(in region: Rect, into builder: inout SceneBuilder)
}

/// The scene under construction and the measuring helpers every plot uses.
struct SceneBuilder {
  let spec: ChartSpec
  let measurer: TextMeasuring
  var scene: Scene

  init(spec: ChartSpec, measurer: TextMeasuring) {
    self.spec = spec
    self.measurer = measurer
    scene = Scene(width: spec.size.width, height: spec.size.height)
  }

  var titleFont: FontSpec { FontSpec(family: spec.theme.fontFamily, size: spec.theme.titleSize, isBold: true) }
  var labelFont: FontSpec { FontSpec(family: spec.theme.fontFamily, size: spec.theme.labelSize) }
  var axisTitleFont: FontSpec { FontSpec(family: spec.theme.fontFamily, size: spec.theme.labelSize, isBold: true) }
  var noteFont: FontSpec { FontSpec(family: spec.theme.fontFamily, size: spec.theme.noteSize) }

  func size(_ text: String, _ font: FontSpec) -> TextSize { measurer.measure(text, font: font) }

  mutating func add(_ item: Scene.Item) { scene.items.append(item) }

  mutating func text(_ item: TextItem) { scene.items.append(.text(item)) }

  mutating func drawBackground() {
    add(.rect(Rect(x: 0, y: 0, width: spec.size.width, height: spec.size.height), fill: .white, stroke: nil))
  }

  /// Draws the title (shortened to the width) and returns the region below it.
  mutating func drawTitle(in region: Rect) -> Rect {
    let title = fit(spec.title, width: region.width, font: titleFont)
    let height = size(title, titleFont).height
    text(TextItem(title, at: Point(x: region.x, y: region.y), font: titleFont))
    return Rect(x: region.x, y: region.y + height + 6, width: region.width, height: region.height - height - 6)
  }

  /// Draws a wrapping row of colour swatches and names; returns the region below it.
  mutating func drawLegend(in region: Rect) -> Rect {
    let entries = spec.legend
    guard !entries.isEmpty else { return region }
    let lineHeight = size("Ag", labelFont).height
    let swatch = lineHeight * 0.7
    var x = region.x
    var y = region.y
    for entry in entries {
      let name = fit(entry.name, width: region.width - swatch - 4, font: labelFont)
      let width = swatch + 4 + size(name, labelFont).width
      if x > region.x, x + width > region.maxX {
        x = region.x
        y += lineHeight + 2
      }
      add(.rect(Rect(x: x, y: y + (lineHeight - swatch) / 2, width: swatch, height: swatch), fill: entry.color, stroke: nil))
      text(TextItem(name, at: Point(x: x + swatch + 4, y: y), font: labelFont))
      x += width + 12
    }
    let used = y + lineHeight + 8 - region.y
    return Rect(x: region.x, y: region.y + used, width: region.width, height: region.height - used)
  }

  /// Draws the notes, wrapped, at the bottom; returns the region above them.
  mutating func drawNotes(in region: Rect) -> Rect {
    let lines = spec.notes.flatMap { wrap($0, width: region.width, font: noteFont) }
    guard !lines.isEmpty else { return region }
    let lineHeight = size("Ag", noteFont).height
    var y = region.maxY - lineHeight * Double(lines.count)
    let top = y
    for line in lines {
      text(TextItem(line, at: Point(x: region.x, y: y), font: noteFont, color: .mutedInk))
      y += lineHeight
    }
    return Rect(x: region.x, y: region.y, width: region.width, height: top - 6 - region.y)
  }

  /// `text`, shortened with "…" until it fits `width`.
  func fit(_ text: String, width: Double, font: FontSpec) -> String {
    guard size(text, font).width > width else { return text }
    let characters = Array(text)
    var low = 0
    var high = characters.count
    while low < high {
      let mid = (low + high + 1) / 2
      let candidate = String(characters[..<mid]).droppingTrailingSpaces() + "…"
      if size(candidate, font).width <= width { low = mid } else { high = mid - 1 }
    }
    return low == 0 ? "…" : String(characters[..<low]).droppingTrailingSpaces() + "…"
  }

  /// `text` broken into lines no wider than `width`, at spaces.
  func wrap(_ text: String, width: Double, font: FontSpec) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if size(candidate, font).width <= width || current.isEmpty {
        current = candidate
      } else {
        lines.append(current)
        current = String(word)
      }
    }
    if !current.isEmpty { lines.append(fit(current, width: width, font: font)) }
    return lines
  }
}

extension String {
  fileprivate func droppingTrailingSpaces() -> String {
    var s = Substring(self)
    while s.last == " " { s.removeLast() }
    return String(s)
  }
}
