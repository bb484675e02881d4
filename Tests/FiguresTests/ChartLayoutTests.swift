import Analysis
import Figures
import Publications
import Testing

/// Layout checked as values with a fixed-width measurer: nothing overlaps, nothing is clipped.
@Suite struct ChartLayoutTests {
  static let measurer = FixedWidthTextMeasurer()

  static func texts(_ scene: Scene) -> [TextItem] {
    scene.items.compactMap { if case .text(let item) = $0 { return item } else { return nil } }
  }

  static func assertReadable(_ scene: Scene, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let canvas = Rect(x: 0, y: 0, width: scene.width, height: scene.height)
    let boxes = texts(scene).map { ($0.string, $0.bounds(measuring: measurer)) }
    for (text, box) in boxes {
      #expect(canvas.contains(box), "clipped: \(text) \(box)", sourceLocation: sourceLocation)
    }
    for i in boxes.indices {
      for j in boxes.indices where j > i {
        #expect(!boxes[i].1.intersects(boxes[j].1), "overlap: \(boxes[i].0) / \(boxes[j].0)", sourceLocation: sourceLocation)
      }
    }
  }

  static func spec(years: ClosedRange<Int>, venues: [String]) -> [ChartSpec] {
    charts(publications(years: years, venues: venues))
  }

  /// The report's overview charts of `publications`, as the pipeline makes them.
  static func charts(_ publications: [Publication], options: PublicationCharts.Options = .init()) -> [ChartSpec] {
    ReportCharts(PublicationAnalysis(publications, owners: [], parts: .network), options: options).overview
  }

  static func publications(years: ClosedRange<Int>, venues: [String]) -> [Publication] {
    years.flatMap { year in
      venues.enumerated().filter { ($0.offset + year) % 3 != 0 }.map { index, venue in
        Publication(
          id: "\(year)\(venue)", title: "T", venue: Venue(name: venue, kind: index % 2 == 0 ? .conference : .journal), year: year,
          source: Publications.SourceLocation(file: "t.md", line: 1))
      }
    }
  }

  @Test func `a few years and short venues lay out without overlap or clipping`() {
    for spec in Self.spec(years: 2019...2025, venues: ["CVPR", "ICLR", "TPAMI"]) {
      Self.assertReadable(ChartLayout.layout(spec, measuring: Self.measurer))
    }
  }

  @Test func `thirty years turn the year labels and still fit`() throws {
    let specs = Self.spec(years: 1995...2025, venues: ["CVPR", "ICLR"])
    let scene = ChartLayout.layout(specs[0], measuring: Self.measurer)
    Self.assertReadable(scene)
    let year = try #require(Self.texts(scene).first { $0.string == "2000" })
    #expect(year.angle == 90)
    #expect(Self.texts(scene).filter { $0.string.count == 4 && $0.angle == 90 }.count == 31)
  }

  @Test func `long venue names are shortened with an ellipsis to fit`() {
    let long = "Proceedings of the International Conference on Something Very Long Indeed"
    let spec = Self.spec(years: 2020...2022, venues: [long, "CVPR"])[1]
    let scene = ChartLayout.layout(spec, measuring: Self.measurer)
    Self.assertReadable(scene)
    #expect(Self.texts(scene).contains { $0.string.hasPrefix("Proceedings of") && $0.string.hasSuffix("…") })
  }

  /// A big font on a narrow chart: title, legend and notes took the plot's height, and bars,
  /// year labels and the axis title ran into each other. The chart grows taller instead.
  @Test func `a large font on a narrow chart grows the chart instead of squeezing the plot`() throws {
    let centimetres = 6.0
    let size = Theme.largestLabelSize(chartWidthCentimetres: centimetres)
    let options = PublicationCharts.Options(
      width: (centimetres / 2.54 * 72).rounded(), theme: Theme(titleSize: size + 2.5, labelSize: size, noteSize: size - 0.5))
    let publications = Self.publications(years: 2015...2025, venues: ["CVPR", "ICLR", "TPAMI", "NeurIPS"])
    let specs = [
      PublicationCharts.perYear(publications, options: options), PublicationCharts.venues(publications, options: options),
      PublicationCharts.cumulative(publications, options: options),
    ]
    for spec in specs {
      let scene = ChartLayout.layout(spec, measuring: Self.measurer)
      Self.assertReadable(scene)
      #expect(scene.height > spec.size.height, "\(spec.name) kept its size")
      // The value axis title is whole, not shortened to the squeezed plot.
      #expect(Self.texts(scene).contains { $0.string == "Publications" || $0.string == "Publications (total)" })
    }
    // At the standard size nothing grows.
    for spec in Self.charts(publications) {
      #expect(ChartLayout.layout(spec, measuring: Self.measurer).height == spec.size.height)
    }
  }

  /// Three-digit totals over 36 years ran together above the bars, and a venue axis of
  /// 0–200 on a 4 cm chart printed "100200": what does not fit is left out.
  @Test func `labels that cannot fit are left out rather than run together`() throws {
    let venues = (1...60).map { "Venue \($0)" }
    let busy = (1990...2025).flatMap { year in
      venues.indices.flatMap { index in
        (0..<2).map { copy in
          Publication(
            id: "\(year)-\(index)-\(copy)", title: "T", venue: Venue(name: venues[index], kind: .conference), year: year,
            source: Publications.SourceLocation(file: "t.md", line: 1))
        }
      }
    }
    let perYear = ChartLayout.layout(PublicationCharts.perYear(busy), measuring: Self.measurer)
    Self.assertReadable(perYear)
    // No total above a bar (the value axis labels "120" too, anchored at its middle).
    #expect(!Self.texts(perYear).contains { $0.string == "120" && $0.vertical == .bottom })
    let narrow = PublicationCharts.Options(width: (4 / 2.54 * 72).rounded())
    let venueChart = ChartLayout.layout(PublicationCharts.venues(busy, options: narrow), measuring: Self.measurer)
    Self.assertReadable(venueChart)
    #expect(Self.texts(venueChart).contains { $0.string == "0" })
  }

  @Test func `value ticks are integers`() {
    let scene = ChartLayout.layout(Self.spec(years: 2020...2021, venues: ["A"])[0], measuring: Self.measurer)
    let ticks = Self.texts(scene).filter { $0.horizontal == .trailing && $0.vertical == .middle }.map(\.string)
    #expect(!ticks.isEmpty)
    #expect(ticks.allSatisfy { Int($0) != nil })
  }
}
