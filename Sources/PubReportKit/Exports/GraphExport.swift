import Analysis
import Foundation

/// The co-author graph in the formats other tools read: GraphML and GEXF (Gephi, networkx,
/// Cytoscape), Pajek `.net`, VOSviewer map and network files, CSV nodes and edges, Graphviz DOT.
///
/// Node attributes: name, publications, community, first year, and institution and country when
/// the inputs name them (OpenAlex); edge weights: joint publications and the fractional weight.
package enum GraphExport {
  package enum Format: String, Sendable, CaseIterable {
    case graphml, gexf, pajek, vosviewer, csv, dot

    /// The files a format writes, by suffix after the base name.
    var suffixes: [String] {
      switch self {
      case .graphml: [".graphml"]
      case .gexf: [".gexf"]
      case .pajek: [".net"]
      case .vosviewer: ["-map.txt", "-network.txt"]
      case .csv: ["-nodes.csv", "-edges.csv"]
      case .dot: [".dot"]
      }
    }

    /// The base the files of `out` are named from: `out` itself, less a suffix of this format
    /// it already ends in (`net.graphml`, `g.net`, `co-nodes.csv`, `co.csv`), so a path given
    /// with its extension is written as given.
    package func base(of out: String) -> String {
      let plainExtensions = suffixes.compactMap { suffix in suffix.lastIndex(of: ".").map { String(suffix[$0...]) } }
      for suffix in suffixes + plainExtensions where out.count > suffix.count && out.lowercased().hasSuffix(suffix) {
        return String(out.dropLast(suffix.count))
      }
      return out
    }
  }

  /// Per-node measures written beside the attributes.
  package struct Metrics: Sendable {
    package var degree: [Int]
    package var strength: [Double]
    /// Exact betweenness, or nil for graphs too large to compute it exactly.
    package var betweenness: [Double]?
    /// Layout positions in the unit square, when asked for.
    package var positions: [(x: Double, y: Double)]?

    /// Computes the measures; betweenness only up to `betweennessLimit` people (it is O(V·E)).
    package init(_ graph: CoauthorGraph, betweennessLimit: Int = 5000, positions: [(x: Double, y: Double)]? = nil) {
      degree = graph.degrees
      strength = graph.strengths
      betweenness = graph.nodes.count <= betweennessLimit ? graph.betweenness() : nil
      self.positions = positions
    }
  }

  /// The exported files: suffix → contents.
  ///
  /// - Parameter affiliations: the people's institutions, written as node attributes (GraphML,
  ///   GEXF, CSV) when given; no attribute is written for a graph whose inputs name none.
  package static func files(
    _ graph: CoauthorGraph, communities: Communities, metrics: Metrics? = nil, affiliations: Affiliations? = nil,
    as format: Format
  ) -> [(suffix: String, text: String)] {
    let places = affiliations.map { known in graph.nodes.map { known.byPerson[$0.id] } }
    return switch format {
    case .graphml: [(".graphml", graphML(graph, communities, metrics, places))]
    case .gexf: [(".gexf", gexf(graph, communities, metrics, places))]
    case .pajek: [(".net", pajek(graph, metrics))]
    case .vosviewer: [("-map.txt", vosMap(graph, communities, metrics)), ("-network.txt", vosNetwork(graph))]
    case .csv: [("-nodes.csv", csvNodes(graph, communities, metrics, places)), ("-edges.csv", csvEdges(graph))]
    case .dot: [(".dot", dot(graph, communities))]
    }
  }

  static func xml(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      default:
        if let ascii = character.asciiValue, ascii < 0x20, ascii != 0x09, ascii != 0x0A { continue }
        result.append(character)
      }
    }
    return result
  }

  static func number(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(format: "%.6g", value)
  }

  /// Each node's institution, in node order; nil when the inputs name no institutions.
  typealias Places = [Affiliations.Place?]

  private static func graphML(_ graph: CoauthorGraph, _ communities: Communities, _ metrics: Metrics?, _ places: Places?) -> String {
    var lines = [
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">",
      "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>",
      "  <key id=\"publications\" for=\"node\" attr.name=\"publications\" attr.type=\"int\"/>",
      "  <key id=\"community\" for=\"node\" attr.name=\"community\" attr.type=\"int\"/>",
      "  <key id=\"firstYear\" for=\"node\" attr.name=\"firstYear\" attr.type=\"int\"/>",
      "  <key id=\"owner\" for=\"node\" attr.name=\"owner\" attr.type=\"boolean\"/>",
      "  <key id=\"degree\" for=\"node\" attr.name=\"degree\" attr.type=\"int\"/>",
      "  <key id=\"strength\" for=\"node\" attr.name=\"strength\" attr.type=\"double\"/>",
      "  <key id=\"betweenness\" for=\"node\" attr.name=\"betweenness\" attr.type=\"double\"/>",
      "  <key id=\"x\" for=\"node\" attr.name=\"x\" attr.type=\"double\"/>",
      "  <key id=\"y\" for=\"node\" attr.name=\"y\" attr.type=\"double\"/>",
      "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>",
      "  <key id=\"fractional\" for=\"edge\" attr.name=\"fractional\" attr.type=\"double\"/>",
    ]
    if places != nil {
      lines += [
        "  <key id=\"institution\" for=\"node\" attr.name=\"institution\" attr.type=\"string\"/>",
        "  <key id=\"country\" for=\"node\" attr.name=\"country\" attr.type=\"string\"/>",
      ]
    }
    lines.append("  <graph id=\"coauthors\" edgedefault=\"undirected\">")
    for (i, node) in graph.nodes.enumerated() {
      lines.append("    <node id=\"n\(i)\">")
      lines.append("      <data key=\"name\">\(xml(node.name))</data>")
      lines.append("      <data key=\"publications\">\(node.publications)</data>")
      lines.append("      <data key=\"community\">\(communities.membership[i])</data>")
      if let year = node.firstYear { lines.append("      <data key=\"firstYear\">\(year)</data>") }
      lines.append("      <data key=\"owner\">\(node.isOwner)</data>")
      if let place = places?[i] {
        lines.append("      <data key=\"institution\">\(xml(place.institution))</data>")
        if let country = place.countryCode { lines.append("      <data key=\"country\">\(xml(country))</data>") }
      }
      if let metrics {
        lines.append("      <data key=\"degree\">\(metrics.degree[i])</data>")
        lines.append("      <data key=\"strength\">\(number(metrics.strength[i]))</data>")
        if let betweenness = metrics.betweenness { lines.append("      <data key=\"betweenness\">\(number(betweenness[i]))</data>") }
        if let positions = metrics.positions {
          lines.append("      <data key=\"x\">\(number(positions[i].x * 1000))</data>")
          lines.append("      <data key=\"y\">\(number(positions[i].y * 1000))</data>")
        }
      }
      lines.append("    </node>")
    }
    for (i, edge) in graph.edges.enumerated() {
      lines.append("    <edge id=\"e\(i)\" source=\"n\(edge.source)\" target=\"n\(edge.target)\">")
      lines.append("      <data key=\"weight\">\(edge.count)</data>")
      lines.append("      <data key=\"fractional\">\(number(edge.fractionalWeight))</data>")
      lines.append("    </edge>")
    }
    lines += ["  </graph>", "</graphml>"]
    return lines.joined(separator: "\n") + "\n"
  }

  private static func gexf(_ graph: CoauthorGraph, _ communities: Communities, _ metrics: Metrics?, _ places: Places?) -> String {
    var lines = [
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">",
      "  <graph mode=\"static\" defaultedgetype=\"undirected\">",
      "    <attributes class=\"node\">",
      "      <attribute id=\"0\" title=\"publications\" type=\"integer\"/>",
      "      <attribute id=\"1\" title=\"community\" type=\"integer\"/>",
      "      <attribute id=\"2\" title=\"firstYear\" type=\"integer\"/>",
    ]
    if places != nil {
      lines += [
        "      <attribute id=\"3\" title=\"institution\" type=\"string\"/>",
        "      <attribute id=\"4\" title=\"country\" type=\"string\"/>",
      ]
    }
    lines += ["    </attributes>", "    <nodes>"]
    for (i, node) in graph.nodes.enumerated() {
      lines.append("      <node id=\"\(i)\" label=\"\(xml(node.name))\">")
      lines.append("        <attvalues>")
      lines.append("          <attvalue for=\"0\" value=\"\(node.publications)\"/>")
      lines.append("          <attvalue for=\"1\" value=\"\(communities.membership[i])\"/>")
      if let year = node.firstYear { lines.append("          <attvalue for=\"2\" value=\"\(year)\"/>") }
      if let place = places?[i] {
        lines.append("          <attvalue for=\"3\" value=\"\(xml(place.institution))\"/>")
        if let country = place.countryCode { lines.append("          <attvalue for=\"4\" value=\"\(xml(country))\"/>") }
      }
      lines.append("        </attvalues>")
      if let position = metrics?.positions?[i] {
        lines.append("        <viz:position x=\"\(number(position.x * 1000))\" y=\"\(number(position.y * 1000))\" z=\"0\"/>")
      }
      lines.append("      </node>")
    }
    lines += ["    </nodes>", "    <edges>"]
    for (i, edge) in graph.edges.enumerated() {
      lines.append("      <edge id=\"\(i)\" source=\"\(edge.source)\" target=\"\(edge.target)\" weight=\"\(edge.count)\"/>")
    }
    lines += ["    </edges>", "  </graph>", "</gexf>"]
    return lines.joined(separator: "\n") + "\n"
  }

  /// Pajek numbers vertices from 1 and quotes labels; quotes inside a label become apostrophes.
  private static func pajek(_ graph: CoauthorGraph, _ metrics: Metrics?) -> String {
    var lines = ["*Vertices \(graph.nodes.count)"]
    for (i, node) in graph.nodes.enumerated() {
      let label = "\(i + 1) \"\(node.name.replacingOccurrences(of: "\"", with: "'"))\""
      if let position = metrics?.positions?[i] {
        lines.append(label + " \(String(format: "%.4f", position.x)) \(String(format: "%.4f", position.y)) 0.5")
      } else {
        lines.append(label)
      }
    }
    lines.append("*Edges")
    for edge in graph.edges { lines.append("\(edge.source + 1) \(edge.target + 1) \(edge.count)") }
    return lines.joined(separator: "\r\n") + "\r\n"
  }

  private static func vosMap(_ graph: CoauthorGraph, _ communities: Communities, _ metrics: Metrics?) -> String {
    let positions = metrics?.positions
    var lines = ["id\tlabel\t" + (positions == nil ? "" : "x\ty\t") + "cluster\tweight<Publications>"]
    for (i, node) in graph.nodes.enumerated() {
      let xy = positions.map { "\(number(($0[i].x - 0.5) * 20))\t\(number((0.5 - $0[i].y) * 20))\t" } ?? ""
      lines.append("\(i + 1)\t\(node.name.replacingOccurrences(of: "\t", with: " "))\t\(xy)\(communities.membership[i] + 1)\t\(node.publications)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func vosNetwork(_ graph: CoauthorGraph) -> String {
    graph.edges.map { "\($0.source + 1)\t\($0.target + 1)\t\($0.count)" }.joined(separator: "\n") + "\n"
  }

  static func csvField(_ text: String) -> String {
    text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
  }

  private static func csvNodes(_ graph: CoauthorGraph, _ communities: Communities, _ metrics: Metrics?, _ places: Places?) -> String {
    var lines = [
      "id,name,owner,publications,joint_with_owners,community,first_year,last_year,degree,strength,betweenness,x,y"
        + (places == nil ? "" : ",institution,country")
    ]
    for (i, node) in graph.nodes.enumerated() {
      let measures = [
        metrics.map { String($0.degree[i]) }, metrics.map { number($0.strength[i]) },
        metrics?.betweenness.map { number($0[i]) }, metrics?.positions.map { number($0[i].x) }, metrics?.positions.map { number($0[i].y) },
      ].map { $0 ?? "" }.joined(separator: ",")
      lines.append(
        "\(i),\(csvField(node.name)),\(node.isOwner),\(node.publications),\(node.jointWithOwners),\(communities.membership[i]),"
          + "\(node.firstYear.map(String.init) ?? ""),\(node.lastYear.map(String.init) ?? ""),\(measures)"
          + (places.map { places in
            "," + csvField(places[i]?.institution ?? "") + "," + csvField(places[i]?.countryCode ?? "")
          } ?? ""))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func csvEdges(_ graph: CoauthorGraph) -> String {
    (["source,target,joint_publications,fractional_weight,first_year,last_year"]
      + graph.edges.map {
        "\($0.source),\($0.target),\($0.count),\(number($0.fractionalWeight)),\($0.firstYear.map(String.init) ?? ""),\($0.lastYear.map(String.init) ?? "")"
      }).joined(separator: "\n") + "\n"
  }

  private static func dot(_ graph: CoauthorGraph, _ communities: Communities) -> String {
    func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
    var lines = ["graph coauthors {"]
    for (i, node) in graph.nodes.enumerated() {
      lines.append("  n\(i) [label=\(quoted(node.name)), publications=\(node.publications), community=\(communities.membership[i])];")
    }
    for edge in graph.edges { lines.append("  n\(edge.source) -- n\(edge.target) [weight=\(edge.count)];") }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }
}
