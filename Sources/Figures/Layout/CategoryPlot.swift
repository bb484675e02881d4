/// The plot of a chart with categories along x: stacked vertical bars or lines.
///
/// Every category gets a band, so every year is on the axis, zeros included. Detached
/// categories ("unknown" year) sit after a gap and a dashed rule. Labels turn a quarter when
/// they would not fit their band.
struct CategoryPlot: ChartPlot {
  let builder: SceneBuilder

  let data: CategoryData

  /// What surrounds the plot, measured; it depends on the width only, so the chart's height can
  /// be chosen from it.
  private struct Margins {
    var labelHeight: Double
    var maximum: Double
    /// The x of the value axis, and of the plot's right end.
    var left: Double
    var right: Double
    var gapSlots: Double
    var band: Double
    var longestLabel: Double
    /// Category labels turn a quarter when the longest would not fit its band.
    var rotate: Bool
    var xTitleHeight: Double
  }

  private func margins(x: Double, width: Double) -> Margins {
    let labelHeight = builder.size("0", builder.labelFont).height
    let categories = data.allCategories
    let maximum = categories.indices.map { index in
      data.mark == .line ? data.series.map { index < $0.values.count ? $0.values[index] : 0 }.max() ?? 0 : data.total(at: index)
    }.max() ?? 0
    let yTitleWidth = builder.size(data.valueAxisTitle, builder.axisTitleFont).height
    let provisional = LinearScale(maximum: maximum, rangeStart: 0, rangeEnd: 1)
    let tickWidth = provisional.ticks.map { builder.size($0.countLabel, builder.labelFont).width }.max() ?? 0
    let left = x + yTitleWidth + 6 + tickWidth + 5
    let right = x + width - 2
    let gapSlots = data.detachedCategories.isEmpty ? 0.0 : 0.8
    let slots = Double(categories.count) + gapSlots
    let band = (right - left) / max(slots, 1)
    let longestLabel = categories.map { builder.size($0, builder.labelFont).width }.max() ?? 0
    return Margins(
      labelHeight: labelHeight, maximum: maximum, left: left, right: right, gapSlots: gapSlots, band: band,
      longestLabel: longestLabel, rotate: longestLabel + 4 > band,
      xTitleHeight: builder.size(data.categoryAxisTitle, builder.axisTitleFont).height)
  }

  /// The height the plot needs at `width`: the value axis title along the axis whole, with room
  /// for three ticks, and the category labels and axis title below it.
  func minimumHeight(width: Double) -> Double {
    let m = margins(x: 0, width: width)
    let axis = max(builder.size(data.valueAxisTitle, builder.axisTitleFont).width + 4, m.labelHeight * 1.8 * 3)
    let xLabelsHeight = m.rotate ? m.longestLabel : m.labelHeight
    let stacked = (data.showsValueLabels ? m.labelHeight + 2 : 0) + axis + 4 + xLabelsHeight + 6 + m.xTitleHeight
    // `draw` gives turned labels at most 0.4 of the plot's height.
    return m.rotate ? max(stacked, m.longestLabel / 0.4) : stacked
  }

