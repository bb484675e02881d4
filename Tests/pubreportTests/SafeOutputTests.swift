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
