import Analysis
import Publications

extension PublicationCharts {
  /// Colours for communities (Okabe–Ito, then grey for the rest).
  static let communityColors: [Color] = [0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0xF0E442].map { Color(hex: $0) }

  /// The co-author network: for a list with owners, the owners' ego network (the owners and
  /// their `topPeople` most frequent co-authors, first by papers of teams they could name, so
  /// that consortium members do not crowd out the people they work with, with the links among
  /// them); otherwise the `topPeople` most published people. Area by publications, colour by community (Louvain,
  /// seeded), labels for the most published where they fit.
  public static func network(_ publications: [Publication], options: Options = Options(), topPeople: Int = 40) -> ChartSpec? {
    let graph = CoauthorGraph(publications)
    guard graph.nodes.count > 1, !graph.edges.isEmpty else { return nil }
    let communities = Communities(graph)
    let owners = graph.nodes.indices.filter { graph.nodes[$0].isOwner }
    let ranked = graph.nodes.indices.filter { !graph.nodes[$0].isOwner }.sorted { a, b in
      let (na, nb) = (graph.nodes[a], graph.nodes[b])
      let (ka, kb) = owners.isEmpty
        ? ((na.publications, 0), (nb.publications, 0))
        : ((na.jointWithOwnersInSmallTeams, na.jointWithOwners), (nb.jointWithOwnersInSmallTeams, nb.jointWithOwners))
      return ka != kb ? ka > kb : na.id < nb.id
    }
    let kept = (owners + ranked.filter { owners.isEmpty || graph.nodes[$0].jointWithOwners > 0 }.prefix(topPeople)).sorted()
    let subgraph = graph.restricted(to: kept)
    // One owner sits at the centre of the ego view (kept is sorted, so look the owner up in it).
    var pinned: [Int: (Double, Double)] = [:]
    if owners.count == 1, let local = kept.firstIndex(of: owners[0]) { pinned[local] = (0.5, 0.5) }
    let positions = ForceLayout(iterations: 300).positions(for: subgraph, seed: 7, pinned: pinned)
    // Colours by community, in order of the communities' size among the people shown.
    var communityCounts: [Int: Int] = [:]
    for node in kept { communityCounts[communities.membership[node], default: 0] += 1 }
    let shownCommunities = communityCounts.keys.sorted { (communityCounts[$0] ?? 0, -$0) > (communityCounts[$1] ?? 0, -$1) }
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
    let links = subgraph.edges.map { NetworkData.Link(source: $0.source, target: $0.target, weight: Double($0.count)) }
    // The legend names each community by its most published member shown.
    let legend = shownCommunities.prefix(communityColors.count).map { community -> ChartSpec.Series in
      let leader = kept.filter { communities.membership[$0] == community }.max { (graph.nodes[$0].publications, graph.nodes[$1].id) < (graph.nodes[$1].publications, graph.nodes[$0].id) }
      return ChartSpec.Series(name: "Group of \(leader.map { graph.nodes[$0].name } ?? "?")", values: [1], color: color(community))
    }
    var notes = ["Circle area: publications; line width: joint publications; colour: community."]
    if graph.nodes.count > kept.count { notes.append("Showing \(kept.count) of \(graph.nodes.count) people.") }
    let truncated = publications.filter(\.isAuthorListTruncated).count
    if truncated > 0 { notes.append("\(truncated) author list\(truncated == 1 ? " is" : "s are") cut (et al.): links there are a lower bound.") }
    return ChartSpec(
      name: "coauthors", title: owners.isEmpty ? "Co-author network" : "Collaboration network",
      caption: "Co-author network of \(kept.count) people, coloured by community.", mark: .network, categories: [], series: legend,
      categoryAxisTitle: "", valueAxisTitle: "", notes: notes, showsValueLabels: false,
      size: ChartSize(width: options.width, height: max((options.width * 0.8).rounded(), 300)), theme: options.theme,
      network: NetworkData(nodes: nodes, links: links))
  }
}
