import Analysis
import Foundation
import PubReportKit
import Publications
import Testing

/// `Settings.resolve`: a flag wins over pubreport.yml, which wins over the default; one table.
@Suite struct SettingsTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var flags: @Sendable (inout CommandLineSettings) -> Void = { _ in }
    var file: @Sendable (inout Configuration) -> Void = { _ in }
    var expect: @Sendable (Settings) -> Bool
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "defaults", expect: {
      $0.owners.isEmpty && $0.formats == [.png, .pdf, .svg] && $0.chartWidthCentimetres == 16 && $0.pngScale == 2
        && $0.window == nil && $0.outputDirectory == "report" && $0.reading.limits == .standard
    }),
    Case(name: "owner from the file", file: { $0.owners = ["Ann Lee"] }, expect: { $0.owners == ["Ann Lee"] }),
    Case(
      name: "owner flag wins", flags: { $0.owners = ["Bob Smith"] }, file: { $0.owners = ["Ann Lee"] },
      expect: { $0.owners == ["Bob Smith"] }),
    Case(name: "formats from the file", file: { $0.formats = ["pdf"] }, expect: { $0.formats == [.pdf] }),
    Case(
      name: "formats flag wins", flags: { $0.formats = [.svg] }, file: { $0.formats = ["pdf"] },
      expect: { $0.formats == [.svg] }),
    Case(
      name: "width flag wins", flags: { $0.chartWidth = ChartWidth("6.3in") }, file: { $0.chartWidthCentimetres = 12 },
      expect: { abs($0.chartWidthCentimetres - 16.002) < 1e-9 }),
    Case(name: "width from the file", file: { $0.chartWidthCentimetres = 12 }, expect: { $0.chartWidthCentimetres == 12 }),
    Case(
      name: "window flag wins", flags: { $0.window = YearWindow(since: 2024, until: 2024) },
      file: { $0.window = YearWindow(since: 2020, until: 2022) }, expect: { $0.window == YearWindow(since: 2024, until: 2024) }),
    Case(
      name: "window from the file", file: { $0.window = YearWindow(since: 2020, until: 2022) },
      expect: { $0.window == YearWindow(since: 2020, until: 2022) }),
    Case(
      name: "theme and limits from the file",
      file: {
        $0.fontSize = 9
        $0.pngScale = 3
        $0.limits.authors = 7
      },
      expect: { $0.fontSize == 9 && $0.pngScale == 3 && $0.reading.limits.authors == 7 }),
    Case(name: "exclusions from the file", file: { $0.exclude = ["A Title"] }, expect: { $0.exclude == ["A Title"] }),
    Case(
      name: "the file's venues join the catalogue",
      file: {
        $0.venueAliases = ["My Workshop on Things": ["MyWoT"]]
        $0.venueKinds = ["My Workshop on Things": .workshop]
      },
      expect: { $0.reading.catalog.venue(named: "MyWoT") == Venue(name: "My Workshop on Things", kind: .workshop) }),
  ]

  @Test(arguments: cases)
  func `each setting comes from the flag, else the file, else the default`(_ example: Case) throws {
    var flags = CommandLineSettings(files: ["about.md"])
    example.flags(&flags)
    var file = Configuration()
    example.file(&file)
    #expect(example.expect(try Settings.resolve(flags, file: file)))
  }

  @Test func `people aliases from the file and the alias file are merged`() throws {
    var file = Configuration()
    file.aliases = ["Xinyin Ma": ["X. Ma"]]
    let settings = try Settings.resolve(CommandLineSettings(files: []), file: file, aliasFile: ["Yi Ren": ["Y. Ren"]])
    #expect(settings.aliases.canonical(for: "X. Ma") == "Xinyin Ma")
    #expect(settings.aliases.canonical(for: "Y. Ren") == "Yi Ren")
  }

  @Test func `a font too large for the width asked is refused`() {
    var file = Configuration()
    file.fontSize = 14
    var flags = CommandLineSettings(files: [])
    flags.chartWidth = ChartWidth("4cm")
    #expect(throws: PubReportError.self) { try Settings.resolve(flags, file: file) }
  }

  @Test func `a bad format in the file names it`() {
    var file = Configuration()
    file.formats = ["png", "jpg"]
    #expect(throws: PubReportError.badFormat("jpg")) { try Settings.resolve(CommandLineSettings(files: []), file: file) }
  }

  @Test func `chart widths are read with their unit and kept in range`() {
    #expect(ChartWidth("160mm")?.centimetres == 16)
    #expect(ChartWidth("16 cm")?.centimetres == 16)
    #expect(ChartWidth("3cm") == nil)
    #expect(ChartWidth("16") == nil)
  }

  /// The venue rules of pubreport.yml reach the readers: a homepage names the user's venue.
  @Test func `a venue the file teaches is found in a homepage`() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pubreport-settings-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try """
      venues: {aliases: {"Workshop on Sleep Science": [WSS]}, kinds: {"Workshop on Sleep Science": workshop}}
      """.write(to: directory.appendingPathComponent("pubreport.yml"), atomically: true, encoding: .utf8)
    let page = directory.appendingPathComponent("about.md")
    try """
      # Publications
      - **Staging Sleep from Wrist Motion**. **Ann Lee**, Bob Smith. WSS 2024.
      """.write(to: page, atomically: true, encoding: .utf8)
    let corpus = Corpus.load(try Settings.resolve(CommandLineSettings(files: [page.path])))
    #expect(corpus.publications.map(\.venue) == [Venue(name: "Workshop on Sleep Science", kind: .workshop)])
  }
}
