import Analysis
import Publications

extension PublicationCharts {
  /// Colours for communities (Okabe–Ito, then grey for the rest).
  static let communityColors: [Color] = [0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0xF0E442].map { Color(hex: $0) }

  /// The co-author network: for a list with owners, the owners' ego network, otherwise the most
  /// published people (see `EgoNetwork`). Area by publications, colour by community (Leiden,
  /// seeded), labels for the most published where they fit.
  package static func network(_ publications: [Publication], options: Options = Options(), topPeople: Int = 40) -> ChartSpec? {
    let graph = CoauthorGraph(publications)
    let view = EgoNetwork(graph, communities: Communities(graph), publications: publications, topPeople: topPeople)
    return view.map { network($0, options: options) }
  }

  /// The chart of a network view already computed (`PublicationAnalysis.network`).
  package static func network(_ view: EgoNetwork, options: Options = Options()) -> ChartSpec {
    let (graph, communities, kept, positions) = (view.graph, view.communities, view.shown, view.positions)
    let shownCommunities = view.shownCommunities
    // Colours by community, in order of the communities' size among the people shown.
    func colorIndex(_ community: Int) -> Int { min(shownCommunities.firstIndex(of: community) ?? 0, communityColors.count) }
    func color(_ community: Int) -> Color { colorIndex(community) < communityColors.count ? communityColors[colorIndex(community)] : Palette.color(for: .other) }
    // Labels go to the most published, not counting the owners' consortium papers.
    func labelWeight(_ node: CoauthorGraph.Node) -> Int { node.publications - node.jointWithOwners + node.jointWithOwnersInSmallTeams }
    let labelled = Set(kept.sorted { labelWeight(graph.nodes[$0]) > labelWeight(graph.nodes[$1]) }.prefix(14))
    let nodes = kept.enumerated().map { local, node in
      NetworkData.Node(
        label: graph.nodes[node].name, x: positions[local].x, y: positions[local].y, value: Double(graph.nodes[node].publications),
        color: color(communities.membership[node]), wantsLabel: labelled.contains(node) || graph.nodes[node].isOwner,
        isOwner: graph.nodes[node].isOwner)
    }
    let links = view.subgraph.edges.map { NetworkData.Link(source: $0.source, target: $0.target, weight: Double($0.count)) }
    // The legend names each community by its most published member shown.
    let groups = shownCommunities.prefix(communityColors.count).map { community -> LegendEntry in
      let leader = kept.filter { communities.membership[$0] == community }.max { (graph.nodes[$0].publications, graph.nodes[$1].id) < (graph.nodes[$1].publications, graph.nodes[$0].id) }
      return LegendEntry(name: "Group of \(leader.map { graph.nodes[$0].name } ?? "?")", color: color(community))
    }
    // Communities past the palette are grey: the legend says so.
    let legend = groups + (shownCommunities.count > communityColors.count ? [LegendEntry(name: "Other groups", color: Palette.color(for: .other))] : [])
    var notes = ["Circle area: publications; line width: joint publications; colour: community."]
    if graph.nodes.count > kept.count {
      let who = graph.nodes.contains(where: \.isOwner) ? "" : ", the most published who wrote with each other"
      notes.append("Showing \(kept.count) of \(counted(graph.nodes.count, "person", "people"))\(who).")
    }
    let truncated = view.truncatedAuthorLists
    if truncated > 0 { notes.append("\(truncated) author list\(truncated == 1 ? " is" : "s are") cut (et al.): links there are a lower bound.") }
    return ChartSpec(
      name: "coauthors", title: graph.nodes.contains(where: \.isOwner) ? "Collaboration network" : "Co-author network",
      caption: "Co-author network of \(counted(kept.count, "person", "people")), coloured by community.",
      content: .network(NetworkData(nodes: nodes, links: links, legend: legend)), notes: notes,
      size: ChartSize(width: options.width, height: max((options.width * 0.8).rounded(), 300)), theme: options.theme)
  }
}
