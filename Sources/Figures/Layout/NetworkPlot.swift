import Foundation

/// The plot of a network chart: links, then nodes (area by publications, colour by community),
/// then labels for the most connected people where they fit.
///
/// Labels are placed greedily, most important first, at the first of eight spots around the
/// node that overlaps no placed label, no node and no edge of the plot; a node with no free spot
/// stays unlabelled (it is still drawn), so no two labels ever overlap.
struct NetworkPlot: ChartPlot {
  let builder: SceneBuilder

  let data: NetworkData

  private var largestValue: Double { data.nodes.map(\.value).max() ?? 1 }

  /// Circle area grows with the value; the smallest stays visible.
  private func radius(_ value: Double) -> Double { 2.5 + 7.5 * (value / largestValue).squareRoot() }

  /// Twelve label lines: below that, a few labelled nodes already fill the plot.
  func minimumHeight(width: Double) -> Double { builder.size("Ag", builder.labelFont).height * 12 }

  func draw(in region: Rect, into scene: inout SceneBuilder) {
    let network = data
    guard !network.nodes.isEmpty else { return }
    // Room for the biggest node and a short label on every side, but never more than a quarter
    // of the width each: a big font on a narrow chart left the nodes a sliver. Labels that don't
    // fit are left out, as anywhere else.
    let margin = radius(largestValue) + 2
    let labelRoom = min(builder.size("Firstname", builder.labelFont).width, region.width / 4)
    let width = region.width - 2 * (margin + labelRoom)
    let height = region.height - 2 * margin - builder.size("Ag", builder.labelFont).height
    let originX = region.x + margin + labelRoom
    let originY = region.y + margin
    let radii = network.nodes.map { radius($0.value) }
    // An owner's ink ring is part of its circle.
    let centres = Self.separated(
      network.nodes.map { Point(x: originX + $0.x * width, y: originY + $0.y * height) },
      radii: zip(network.nodes, radii).map { $0.isOwner ? $1 + 1.2 : $1 },
      within: Rect(x: originX, y: originY, width: width, height: height))

    // 1. Links, thin and light so that nodes and labels read above them.
    let maxWeight = network.links.map(\.weight).max() ?? 1
    for link in network.links {
      let width = 0.4 + 1.6 * (link.weight / maxWeight)
      scene.add(
        .polyline([centres[link.source], centres[link.target]], stroke: Stroke(color: Color(hex: 0x999999, alpha: 0.55), width: width)))
    }
    // 2. Nodes, largest first so small ones stay visible on top; owners ringed in ink.
    var nodeBoxes: [Rect] = []
    for (index, node) in network.nodes.enumerated().sorted(by: { ($0.element.value, -$0.offset) > ($1.element.value, -$1.offset) }) {
      let centre = centres[index]
      let r = radii[index]
      if node.isOwner { scene.add(.circle(center: centre, radius: r + 1.2, fill: .ink)) }
      scene.add(.circle(center: centre, radius: r, fill: node.color))
      nodeBoxes.append(Rect(x: centre.x - r, y: centre.y - r, width: 2 * r, height: 2 * r))
    }
    // 3. Labels, most important first.
    var placed: [Rect] = []
    let order = network.nodes.indices.filter { network.nodes[$0].wantsLabel }
      .sorted { (network.nodes[$0].isOwner ? 1 : 0, network.nodes[$0].value, -$0) > (network.nodes[$1].isOwner ? 1 : 0, network.nodes[$1].value, -$1) }
    for index in order {
      let node = network.nodes[index]
      for label in [node.label] + [node.fallbackLabel].compactMap({ $0 }) {
        if place(label, of: node, at: centres[index], region: region, nodeBoxes: nodeBoxes, placed: &placed, into: &scene) { break }
      }
    }
  }

  /// Puts `label` at the first free spot around `node`; false when every spot is taken.
  private func place(
    _ label: String, of node: NetworkData.Node, at centre: Point, region: Rect, nodeBoxes: [Rect], placed: inout [Rect],
    into scene: inout SceneBuilder
  ) -> Bool {
    let bounds = Rect(x: 0, y: 0, width: builder.spec.size.width, height: builder.spec.size.height)
    let r = radius(node.value) + 1.5
    let font = node.isOwner ? builder.axisTitleFont : builder.labelFont
    let size = builder.size(label, font)
    let ownBox = Rect(x: centre.x - r, y: centre.y - r, width: 2 * r, height: 2 * r)
    // Eight spots around the node, then the same spots farther out with a leader line.
    let candidates: [(Double, Double, Bool)] = [0.0, 14, 28].flatMap { extra -> [(Double, Double, Bool)] in
      let d = r + extra
      let far = extra > 0
      return [
        (centre.x + d, centre.y - size.height / 2, far), (centre.x - d - size.width, centre.y - size.height / 2, far),
        (centre.x - size.width / 2, centre.y - d - size.height, far), (centre.x - size.width / 2, centre.y + d, far),
        (centre.x + d * 0.7, centre.y - d * 0.7 - size.height, far), (centre.x - d * 0.7 - size.width, centre.y - d * 0.7 - size.height, far),
        (centre.x + d * 0.7, centre.y + d * 0.7, far), (centre.x - d * 0.7 - size.width, centre.y + d * 0.7, far),
      ]
    }
    for (x, y, far) in candidates {
      let box = Rect(x: x, y: y, width: size.width, height: size.height)
      guard bounds.contains(box), !placed.contains(where: { $0.intersects(box) }),
        !nodeBoxes.contains(where: { $0 != ownBox && $0.intersects(box) }), box.y >= region.y - 1, box.maxY <= region.maxY + 1
      else { continue }
      placed.append(box)
      if far {
        // Point from the label's nearest edge back to the node.
        let anchor = Point(x: min(max(centre.x, box.x), box.maxX), y: min(max(centre.y, box.y), box.maxY))
        scene.add(.polyline([anchor, centre], stroke: Stroke(color: .mutedInk, width: 0.5)))
      }
      scene.text(TextItem(label, at: Point(x: x, y: y), font: font))
      return true
    }
    return false
  }

  /// `centres` moved apart until no two circles overlap (a gap of one point), each kept inside
  /// `box`: a force layout spaces nodes for the eye, not by their drawn size, and on a dense
  /// graph big circles landed on each other.
  ///
  /// Pairwise relaxation (each overlapping pair pushed apart along the line between them, half
  /// each), in index order, so the result is deterministic. At most 41 nodes are drawn.
  ///
  /// - Complexity: O(n² · passes), passes ≤ 200.
  static func separated(_ centres: [Point], radii: [Double], within box: Rect) -> [Point] {
    var points = centres
    for _ in 0..<200 {
      var moved = false
      for i in points.indices {
        for j in points.indices where j > i {
          var dx = points[j].x - points[i].x
          var dy = points[j].y - points[i].y
          var distance = (dx * dx + dy * dy).squareRoot()
          let needed = radii[i] + radii[j] + 1
          guard distance < needed - 1e-9 else { continue }
          if distance < 1e-9 {
            // Same spot: part them sideways, by index, so the outcome never depends on chance.
            (dx, dy, distance) = (1, 0, 1)
          }
          let push = (needed - distance) / 2
          points[i].x -= dx / distance * push
          points[i].y -= dy / distance * push
          points[j].x += dx / distance * push
          points[j].y += dy / distance * push
          moved = true
        }
      }
      for index in points.indices {
        points[index].x = min(max(points[index].x, box.x), box.maxX)
        points[index].y = min(max(points[index].y, box.y), box.maxY)
      }
      if !moved { break }
    }
    return points
  }
}
