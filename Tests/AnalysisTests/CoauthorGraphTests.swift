import Analysis
import Publications
import Testing

@Suite struct CoauthorGraphTests {
  @Test func `joint publications make weighted edges with fractional weights`() throws {
    let graph = CoauthorGraph([
      paper("A", year: 2020, "**Ann Lee**", "Bob Smith", "Cat Wu"), paper("B", year: 2022, "**Ann Lee**", "Bob Smith"),
    ])
    #expect(graph.nodes.map(\.name) == ["Ann Lee", "Bob Smith", "Cat Wu"])
    let annBob = try #require(graph.edges.first { $0.source == 0 && $0.target == 1 })
    #expect(annBob.count == 2)
    #expect(annBob.fractionalWeight == 1.5)  // 1/2 + 1/1
    #expect(annBob.firstYear == 2020 && annBob.lastYear == 2022)
    #expect(graph.edges.count == 3)
  }

  @Test func `a people index of other publications gives the graph of the ones given`() {
    let publications = [paper("A", "**Ann Lee**", "Bob Smith"), paper("B", "**Ann Lee**", "Cat Wu", "Dan Ode")]
    let others = [paper("C", "Eve Fox", "Ann Lee"), paper("D", "Zed Ray", "Bob Smith", "Cat Wu")]
    let graph = CoauthorGraph(publications, people: PersonIndex(others))
    #expect(graph == CoauthorGraph(publications))
    #expect(graph.nodes.map(\.name) == ["Ann Lee", "Bob Smith", "Cat Wu", "Dan Ode"])
    #expect(PublicationStats(publications, owners: [], people: PersonIndex(others)).coauthorPairs == 4)
  }

  @Test func `components and betweenness of a path`() {
    let graph = CoauthorGraph([paper("A", "Ann Lee", "Bob Smith"), paper("B", "Bob Smith", "Cat Wu"), paper("C", "Dan Ode", "Eve Fox")])
    #expect(graph.components() == [0, 0, 0, 1, 1])
    // networkx's normalised betweenness: Bob is on the one path between Ann and Cat, 1 of 6 pairs.
    let betweenness = graph.betweenness()
    #expect(abs(betweenness[1] - 1.0 / 6) < 1e-9)
    #expect(betweenness.enumerated().allSatisfy { $0.offset == 1 || $0.element == 0 })
    #expect(graph.degrees == [1, 2, 1, 1, 1])
  }

  /// A paper of `count` authors; the third is the owner.
  static func team(_ count: Int) -> Publication {
    Publication(
      id: "team", title: "Team", authors: (0..<count).map { Person(name: "Member\($0) Person", isOwner: $0 == 2) },
      venue: Venue(name: "Nature", kind: .journal), year: 2024, source: SourceLocation(file: "test.bib", line: 1))
  }

  @Test func `a consortium paper links its owner to each member, not every pair`() {
    let publications = [Self.team(3_000), paper("Small", "Member2 Person", "Ann Lee", "Bob Smith")]
    let graph = CoauthorGraph(publications)
    #expect(graph.nodes.count == 3_002)
    #expect(graph.nodes.allSatisfy { $0.publications >= 1 })
    // 2,999 owner–member edges plus the small paper's three, not 4.5 million.
    #expect(graph.edges.count == 2_999 + 3)
    let owner = graph.nodes.firstIndex { $0.name == "Member2 Person" }
    #expect(graph.edges.filter { $0.source != owner && $0.target != owner }.count == 1)  // Ann–Bob
    #expect(PublicationStats(publications, owners: ["Member2 Person"]).coauthorPairs == graph.edges.count)
  }

  @Test func `a team of exactly the large-team size is still a clique`() {
    let graph = CoauthorGraph([Self.team(CoauthorGraph.largeTeam)])
    #expect(graph.edges.count == CoauthorGraph.largeTeam * (CoauthorGraph.largeTeam - 1) / 2)
  }

  static func cliques() -> [Publication] {
    // Two groups of four who all write together, joined by one paper between Ann and Eve.
    let left = ["Ann Lee", "Bob Smith", "Cat Wu", "Dan Ode"]
    let right = ["Eve Fox", "Fay Gu", "Gil Ho", "Hal Ito"]
    return [paper("L1", left[0], left[1], left[2], left[3]), paper("L2", left[0], left[1], left[2], left[3]),
      paper("R1", right[0], right[1], right[2], right[3]), paper("R2", right[0], right[1], right[2], right[3]),
      paper("X", "Ann Lee", "Eve Fox")]
  }

