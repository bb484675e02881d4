import Foundation
import Testing

/// Runs the built `pubreport` executable as a user would.
@Suite struct CommandLineTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let sample = root.appendingPathComponent("Tests/Fixtures/homepage/sample-homepage.md").path

  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static var executable: URL {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("pubreport")
    if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
    return root.appendingPathComponent(".build/debug/pubreport")
  }

  /// NB: standard output and error go to files, not pipes: swift-corelibs-foundation's
  /// `readDataToEndOfFile` traps on EINTR, which a busy machine running many children delivers,
  /// and a pipe read to its end one after the other can fill and block the child.
  static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:], in directory: URL? = nil) throws -> Run {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pubreport-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let (outURL, errURL) = (folder.appendingPathComponent("out"), folder.appendingPathComponent("err"))
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let input = Pipe()
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }

  @Test func `stats json succeeds with warnings on stderr`() throws {
    let run = try Self.run(["stats", Self.sample, "--json"])
    #expect(run.status == 0)
    #expect(!run.stderr.contains("pubreport:"))  // no progress line when stderr is not a terminal
    #expect(run.stdout.contains("\"publications\" : 35"))
    #expect(run.stderr.contains("sample-homepage.md:252: warning: entry \"SDMuse"))
  }

  @Test func `standard input is read with a dash`() throws {
    let run = try Self.run(["stats", "-", "--json"], stdin: try Data(contentsOf: URL(fileURLWithPath: Self.sample)))
    #expect(run.status == 0)
    #expect(run.stdout.contains("\"publications\" : 35"))
    #expect(run.stderr.contains("-:23: warning: badge 'ICLR 2023'"))
  }

  /// `pubreport stats .` run inside a site folder crashed (Foundation's path methods on ".").
  @Test func `the working folder is read when named with a dot`() throws {
    let site = FileManager.default.temporaryDirectory.appendingPathComponent("pubreport-site-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: site) }
    try FileManager.default.createDirectory(at: site.appendingPathComponent("_pages/includes"), withIntermediateDirectories: true)
    try Data("# About\n\n{% include_relative includes/pub.md %}\n".utf8).write(to: site.appendingPathComponent("_pages/about.md"))
    try Data(contentsOf: URL(fileURLWithPath: Self.sample)).write(to: site.appendingPathComponent("_pages/includes/pub.md"))
    let run = try Self.run(["stats", ".", "--json"], in: site)
    #expect(run.status == 0)
    #expect(run.stdout.contains("\"publications\" : 35"))
  }

  @Test func `a pipe given by name is read, as in <(curl …)`() throws {
    let run = try Self.run(["stats", "/dev/stdin", "--json"], stdin: try Data(contentsOf: URL(fileURLWithPath: Self.sample)))
    #expect(run.status == 0)
    #expect(run.stdout.contains("\"publications\" : 35"))
  }

  @Test func `a device that never ends is read only up to the size limit`() throws {
    let config = FileManager.default.temporaryDirectory.appendingPathComponent("pubreport-\(UUID()).yml")
    try Data("limits: {file_size_mb: 1}\n".utf8).write(to: config)
    defer { try? FileManager.default.removeItem(at: config) }
    let run = try Self.run(["parse", "/dev/zero", "--config", config.path])
    #expect(run.status == 1)
    #expect(run.stderr.contains("/dev/zero: error: gives more than the 1 MiB limit; not read"))
  }

  @Test func `parse prints a table and json`() throws {
    let table = try Self.run(["parse", Self.sample])
    #expect(table.status == 0)
    #expect(table.stdout.contains("2025  CVPR                 Diffusion Model is Effectively Its Own Teacher"))
    let json = try Self.run(["parse", "--json", Self.sample])
    let array = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [Any]
    #expect(array?.count == 35)
  }

  @Test func `nothing usable exits 1 naming the file`() throws {
    let run = try Self.run(["stats", "/nonexistent/page.md"])
    #expect(run.status == 1)
    #expect(run.stderr.contains("/nonexistent/page.md: error: file not found"))
  }

  @Test func `a directory that is no site is named, and the good file beside it is still read`() throws {
    let folder = SafeOutputTests.temporaryFolder()
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let alone = try Self.run(["stats", folder])
    #expect(alone.status == 1)
    #expect(alone.stderr.contains("\(folder): error: is a directory without _pages/about.md"))
    let beside = try Self.run(["stats", folder, "/nonexistent/refs.bib", Self.sample, "--json"])
    #expect(beside.status == 0)
    #expect(beside.stderr.contains("\(folder): error: is a directory"))
    #expect(beside.stderr.contains("/nonexistent/refs.bib: error: file not found"))
    #expect(beside.stdout.contains("\"publications\" : 35"))
  }

  @Test func `usage errors exit 2`() throws {
    #expect(try Self.run(["stats"]).status == 2)
    #expect(try Self.run(["stats", "--no-such-flag", Self.sample]).status == 2)
    for resolution in ["nan", "inf", "-1", "0"] {
      let run = try Self.run(["graph", Self.sample, "--resolution=\(resolution)", "--out", "/nonexistent/never"])
      #expect(run.status == 2)
      #expect(run.stderr.contains("--resolution must be a positive number"))
    }
  }

  /// `--until 9223372036854775807` overflowed, and a window of 10^18 years never ended.
  @Test func `a window outside four-digit years is a usage error`() throws {
    let run = try Self.run(["report", Self.sample, "--since=-9223372036854775808", "--until=9223372036854775807"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("--since must be a year from 1000 to 9999"))
    #expect(try Self.run(["report", Self.sample, "--since", "1", "--until", "2024"]).status == 2)
  }

  /// The config's font and the command line's width are checked together; a settings file's
  /// error is printed as `file:line: error:` alone, without ArgumentParser's usage lines.
  @Test func `a font too large for the chart width is a usage error naming the limit`() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pubreport-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let config = directory.appendingPathComponent("pubreport.yml").path
    try Data("theme: {font_size: 14}\n".utf8).write(to: URL(fileURLWithPath: config))
    let out = directory.appendingPathComponent("out").path
    let narrow = try Self.run(["report", Self.sample, "--config", config, "--chart-width", "4cm", "--out", out])
    #expect(narrow.status == 2)
    #expect(narrow.stderr.contains("the config's font_size 14 is too large for charts 4 cm wide: at most 9.6"))
    #expect(!FileManager.default.fileExists(atPath: out))
    try Data("theme: {font_size: 0}\n".utf8).write(to: URL(fileURLWithPath: config))
    let zero = try Self.run(["report", Self.sample, "--config", config, "--out", out])
    #expect(zero.status == 2)
    #expect(zero.stderr == "\(config):1: error: theme: font_size must be a number from 5 to 24\n")
  }

  @Test func `strict turns warnings into exit 1 after printing the output`() throws {
    let run = try Self.run(["stats", Self.sample, "--json", "--strict"])
    #expect(run.status == 1)
    #expect(run.stdout.contains("\"publications\" : 35"))
  }

  @Test func `graph writes the chosen format`() throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("pubreport-\(UUID())").path
    defer { try? FileManager.default.removeItem(atPath: base + ".graphml") }
    let run = try Self.run(["graph", Self.sample, "--format", "graphml", "--out", base])
    #expect(run.status == 0)
    #expect(FileManager.default.fileExists(atPath: base + ".graphml"))
    #expect(try Self.run(["graph", Self.sample, "--format", "svg"]).status == 2)
  }

  struct TopicsJSON: Decodable {
    struct Row: Decodable {
      var label: String
      var size: Int
      var publications: [String]
    }
    var topics: [Row]
    var unassigned: [String]
  }

  @Test func `topics lists every publication once under one topic`() throws {
    let run = try Self.run(["topics", Self.sample, "--json"])
    #expect(run.status == 0)
    let document = try JSONDecoder().decode(TopicsJSON.self, from: Data(run.stdout.utf8))
    let ids = document.topics.flatMap(\.publications) + document.unassigned
    #expect(ids.count == 35 && Set(ids).count == 35)
    #expect(document.topics.allSatisfy { $0.size == $0.publications.count && !$0.label.isEmpty })
    #expect(document.topics.map(\.size) == document.topics.map(\.size).sorted(by: >))
  }

  @Test func `topics takes a number of topics and prints text`() throws {
    let run = try Self.run(["topics", Self.sample, "--topics", "3"])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("3 topics in 35 publications\n"))
    #expect(try Self.run(["topics", Self.sample, "--topics", "0"]).status == 2)
  }

  @Test func `stats json carries the topics with their sizes`() throws {
    struct Stats: Decodable {
      struct Row: Decodable {
        var label: String
        var terms: [String]
        var publications: Int
      }
      var topics: [Row]
    }
    let stats = try JSONDecoder().decode(Stats.self, from: Data(try Self.run(["stats", Self.sample, "--json"]).stdout.utf8))
    #expect(stats.topics.count >= 2)
    #expect(stats.topics.reduce(0) { $0 + $1.publications } == 35)
    #expect(stats.topics.allSatisfy { $0.label == $0.terms.prefix(3).joined(separator: ", ") })
  }
}
