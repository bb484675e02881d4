import Foundation
import Testing

/// Defects a new user hit with the README's commands (issue 25), each as that user runs it.
@Suite struct NewUserDefectTests {
  static let sample = CommandLineTests.sample

  struct OutCase: Sendable, CustomTestStringConvertible {
    var format: String
    var out: String
    var written: [String]
    var testDescription: String { "--format \(format) --out \(out)" }
  }

  static let outCases = [
    OutCase(format: "graphml", out: "net.graphml", written: ["net.graphml"]),
    OutCase(format: "graphml", out: "net", written: ["net.graphml"]),
    OutCase(format: "pajek", out: "g.net", written: ["g.net"]),
    OutCase(format: "csv", out: "co.csv", written: ["co-nodes.csv", "co-edges.csv"]),
    OutCase(format: "vosviewer", out: "v-map.txt", written: ["v-map.txt", "v-network.txt"]),
  ]

  @Test(arguments: outCases)
  func `graph out is used as given when it has the format's extension`(_ example: OutCase) throws {
    let folder = SafeOutputTests.temporaryFolder()
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let run = try CommandLineTests.run(["graph", Self.sample, "--format", example.format, "--out", folder + "/" + example.out])
    #expect(run.status == 0)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == example.written.sorted())
  }

  struct StatsJSON: Decodable {
    struct Window: Decodable, Equatable {
      var since: Int
      var until: Int
    }
    var publications: Int
    var years: [String: Int]
    var window: Window?
  }

  @Test func `stats takes the year window and says which it used`() throws {
    let run = try CommandLineTests.run(["stats", Self.sample, "--json", "--year", "2024"])
    #expect(run.status == 0)
    let document = try JSONDecoder().decode(StatsJSON.self, from: Data(run.stdout.utf8))
    #expect(document.publications == 7)
    #expect(document.years == ["2024": 7])
    #expect(document.window == StatsJSON.Window(since: 2024, until: 2024))
    let all = try JSONDecoder().decode(StatsJSON.self, from: Data(try CommandLineTests.run(["stats", Self.sample, "--json"]).stdout.utf8))
    #expect(all.publications == 35 && all.window == nil)
  }

  @Test func `parse graph topics and names take the window too`() throws {
    let parse = try CommandLineTests.run(["parse", Self.sample, "--since", "2024", "--until", "2024"])
    #expect(parse.stdout.hasSuffix("7 publications\n"))
    let topics = try CommandLineTests.run(["topics", Self.sample, "--json", "--year", "2024"])
    let rows = try JSONDecoder().decode(CommandLineTests.TopicsJSON.self, from: Data(topics.stdout.utf8))
    #expect(rows.topics.reduce(0) { $0 + $1.size } <= 7)
    #expect(rows.topics.allSatisfy { $0.size == $0.publications.count && $0.size > 0 })
    #expect(try CommandLineTests.run(["names", Self.sample, "--year", "2024"]).status == 0)
    #expect(try CommandLineTests.run(["stats", Self.sample, "--year", "24"]).status == 2)
  }

  @Test func `counted nouns agree with their number`() throws {
    let folder = SafeOutputTests.temporaryFolder()
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let bib = folder + "/one.bib"
    try "@article{a, title = {Only Paper}, author = {Ann Lee and Bob Smith}, year = 2020}\n"
      .write(toFile: bib, atomically: true, encoding: .utf8)
    let stats = try CommandLineTests.run(["stats", bib])
    #expect(stats.stdout.hasPrefix("1 publication\n"))
    let graph = try CommandLineTests.run(["graph", bib, "--out", folder + "/g"])
    #expect(graph.stdout.contains("(2 people, 1 pair)"))
  }

  @Test func `help keeps its sentences whole`() throws {
    let help = try CommandLineTests.run(["--help"]).stdout
    let overview = help.components(separatedBy: "USAGE:")[0]
    #expect(overview.replacingOccurrences(of: "\n", with: " ").contains(
      "Exit status: 0 when publications were found (warnings or not), 1 when no input gave a publication, a write failed, or --strict saw a warning, 2 for usage errors."))
    // A line the formatter wrapped twice was short mid-paragraph ("Exit status: 0 when").
    let paragraphs = overview.components(separatedBy: "\n\n").dropFirst()
    for paragraph in paragraphs {
      let lines = paragraph.split(separator: "\n")
      #expect(lines.dropLast().allSatisfy { $0.count > 60 })
    }
  }

  @Test func `a bad chart format has one error prefix`() throws {
    let run = try CommandLineTests.run(["report", Self.sample, "--formats", "png,jpg"])
    #expect(run.status == 2)
    #expect(!run.stderr.contains("Error: error:"))
    #expect(run.stderr.contains("'png,jpg' is invalid for '--formats"))
  }
}
