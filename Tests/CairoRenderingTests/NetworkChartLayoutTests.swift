import Analysis
import CairoRendering
import Figures
import Foundation
import Publications
import Testing

/// The co-author chart of a large list, laid out with the real fonts: no two circles overlap
/// and no text leaves the canvas, with and without an owner, at 16 and 8 cm (issue 25).
@Suite struct NetworkChartLayoutTests {
  /// 8,000 papers by about 10,000 generated people: teams of 2 to 6 drawn from 100 research
  /// groups of 100, a tenth of the places taken by someone of the next group, every paper of
  /// the first group with its head, Ann Lee.
  static let publications: [Publication] = {
    var random = SplitMix64(seed: 2025)
    let people = (0..<10_000).map { "Person\($0) Family\($0 % 97)" }
    return (0..<8_000).map { index in
      let group = Int.random(in: 0..<100, using: &random)
      let size = Int.random(in: 2...6, using: &random)
      var names = Set<String>()
      while names.count < size {
        let member = group * 100 + Int.random(in: 0..<100, using: &random)
        names.insert(people[Int.random(in: 0..<10, using: &random) == 0 ? (member + 100) % 10_000 : member])
      }
      let authors = names.sorted().map { Person(name: $0) } + (group == 0 ? [Person(name: "Ann Lee")] : [])
      return Publication(
        id: "p\(index)", title: "Paper \(index)", authors: authors, venue: Venue(name: "ACL", kind: .conference),
        year: 2000 + index % 25, source: SourceLocation(file: "gen.bib", line: index + 1))
    }
  }()

  struct Case: Sendable, CustomTestStringConvertible {
    var centimetres: Double
    var owner: Bool
    var testDescription: String { "\(Int(centimetres)) cm, \(owner ? "with" : "without") owner" }
  }

  @Test(arguments: [16.0, 8.0].flatMap { width in [true, false].map { Case(centimetres: width, owner: $0) } })
  func `circles never overlap and text stays on the canvas`(_ example: Case) throws {
    let engine = try PangoTextEngine(fontsDirectory: CairoRendererTests.fonts)
    var publications = Self.publications
    if example.owner {
      for index in publications.indices {
        for author in publications[index].authors.indices where publications[index].authors[author].name == "Ann Lee" {
          publications[index].authors[author].isOwner = true
        }
      }
    }
    let options = PublicationCharts.Options(width: (example.centimetres / 2.54 * 72).rounded())
    let spec = try #require(PublicationCharts.network(publications, options: options))
    let scene = ChartLayout.layout(spec, measuring: engine)
    var circles: [(centre: Point, radius: Double)] = []
    for item in scene.items {
      switch item {
      case .circle(let centre, let radius, _):
        // An owner's ink ring shares its circle's centre: one node.
        if let last = circles.last, last.centre == centre { continue }
        circles.append((centre, radius))
      case .text(let text):
        let size = engine.measure(text.string, font: text.font)
        #expect(text.angle == 0 && text.horizontal == .leading && text.vertical == .top)
        #expect(text.position.x >= 0 && text.position.x + size.width <= scene.width + 0.5, "\(text.string)")
        #expect(text.position.y >= 0 && text.position.y + size.height <= scene.height + 0.5, "\(text.string)")
      default: continue
      }
    }
    #expect(circles.count >= 30)
    #expect(Set(publications.flatMap { $0.authors.map(\.name) }).count > 9_000)
    for i in circles.indices {
      for j in circles.indices where j > i {
        let (a, b) = (circles[i], circles[j])
        let distance = ((a.centre.x - b.centre.x) * (a.centre.x - b.centre.x) + (a.centre.y - b.centre.y) * (a.centre.y - b.centre.y)).squareRoot()
        #expect(distance >= a.radius + b.radius - 0.01)
      }
    }
    // Every colour drawn is in the legend, grey included when groups run past the palette.
    let legendColors = Set(spec.legend.map(\.color))
    let nodeColors = Set(spec.networkData?.nodes.map(\.color) ?? [])
    #expect(nodeColors.isSubset(of: legendColors))
    // Without an owner, everyone drawn has a link among those drawn.
    if !example.owner, let network = spec.networkData {
      let linked = Set(network.links.flatMap { [$0.source, $0.target] })
      #expect(linked.count == network.nodes.count)
    }
  }
}
