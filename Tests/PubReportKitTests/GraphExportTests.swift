import Analysis
import Foundation
import PubReportKit
import Publications
import Testing

@Suite struct GraphExportTests {
  static func sampleGraph() -> (CoauthorGraph, Communities) {
    let corpus = Corpus.load(files: [CorpusTests.sample])
    let graph = CoauthorGraph(corpus.publications)
    return (graph, Communities(graph))
  }

  @Test func `the sample's network has the counts a reader counts`() {
    let (graph, communities) = Self.sampleGraph()
    #expect(graph.nodes.count == 54)
    #expect(graph.edges.count == 157)
    // Xinyin Ma's and Yi Ren's papers never share an author: two components.
    #expect(Set(graph.components()).count == 2)
    #expect(graph.nodes.filter(\.isOwner).map(\.name) == ["Xinyin Ma", "Yi Ren"])
    #expect(communities.modularity > 0.3)
  }

  @Test func `names are escaped in every format`() {
    let graph = CoauthorGraph([
      Publication(
        id: "x", title: "T", authors: [Person(name: "Ann \"A&B\" <Lee>"), Person(name: "Bob, Smith Jr")],
        source: SourceLocation(file: "t", line: 1))
    ])
    let communities = Communities(graph)
    let graphml = GraphExport.files(graph, communities: communities, as: .graphml)[0].text
    #expect(graphml.contains("Ann &quot;A&amp;B&quot; &lt;Lee&gt;"))
    let csv = GraphExport.files(graph, communities: communities, as: .csv)[0].text
    #expect(csv.contains("\"Ann \"\"A&B\"\" <Lee>\""))
  }

  static var hasNetworkx: Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", "import networkx"]
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }

  @Test(.enabled(if: hasNetworkx))
  func `networkx reads graphml gexf and pajek with the same counts`() throws {
    let (graph, communities) = Self.sampleGraph()
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pubreport-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    for format in [GraphExport.Format.graphml, .gexf, .pajek] {
      for file in GraphExport.files(graph, communities: communities, as: format) {
        try AtomicFile.write(Data(file.text.utf8), to: directory.appendingPathComponent("g" + file.suffix).path)
      }
    }
    let script = """
      import networkx as nx, sys
      d = sys.argv[1]
      for g in (nx.read_graphml(d + '/g.graphml'), nx.read_gexf(d + '/g.gexf'), nx.Graph(nx.read_pajek(d + '/g.net'))):
          print(g.number_of_nodes(), g.number_of_edges())
      """
    let (_, output) = try ReportToolsTests.run("python3", ["-c", script, directory.path])
    #expect(output == "54 157\n54 157\n54 157\n")
  }
}

@Suite struct AffiliationExportTests {
  static func corpus(withOpenAlex: Bool) -> Corpus {
    let works = CitationStatsTests.exports.appendingPathComponent("sample-openalex.json").path
    return Corpus.load(files: [CorpusTests.sample] + (withOpenAlex ? [works] : []))
  }

  @Test func `graph exports carry institution and country when the inputs name them`() throws {
    let corpus = Self.corpus(withOpenAlex: true)
    let graph = CoauthorGraph(corpus.publications, people: corpus.people)
    let affiliations = try #require(Affiliations(corpus.publications, people: corpus.people))
    let files = GraphExport.files(graph, communities: Communities(graph), affiliations: affiliations, as: .graphml)
    let graphML = try #require(files.first?.text)
    #expect(graphML.contains("<key id=\"institution\" for=\"node\" attr.name=\"institution\" attr.type=\"string\"/>"))
    #expect(graphML.contains("<data key=\"name\">Mingli Song</data>"))
    #expect(graphML.contains("<data key=\"institution\">Zhejiang University</data>\n      <data key=\"country\">CN</data>"))
    let csv = try #require(GraphExport.files(graph, communities: Communities(graph), affiliations: affiliations, as: .csv).first?.text)
    #expect(csv.hasPrefix("id,name,owner,publications,joint_with_owners,community,first_year,last_year,degree,strength,betweenness,x,y,institution,country\n"))
    #expect(csv.contains(",Zhejiang University,CN\n"))
  }

  @Test func `graph exports have no institution attribute when no input names one`() throws {
    let corpus = Self.corpus(withOpenAlex: false)
    #expect(Affiliations(corpus.publications, people: corpus.people) == nil)
    let graph = CoauthorGraph(corpus.publications, people: corpus.people)
    for format in GraphExport.Format.allCases {
      for file in GraphExport.files(graph, communities: Communities(graph), affiliations: nil, as: format) {
        #expect(!file.text.contains("institution"))
      }
    }
  }
}
