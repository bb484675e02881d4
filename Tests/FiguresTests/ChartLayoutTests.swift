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
    let publications = years.flatMap { year in
      venues.enumerated().filter { ($0.offset + year) % 3 != 0 }.map { index, venue in
        Publication(
          id: "\(year)\(venue)", title: "T", venue: Venue(name: venue, kind: index % 2 == 0 ? .conference : .journal), year: year,
          source: Publications.SourceLocation(file: "t.md", line: 1))
      }
    }
    return PublicationCharts.all(publications)
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

  @Test func `value ticks are integers`() {
    let scene = ChartLayout.layout(Self.spec(years: 2020...2021, venues: ["A"])[0], measuring: Self.measurer)
    let ticks = Self.texts(scene).filter { $0.horizontal == .trailing && $0.vertical == .middle }.map(\.string)
    #expect(!ticks.isEmpty)
    #expect(ticks.allSatisfy { Int($0) != nil })
  }
}
