import Foundation

/// A force-directed layout: Fruchterman & Reingold (1991), with repulsion approximated by a
/// Barnes–Hut quadtree (Barnes & Hut 1986, θ = 1.2) so large graphs stay near O(V log V) per
/// iteration.
///
/// Knobs: `iterations`, and `seed` for the initial positions, so the same graph and seed give
/// the same layout (like networkx's `spring_layout(seed=)`). Nodes in `pinned` stay where given
/// (the owner at the centre of an ego view). Positions come back in the unit square.
package struct ForceLayout: Sendable {
  /// Iterations; nil picks 300 for small graphs, fewer as graphs grow (60 at 10k people), where
  /// Barnes–Hut steps cost most and a chart shows a top-N summary anyway.
  package var iterations: Int?

  package init(iterations: Int? = nil) {
    self.iterations = iterations
  }

  /// Positions (x, y in 0…1) for each node of `graph`.
  ///
  /// Components are laid out one by one and packed side by side, widths by the square root of
  /// their size, so two groups that never write together don't leave the page empty between them.
  package func positions(for graph: CoauthorGraph, seed: UInt64 = 7, pinned: [Int: (Double, Double)] = [:]) -> [(x: Double, y: Double)] {
    let membership = graph.components()
    let componentCount = (membership.max() ?? 0) + 1
    guard componentCount > 1 else { return layout(graph, seed: seed, pinned: pinned) }
    // Group nodes and edges by component in one pass each: O(V + E).
    var members = Array(repeating: [Int](), count: componentCount)
    for node in graph.nodes.indices { members[membership[node]].append(node) }
    var local = Array(repeating: 0, count: graph.nodes.count)
    for list in members { for (i, node) in list.enumerated() { local[node] = i } }
    var edges = Array(repeating: [CoauthorGraph.Edge](), count: componentCount)
    for edge in graph.edges {
      var renumbered = edge
      renumbered.source = local[edge.source]
      renumbered.target = local[edge.target]
      edges[membership[edge.source]].append(renumbered)
    }
    let order = members.indices.sorted { (members[$0].count, -$0) > (members[$1].count, -$1) }
    let widths = order.map { Double(members[$0].count).squareRoot() }
    let total = widths.reduce(0, +)
    var result = Array(repeating: (x: 0.5, y: 0.5), count: graph.nodes.count)
    var left = 0.0
    for (slot, component) in order.enumerated() {
      let nodes = members[component]
      let width = widths[slot] / total
      var subgraph = graph
      subgraph.nodes = nodes.map { graph.nodes[$0] }
      subgraph.edges = edges[component]
      let localPinned = Dictionary(uniqueKeysWithValues: pinned.compactMap { key, _ in membership[key] == component ? (local[key], (0.5, 0.5)) : nil })
      let positions = nodes.count == 1 ? [(x: 0.5, y: 0.5)] : layout(subgraph, seed: seed, pinned: localPinned)
      for (i, node) in nodes.enumerated() {
        // A small inset keeps neighbouring components apart.
        result[node] = (x: left + width * (0.08 + 0.84 * positions[i].x), y: positions[i].y)
      }
      left += width
    }
    return result
  }

  private func layout(_ graph: CoauthorGraph, seed: UInt64, pinned: [Int: (Double, Double)]) -> [(x: Double, y: Double)] {
    let n = graph.nodes.count
    let iterations = self.iterations ?? min(300, max(60, 600_000 / max(n, 1)))
    guard n > 1 else { return Array(repeating: (0.5, 0.5), count: n) }
    var generator = SplitMix64(seed: seed)
    var x = (0..<n).map { _ in Double.random(in: 0..<1, using: &generator) }
    var y = (0..<n).map { _ in Double.random(in: 0..<1, using: &generator) }
    for (node, position) in pinned {
      x[node] = position.0
      y[node] = position.1
    }
    let k = (1 / Double(n)).squareRoot()
    let edges = graph.edges.map { ($0.source, $0.target, 1 + 0.3 * log(Double($0.count))) }
    var temperature = 0.1
    let cooling = temperature / Double(iterations + 1)
    for _ in 0..<iterations {
      var dx = Array(repeating: 0.0, count: n)
      var dy = Array(repeating: 0.0, count: n)
      let tree = QuadTree(x: x, y: y)
      for i in 0..<n {
        let (fx, fy) = tree.repulsion(on: i, x: x[i], y: y[i], k: k)
        dx[i] += fx
        dy[i] += fy
      }
      for (a, b, weight) in edges {
        let ddx = x[a] - x[b]
        let ddy = y[a] - y[b]
        let distance = max((ddx * ddx + ddy * ddy).squareRoot(), 1e-9)
        let force = distance * distance / k * weight
        dx[a] -= ddx / distance * force
        dy[a] -= ddy / distance * force
        dx[b] += ddx / distance * force
        dy[b] += ddy / distance * force
      }
      // Gravity toward the centre keeps separate components on the page.
      for i in 0..<n {
        dx[i] -= (x[i] - 0.5) * k * 0.3
        dy[i] -= (y[i] - 0.5) * k * 0.3
      }
      for i in 0..<n where pinned[i] == nil {
        let length = max((dx[i] * dx[i] + dy[i] * dy[i]).squareRoot(), 1e-9)
        let step = min(length, temperature)
        x[i] += dx[i] / length * step
        y[i] += dy[i] / length * step
      }
      temperature -= cooling
    }
    return Self.normalised(x: x, y: y, pinned: pinned)
  }

  private static func normalised(x: [Double], y: [Double], pinned: [Int: (Double, Double)]) -> [(x: Double, y: Double)] {
    // Each axis fills 0…1: a chart has a fixed frame, and empty bands waste it.
    guard let minX = x.min(), let maxX = x.max(), let minY = y.min(), let maxY = y.max() else { return [] }
    let (spanX, spanY) = (max(maxX - minX, 1e-9), max(maxY - minY, 1e-9))
    return zip(x, y).map { ((($0 - minX) / spanX), (($1 - minY) / spanY)) }
  }
}