  @Test func `communities find the two groups and cover every node`() {
    let graph = CoauthorGraph(Self.cliques())
    let communities = Communities(graph, seed: 7)
    #expect(communities.membership.count == graph.nodes.count)
    let byName = Dictionary(uniqueKeysWithValues: zip(graph.nodes.map(\.name), communities.membership))
    #expect(Set(["Ann Lee", "Bob Smith", "Cat Wu", "Dan Ode"].map { byName[$0] }).count == 1)
    #expect(Set(["Eve Fox", "Fay Gu", "Gil Ho", "Hal Ito"].map { byName[$0] }).count == 1)
    #expect(byName["Ann Lee"] != byName["Eve Fox"])
    #expect(communities.modularity > 0.3)
  }

  @Test func `communities do not depend on input order`() {
    let publications = Self.cliques()
    let a = Communities(CoauthorGraph(publications), seed: 42).membership
    let b = Communities(CoauthorGraph(publications.reversed()), seed: 42).membership
    #expect(a == b)
  }

  @Test func `collaborators are new in the year of their first joint paper`() {
    let collaborators = Collaborators([
      ownerPaper("A", 2020, "Bob Smith"), ownerPaper("B", 2021, "Bob Smith", "Cat Wu"), ownerPaper("C", 2021, "Dan Ode"),
    ])
    #expect(collaborators.rows.map(\.name) == ["Bob Smith", "Cat Wu", "Dan Ode"])
    #expect(collaborators.rows.first?.jointPublications == 2)
    #expect(collaborators.years.map(\.year) == [2020, 2021])
    #expect(collaborators.years.map(\.new) == [["Bob Smith"], ["Cat Wu", "Dan Ode"]])
    #expect(collaborators.years.map(\.returning) == [0, 1])
  }

  func ownerPaper(_ id: String, _ year: Int, _ others: String...) -> Publication {
    var publication = paper(id, year: year)
    publication.authors = [Person(name: "Ann Lee", isOwner: true)] + others.map { Person(name: $0) }
    return publication
  }
}

@Suite struct LeidenPropertiesTests {
  /// 300 papers of 2–5 authors drawn from 150 people, with a seeded generator.
  static func randomPublications(seed: UInt64) -> [Publication] {
    var generator = SplitMix64(seed: seed)
    let people = (0..<150).map { "Person\(Character(UnicodeScalar(65 + $0 % 26)!)) Name\($0)" }
    return (0..<300).map { i in
      let group = Int.random(in: 0..<6, using: &generator)
      let size = Int.random(in: 2...5, using: &generator)
      // Mostly within one of six groups, sometimes across: a graph with communities to find.
      let names = (0..<size).map { _ -> String in
        let across = Int.random(in: 0..<10, using: &generator) == 0
        let base = across ? Int.random(in: 0..<150, using: &generator) : group * 25 + Int.random(in: 0..<25, using: &generator)
        return people[base]
      }
      return Publication(id: "p\(i)", title: "Paper \(i)", authors: names.map { Person(name: $0) }, year: 2000 + i % 20,
        source: SourceLocation(file: "r.bib", line: i + 1))
    }
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func `every community is connected and modularity beats the trivial partitions`(_ seed: UInt64) {
    let graph = CoauthorGraph(Self.randomPublications(seed: seed))
    let communities = Communities(graph, seed: seed)
    let adjacency = graph.adjacency()
    for community in Set(communities.membership) {
      let members = Set(graph.nodes.indices.filter { communities.membership[$0] == community })
      var seen: Set<Int> = [members.min() ?? 0]
      var queue = Array(seen)
      while let node = queue.popLast() {
        for (neighbour, _) in adjacency[node] where members.contains(neighbour) && seen.insert(neighbour).inserted { queue.append(neighbour) }
      }
      #expect(seen == members, "community \(community) is not connected")
    }
    let allInOne = Communities.modularity(adjacency, membership: Array(repeating: 0, count: graph.nodes.count))
    let singletons = Communities.modularity(adjacency, membership: Array(graph.nodes.indices))
    #expect(communities.modularity > max(allInOne, singletons) + 0.2)
    #expect(Set(communities.membership).count >= 4)
  }
}
