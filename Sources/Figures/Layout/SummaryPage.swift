/// A text page for the front of the chart pack: a title and paragraphs, wrapped to the width.
package enum SummaryPage {
  package static func layout(
    title: String, paragraphs: [String], size: ChartSize, theme: Theme = .standard, measuring measurer: TextMeasuring
  ) -> Scene {
    ChartLayout.layout(
      ChartSpec(name: "summary", title: title, caption: title, content: .text(paragraphs), size: size, theme: theme),
      measuring: measurer)
  }

  /// The page of a `.text` spec: its title and paragraphs within wide margins.
  static func layout(_ spec: ChartSpec, paragraphs: [String], measuring measurer: TextMeasuring) -> Scene {
    let (size, theme) = (spec.size, spec.theme)
    var builder = SceneBuilder(spec: spec, measurer: measurer)
    builder.drawBackground()
    let margin = 36.0
    var region = Rect(x: margin, y: margin, width: size.width - 2 * margin, height: size.height - 2 * margin)
    region = builder.drawTitle(in: region)
    let font = FontSpec(family: theme.fontFamily, size: theme.labelSize + 1.5)
    let lineHeight = builder.size("Ag", font).height * 1.15
    var y = region.y + 6
    for paragraph in paragraphs {
      for line in builder.wrap(paragraph, width: region.width, font: font) where y + lineHeight <= region.maxY {
        builder.text(TextItem(line, at: Point(x: region.x, y: y), font: font))
        y += lineHeight
      }
      y += lineHeight * 0.6
    }
    return builder.scene
  }
}