/// A Barnes–Hut quadtree over node positions: distant groups repel as one body.
///
/// Stored as flat arrays (no object per cell), built without recursion and walked with an
/// explicit stack: at 10,000 people the layout spends most of its time here.
private struct QuadTree {
  /// Cells smaller than θ times their distance act as one body (Barnes–Hut's opening angle).
  static let theta = 1.2

  private var minX: [Double] = []
  private var minY: [Double] = []
  private var size: [Double] = []
  private var centreX: [Double] = []
  private var centreY: [Double] = []
  private var mass: [Double] = []
  /// First of four consecutive children, or -1 for a leaf.
  private var firstChild: [Int] = []
  /// The one body of a leaf, or -1.
  private var body: [Int] = []

  init(x: [Double], y: [Double]) {
    let left = x.min() ?? 0
    let top = y.min() ?? 0
    let side = max((x.max() ?? 1) - left, (y.max() ?? 1) - top, 1e-6) * 1.0001
    addCell(left, top, side)
    for i in x.indices { insert(i, x[i], y[i]) }
  }

  private mutating func addCell(_ x: Double, _ y: Double, _ side: Double) {
    minX.append(x)
    minY.append(y)
    size.append(side)
    centreX.append(0)
    centreY.append(0)
    mass.append(0)
    firstChild.append(-1)
    body.append(-1)
  }

  private func quadrant(_ cell: Int, _ px: Double, _ py: Double) -> Int {
    let half = size[cell] / 2
    return firstChild[cell] + (py >= minY[cell] + half ? 2 : 0) + (px >= minX[cell] + half ? 1 : 0)
  }

  private mutating func insert(_ i: Int, _ px: Double, _ py: Double) {
    var cell = 0
    var depth = 0
    var pending: [(Int, Double, Double)] = [(i, px, py)]
    while let (index, x, y) = pending.popLast() {
      cell = 0
      depth = 0
      while true {
        centreX[cell] = (centreX[cell] * mass[cell] + x) / (mass[cell] + 1)
        centreY[cell] = (centreY[cell] * mass[cell] + y) / (mass[cell] + 1)
        mass[cell] += 1
        if mass[cell] == 1 {
          body[cell] = index
          break
        }
        // NB: beyond depth 40 points coincide; they share the cell instead of splitting forever.
        if depth >= 40 { break }
        if firstChild[cell] < 0 {
          let half = size[cell] / 2
          firstChild[cell] = minX.count
          addCell(minX[cell], minY[cell], half)
          addCell(minX[cell] + half, minY[cell], half)
          addCell(minX[cell], minY[cell] + half, half)
          addCell(minX[cell] + half, minY[cell] + half, half)
          let existing = body[cell]
          body[cell] = -1
          if existing >= 0 {
            // Move the old body down one level; its coordinates are the cell's old centre.
            let (ox, oy) = ((centreX[cell] * mass[cell] - x) / (mass[cell] - 1), (centreY[cell] * mass[cell] - y) / (mass[cell] - 1))
            let child = quadrant(cell, ox, oy)
            centreX[child] = ox
            centreY[child] = oy
            mass[child] = 1
            body[child] = existing
          }
        }
        cell = quadrant(cell, x, y)
        depth += 1
      }
    }
  }

  /// The repulsive force k²/d on node `i` at (x, y) from every other node.
  func repulsion(on i: Int, x: Double, y: Double, k: Double) -> (Double, Double) {
    var fx = 0.0
    var fy = 0.0
    var stack = [0]
    let k2 = k * k
    while let cell = stack.popLast() {
      guard mass[cell] > 0, !(mass[cell] == 1 && body[cell] == i) else { continue }
      let dx = x - centreX[cell]
      let dy = y - centreY[cell]
      let distance = max((dx * dx + dy * dy).squareRoot(), 1e-6)
      if firstChild[cell] < 0 || size[cell] / distance < Self.theta {
        let force = k2 / distance * mass[cell]
        fx += dx / distance * force
        fy += dy / distance * force
      } else {
        let first = firstChild[cell]
        stack.append(first)
        stack.append(first + 1)
        stack.append(first + 2)
        stack.append(first + 3)
      }
    }
    return (fx, fy)
  }
}
