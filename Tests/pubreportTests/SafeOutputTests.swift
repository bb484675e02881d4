import Foundation
import Testing

/// What a user's previous report and a CI machine's threads can rely on.
@Suite struct SafeOutputTests {
  static let generated = CommandLineTests.root.appendingPathComponent("Tests/Fixtures/generated/gen-400-seed3.bib").path

  static func temporaryFolder() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("pubreport-\(UUID())").path
  }

  /// Every file under `folder` (hidden ones too) with its bytes.
  static func snapshot(_ folder: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for case let relative as String in FileManager.default.enumerator(atPath: folder) ?? FileManager.DirectoryEnumerator() {
      var isDirectory: ObjCBool = false
      let path = (folder as NSString).appendingPathComponent(relative)
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
        files[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
      }
    }
    return files
  }

  @Test func `one thread and four threads write the same bytes`() throws {
    let (one, four) = (Self.temporaryFolder(), Self.temporaryFolder())
    defer { for folder in [one, four] { try? FileManager.default.removeItem(atPath: folder) } }
    let inputs = [CommandLineTests.sample, Self.generated]
    #expect(try CommandLineTests.run(["report"] + inputs + ["--out", one], environment: ["PUBREPORT_THREADS": "1"]).status == 0)
    #expect(try CommandLineTests.run(["report"] + inputs + ["--out", four], environment: ["PUBREPORT_THREADS": "4"]).status == 0)
    let (first, second) = (try Self.snapshot(one), try Self.snapshot(four))
    #expect(first.count > 20)
    #expect(first.keys.sorted() == second.keys.sorted())
    for (path, data) in first { #expect(second[path] == data, "\(path) differs between 1 and 4 threads") }
  }

  @Test func `a run killed while drawing leaves the previous report whole`() throws {
    let folder = Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(try CommandLineTests.run(["report", CommandLineTests.sample, "--out", folder]).status == 0)
    let before = try Self.snapshot(folder)
    // A bigger input into the same folder; SIGKILL as soon as it reports its charts laid out.
    let process = Process()
    process.executableURL = CommandLineTests.executable
    process.arguments = ["report", Self.generated, "--out", folder]
    process.environment = ProcessInfo.processInfo.environment.merging(["PUBREPORT_TIMINGS": "1"]) { $1 }
    let stderr = Pipe()
    process.standardError = stderr
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    var seen = ""
    while !seen.contains("\"stage\": \"topics\"") {
      let chunk = stderr.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      seen += String(decoding: chunk, as: UTF8.self)
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    let after = try Self.snapshot(folder)
    // Staged files may remain (hidden, removed by the next run); every report file is as before.
    let visible = after.filter { !$0.key.contains(".pubreport-staged-") }
    #expect(visible.keys.sorted() == before.keys.sorted())
    for (path, data) in before { #expect(visible[path] == data, "\(path) changed") }
    // The next run finishes and clears what the killed one left.
    #expect(try CommandLineTests.run(["report", CommandLineTests.sample, "--out", folder]).status == 0)
    #expect(try Self.snapshot(folder).keys.allSatisfy { !$0.contains(".pubreport-staged-") })
    #expect(try Self.snapshot(folder) == before)
  }
}

/// `pubreport.yml` and `--template` change the report as the README says.
@Suite struct UserSettingsTests {
  @Test func `a config file and a template change the report`() throws {
    let folder = SafeOutputTests.temporaryFolder()
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let config = (folder as NSString).appendingPathComponent("pubreport.yml")
    try Data(
      """
      owner: Xinyin Ma
      exclude: ["SlimSAM: 0.1% Data Makes Segment Anything Slim"]
      venues:
        aliases: {"AAAI Conference on Artificial Intelligence": [AAAI]}
        kinds: {"AAAI Conference on Artificial Intelligence": workshop}
      theme: {palette: {conference: "#FF0000"}}
      formats: [svg]
      """.utf8
    ).write(to: URL(fileURLWithPath: config))
    let template = (folder as NSString).appendingPathComponent("mine.mustache")
    try Data("Report of {{owners}} with {{publicationCount}} papers.\n\n{{{venues}}}\n".utf8).write(to: URL(fileURLWithPath: template))
    let out = (folder as NSString).appendingPathComponent("out")
    let run = try CommandLineTests.run(
      ["report", CommandLineTests.sample, "--config", config, "--template", template, "--out", out])
    #expect(run.status == 0)
    let report = try String(contentsOfFile: (out as NSString).appendingPathComponent("report.md"), encoding: .utf8)
    #expect(report.hasPrefix("Report of Xinyin Ma with 34 papers.\n"))  // owner, exclude, template
    #expect(report.contains("| AAAI Conference on Artificial Intelligence | workshop | 5 |"))  // venue alias and kind
    let files = try FileManager.default.contentsOfDirectory(atPath: (out as NSString).appendingPathComponent("charts"))
    #expect(files.allSatisfy { $0.hasSuffix(".svg") })  // formats
    let perYear = try String(contentsOfFile: (out as NSString).appendingPathComponent("charts/per-year.svg"), encoding: .utf8)
    #expect(perYear.contains("fill:rgb(100%,0%,0%)"))  // the palette's conference colour
    #expect(!perYear.contains("fill:rgb(0%,44.705882%,69.803922%)"))
  }

  @Test func `a bad colour in the config is an error naming the line`() throws {
    let folder = SafeOutputTests.temporaryFolder()
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let config = (folder as NSString).appendingPathComponent("pubreport.yml")
    try Data("theme:\n  palette:\n    journal: orange\n".utf8).write(to: URL(fileURLWithPath: config))
    let run = try CommandLineTests.run(["stats", CommandLineTests.sample, "--config", config])
    #expect(run.status != 0)
    #expect(run.stderr.contains("pubreport.yml:3"))
    #expect(run.stderr.contains("colour 'orange' is not of the form #RRGGBB"))
  }
}

/// Two reports into one folder at once: the second waits for the first, and the folder ends as
/// one run's complete output (issue 25).
@Suite struct OutputLockTests {
  @Test func `two runs into one folder leave one run's whole output`() throws {
    let folder = SafeOutputTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for _ in 0..<4 {
      let owners = ["Yi Ren", "Xinyin Ma"]
      let results = ResultBox()
      DispatchQueue.concurrentPerform(iterations: 2) { index in
        results.set(
          index,
          Result {
            try CommandLineTests.run(
              ["report", CommandLineTests.sample, "--owner", owners[index], "--formats", "svg", "--out", folder])
          })
      }
      #expect(try results.all.map { try $0.get().status } == [0, 0])
      let report = try String(contentsOfFile: folder + "/report.md", encoding: .utf8)
      let stats = try String(contentsOfFile: folder + "/data/stats.json", encoding: .utf8)
      let owner = report.hasPrefix("# Research summary: Yi Ren\n") ? "Yi Ren" : "Xinyin Ma"
      #expect(report.hasPrefix("# Research summary: \(owner)\n"))
      #expect(stats.contains("\"owners\" : [\n    \"\(owner)\"\n  ]"))
      let marker = try String(contentsOfFile: folder + "/.pubreport-output", encoding: .utf8)
      let listed = marker.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
      #expect(listed.allSatisfy { FileManager.default.fileExists(atPath: folder + "/" + $0) })
    }
  }
}

/// Results of concurrent work, by index.
private final class ResultBox: @unchecked Sendable {
  private let lock = NSLock()
  private var results: [Int: Result<CommandLineTests.Run, Error>] = [:]

  func set(_ index: Int, _ result: Result<CommandLineTests.Run, Error>) {
    lock.withLock { results[index] = result }
  }

  var all: [Result<CommandLineTests.Run, Error>] { lock.withLock { results.keys.sorted().compactMap { results[$0] } } }
}