  func draw(in region: Rect, into scene: inout SceneBuilder) {
    // 1. Measure what surrounds the plot.
    let m = margins(x: region.x, width: region.width)
    let (labelHeight, maximum, left, right, gapSlots, band, rotate) = (m.labelHeight, m.maximum, m.left, m.right, m.gapSlots, m.band, m.rotate)
    let categories = data.allCategories
    let xLabelsHeight = rotate ? min(m.longestLabel, region.height * 0.4) : labelHeight
    let xTitleHeight = m.xTitleHeight
    let top = region.y + (data.showsValueLabels ? labelHeight + 2 : 0)
    let bottom = region.maxY - xTitleHeight - 6 - xLabelsHeight - 4
    // As many ticks as fit with a label's height of air between them, 2 to 6.
    let tickCount = min(6, max(2, Int((bottom - top) / (labelHeight * 1.8))))
    let scale = LinearScale(maximum: maximum, rangeStart: bottom, rangeEnd: top, targetTicks: tickCount)

    // 2. Highlighted bands, grid and value axis.
    func center(of index: Int) -> Double {
      let slot = Double(index) + (index >= data.categories.count ? gapSlots : 0)
      return left + band * (slot + 0.5)
    }
    for (index, category) in categories.enumerated() where data.highlightedCategories.contains(category) {
      scene.add(.rect(Rect(x: center(of: index) - band / 2, y: top, width: band, height: bottom - top), fill: Color(hex: 0xFFF3C4), stroke: nil))
    }
    for tick in scale.ticks {
      let y = scale.position(tick)
      scene.add(.polyline([Point(x: left, y: y), Point(x: right, y: y)], stroke: Stroke(color: .grid, width: 0.5)))
      scene.text(TextItem(tick.countLabel, at: Point(x: left - 5, y: y), horizontal: .trailing, vertical: .middle, font: builder.labelFont))
    }
    scene.text(
      TextItem(
        builder.fit(data.valueAxisTitle, width: bottom - top, font: builder.axisTitleFont),
        at: Point(x: region.x, y: (top + bottom) / 2), horizontal: .center, vertical: .top, angle: 90,
        font: builder.axisTitleFont))

    // 3. The marks.
    switch data.mark {
    case .line: drawLines(scale: scale, center: center, into: &scene)
    default: drawBars(scale: scale, band: band, center: center, into: &scene)
    }
    scene.add(.polyline([Point(x: left, y: bottom), Point(x: right, y: bottom)], stroke: Stroke(color: .ink, width: 0.8)))
    if !data.detachedCategories.isEmpty {
      let x = left + band * (Double(data.categories.count) + gapSlots / 2)
      scene.add(.polyline([Point(x: x, y: top), Point(x: x, y: bottom)], stroke: Stroke(color: .mutedInk, width: 0.6, dash: [2, 2])))
    }

    // 4. Category labels and axis title.
    for index in labelledCategories(band: band, labelHeight: labelHeight, rotate: rotate, center: center) {
      let category = categories[index]
      let label = rotate ? builder.fit(category, width: xLabelsHeight, font: builder.labelFont) : category
      let item =
        rotate
        ? TextItem(label, at: Point(x: center(of: index), y: bottom + 4), horizontal: .trailing, vertical: .middle, angle: 90, font: builder.labelFont)
        : TextItem(label, at: Point(x: center(of: index), y: bottom + 4), horizontal: .center, vertical: .top, font: builder.labelFont)
      scene.text(item)
    }
    scene.text(
      TextItem(
        data.categoryAxisTitle, at: Point(x: (left + right) / 2, y: bottom + 4 + xLabelsHeight + 6), horizontal: .center,
        vertical: .top, font: builder.axisTitleFont))
  }

  /// The categories that get a label. Turned labels still need a line's height each: on bands
  /// thinner than that (many years on a narrow chart, or a big font) every n-th year is
  /// labelled, from the first, and none closer than a line to a detached one ("unknown").
  private func labelledCategories(band: Double, labelHeight: Double, rotate: Bool, center: (Int) -> Double) -> [Int] {
    let all = Array(data.allCategories.indices)
    guard rotate, band < labelHeight else { return all }
    let step = Int((labelHeight / band).rounded(.up))
    let detached = all.filter { $0 >= data.categories.count }
    let kept = data.categories.indices.filter { index in
      index % step == 0 && detached.allSatisfy { abs(center($0) - center(index)) >= labelHeight }
    }
    return kept + detached
  }

  private func drawBars(scale: LinearScale, band: Double, center: (Int) -> Double, into scene: inout SceneBuilder) {
    let width = min(band * 0.72, 48)
    // Totals go above the bars only when every one fits its band: side by side they ran together
    // ("151515") with many years; the value axis still gives them.
    let totals = data.allCategories.indices.map { data.total(at: $0) }
    let totalsFit = totals.allSatisfy { builder.size($0.countLabel, builder.labelFont).width + 2 <= band }
    for index in data.allCategories.indices {
      var base = 0.0
      for series in data.series {
        let value = index < series.values.count ? series.values[index] : 0
        guard value > 0 else { continue }
        let y0 = scale.position(base)
        let y1 = scale.position(base + value)
        scene.add(
          .rect(
            Rect(x: center(index) - width / 2, y: y1, width: width, height: y0 - y1), fill: series.color,
            stroke: Stroke(color: .white, width: 0.6)))
        base += value
      }
      if data.showsValueLabels, totalsFit, base > 0 {
        scene.text(
          TextItem(base.countLabel, at: Point(x: center(index), y: scale.position(base) - 2), horizontal: .center, vertical: .bottom, font: builder.labelFont))
      }
    }
  }

  private func drawLines(scale: LinearScale, center: (Int) -> Double, into scene: inout SceneBuilder) {
    for series in data.series {
      let points = series.values.indices.map { Point(x: center($0), y: scale.position(series.values[$0])) }
      guard let last = points.last, let lastValue = series.values.last else { continue }
      scene.add(.polyline(points, stroke: Stroke(color: series.color, width: 1.6)))
      for point in points { scene.add(.circle(center: point, radius: 2.2, fill: series.color)) }
      if data.showsValueLabels {
        scene.text(TextItem(lastValue.countLabel, at: Point(x: last.x, y: last.y - 4), horizontal: .center, vertical: .bottom, font: builder.labelFont))
      }
    }
  }
}
