/// The plot of a horizontal bar chart: categories down the left (venues), values along x.
///
/// Names longer than the label column are shortened with "…"; the column is at most 38 % of
/// the width, so bars keep room.
struct HorizontalBarPlot: ChartPlot {
  let builder: SceneBuilder

  let data: CategoryData

  /// A quarter of a line of air between the labels of neighbouring rows, and the axis below.
  func minimumHeight(width: Double) -> Double {
    let labelHeight = builder.size("0", builder.labelFont).height
    let xTitleHeight = builder.size(data.valueAxisTitle, builder.axisTitleFont).height
    return Double(data.allCategories.count) * labelHeight * 1.25 + 4 + labelHeight + 6 + xTitleHeight
  }

  func draw(in region: Rect, into scene: inout SceneBuilder) {
    let categories = data.allCategories
    let labelHeight = builder.size("0", builder.labelFont).height
    let maximum = categories.indices.map { data.total(at: $0) }.max() ?? 0
    let labelColumn = min(categories.map { builder.size($0, builder.labelFont).width }.max() ?? 0, region.width * 0.38)
    let valueLabelWidth = data.showsValueLabels ? builder.size(maximum.countLabel, builder.labelFont).width + 6 : 0
    let left = region.x + labelColumn + 6
    let right = region.maxX - valueLabelWidth - 2
    let xTitleHeight = builder.size(data.valueAxisTitle, builder.axisTitleFont).height
    let top = region.y
    let bottom = region.maxY - xTitleHeight - 6 - labelHeight - 4
    let tickLabelWidth = builder.size(LinearScale(maximum: maximum, rangeStart: 0, rangeEnd: 1).domainMax.countLabel, builder.labelFont).width
    let tickCount = min(6, max(2, Int((right - left) / (tickLabelWidth + 24))))
    let scale = LinearScale(maximum: maximum, rangeStart: left, rangeEnd: right, targetTicks: tickCount)
    let band = (bottom - top) / Double(max(categories.count, 1))
    let barHeight = min(band * 0.7, 22)

    // The scale may give more ticks than asked for; a label that would touch the one before it
    // is left out (its grid line stays).
    var lastLabelEnd = -Double.infinity
    for tick in scale.ticks {
      let x = scale.position(tick)
      scene.add(.polyline([Point(x: x, y: top), Point(x: x, y: bottom)], stroke: Stroke(color: .grid, width: 0.5)))
      let half = builder.size(tick.countLabel, builder.labelFont).width / 2
      guard x - half >= lastLabelEnd + 4 else { continue }
      scene.text(TextItem(tick.countLabel, at: Point(x: x, y: bottom + 4), horizontal: .center, vertical: .top, font: builder.labelFont))
      lastLabelEnd = x + half
    }
    for (index, category) in categories.enumerated() {
      let center = top + band * (Double(index) + 0.5)
      let label = builder.fit(category, width: labelColumn, font: builder.labelFont)
      scene.text(TextItem(label, at: Point(x: left - 6, y: center), horizontal: .trailing, vertical: .middle, font: builder.labelFont))
      var base = 0.0
      for series in data.series {
        let value = index < series.values.count ? series.values[index] : 0
        guard value > 0 else { continue }
        let x0 = scale.position(base)
        let x1 = scale.position(base + value)
        scene.add(
          .rect(
            Rect(x: x0, y: center - barHeight / 2, width: x1 - x0, height: barHeight), fill: series.color,
            stroke: Stroke(color: .white, width: 0.6)))
        base += value
      }
      if data.showsValueLabels, base > 0 {
        scene.text(TextItem(base.countLabel, at: Point(x: scale.position(base) + 3, y: center), horizontal: .leading, vertical: .middle, font: builder.labelFont))
      }
    }
    scene.add(.polyline([Point(x: left, y: top), Point(x: left, y: bottom)], stroke: Stroke(color: .ink, width: 0.8)))
    scene.text(
      TextItem(
        data.valueAxisTitle, at: Point(x: (left + right) / 2, y: bottom + 4 + labelHeight + 6), horizontal: .center,
        vertical: .top, font: builder.axisTitleFont))
  }
}
