import Analysis
import Foundation
import PubReportKit
import Publications
import Testing

@Suite struct ConfigurationTests {
  static func write(_ yaml: String) throws -> (URL, String) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pubreport-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let path = directory.appendingPathComponent("pubreport.yml").path
    try Data(yaml.utf8).write(to: URL(fileURLWithPath: path))
    return (directory, path)
  }

  @Test func `settings are read`() throws {
    let (directory, path) = try Self.write(
      """
      owner: [Xinyin Ma]
      aliases:
        Xinyin Ma: [X. Ma]
      exclude: ["SlimSAM: 0.1% Data Makes Segment Anything Slim"]
      theme: {font_size: 9, chart_width_cm: 12, png_scale: 3}
      formats: [pdf]
      window: {since: 2022, until: 2024}
      """)
    defer { try? FileManager.default.removeItem(at: directory) }
    let configuration = try Configuration.load(path)
    #expect(configuration.owners == ["Xinyin Ma"])
    #expect(configuration.aliases == ["Xinyin Ma": ["X. Ma"]])
    #expect(configuration.fontSize == 9 && configuration.chartWidthCentimetres == 12 && configuration.pngScale == 3)
    #expect(configuration.formats == ["pdf"])
    #expect(configuration.window == YearWindow(since: 2022, until: 2024))
    #expect(Configuration.path(besides: directory.appendingPathComponent("about.md").path) == path)
    let corpus = Corpus.load(files: [CorpusTests.sample], owners: configuration.owners, exclude: configuration.exclude)
    #expect(corpus.publications.count == 34)
    #expect(corpus.owners == ["Xinyin Ma"])
  }

  @Test func `excluding an entry drops its only authors from the people counted`() throws {
    let (directory, path) = try Self.write("exclude: [Solo Work]\n")
    defer { try? FileManager.default.removeItem(at: directory) }
    let bib = directory.appendingPathComponent("list.bib")
    try """
      @article{a, title = {Shared Work}, author = {Ann Lee and Bob Smith}, journal = {Nature}, year = 2020}
      @article{b, title = {Solo Work}, author = {Ann Lee and Carl Jung and Dora Maar}, journal = {Nature}, year = 2021}
      """.write(to: bib, atomically: true, encoding: .utf8)
    let corpus = Corpus.load(files: [bib.path])
    #expect(corpus.stats.people == 4)
    let kept = Corpus.load(files: [bib.path], exclude: try Configuration.load(path).exclude)
    // The people index follows the publications: counts and the graph lose Carl and Dora.
    #expect(kept.stats.people == 2)
    #expect(kept.stats.coauthorPairs == 1)
    #expect(CoauthorGraph(kept.publications, people: kept.people).nodes.map(\.name).sorted() == ["Ann Lee", "Bob Smith"])
  }

  @Test func `an unknown key is an error naming the key and its line`() throws {
    let (directory, path) = try Self.write("owner: Ann Lee\ntheme:\n  font_size: 9\n  colour: red\n")
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(throws: PubReportError.badConfig(path: path, line: 4, reason: "unknown key 'colour' in theme; expected one of font_size, chart_width_cm, png_scale, palette")) {
      try Configuration.load(path)
    }
    let (other, otherPath) = try Self.write("owners: Ann Lee\n")
    defer { try? FileManager.default.removeItem(at: other) }
    #expect(throws: PubReportError.badConfig(path: otherPath, line: 1, reason: "unknown key 'owners'; expected one of owner, aliases, exclude, theme, formats, window, limits, venues")) {
      try Configuration.load(otherPath)
    }
  }

  @Test func `limits are read and applied when loading`() throws {
    let (directory, path) = try Self.write("limits: {file_size_mb: 1, entry_length: 500, nesting_depth: 50, authors: 3, yaml_aliases: 8}\n")
    defer { try? FileManager.default.removeItem(at: directory) }
    let limits = try Configuration.load(path).limits
    #expect(limits == ReadingLimits(fileSize: 1_048_576, entryLength: 500, nestingDepth: 50, authors: 3, yamlAliases: 8))
    let corpus = Corpus.load(files: [CorpusTests.sample], loader: InputLoader(limits: limits))
    #expect(corpus.publications.allSatisfy { $0.authors.count <= 3 })
    #expect(corpus.warnings.contains { $0.description.contains("more than the limit of 3; the first 3 are kept") })
    let (bad, badPath) = try Self.write("limits:\n  authors: many\n")
    defer { try? FileManager.default.removeItem(at: bad) }
    #expect(throws: PubReportError.badConfig(path: badPath, line: 2, reason: "limit 'authors' must be a positive whole number")) {
      try Configuration.load(badPath)
    }
  }

  @Test func `the nesting limit reaches a Hugo site's front matter`() throws {
    let site = FileManager.default.temporaryDirectory.appendingPathComponent("pubreport-\(UUID())")
    defer { try? FileManager.default.removeItem(at: site) }
    let pages = [
      "deep": "---\ntitle: Deep Tags\ntags: [[[[x]]]]\ndate: 2021-01-01\n---\n",
      "flat": "---\ntitle: Flat Tags\nauthors: [Ann Lee]\npublication: Nature\ntags: [x]\ndate: 2022-01-01\n---\n",
    ]
    for (slug, text) in pages {
      let folder = site.appendingPathComponent("content/publication/\(slug)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: folder.appendingPathComponent("index.md"))
    }
    let corpus = Corpus.load(files: [site.path], loader: InputLoader(limits: ReadingLimits(nestingDepth: 3)))
    #expect(corpus.publications.map(\.title) == ["Flat Tags"])
    #expect(corpus.warnings.map(\.description) == [
      "\(site.path)/content/publication/deep/index.md:3: warning: front matter is not valid YAML (lists and mappings nest deeper than 3 levels)"
    ])
    #expect(Corpus.load(files: [site.path]).publications.count == 2)
  }

  @Test func `a config nested deeper than the limit is an error with its line`() throws {
    let (directory, path) = try Self.write("owner: Ann Lee\nexclude: " + String(repeating: "[", count: 5_000) + "\n")
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(throws: PubReportError.badConfig(path: path, line: 2, reason: "lists and mappings nest deeper than 200 levels")) {
      try Configuration.load(path)
    }
  }

  /// `window:` reads like `--year`/`--since`/`--until`; a year must have four digits, and a
  /// number Yams would overflow on (`1:0:0:…`, base 60) is an error, not a crash.
  @Test func `a window, limit or theme number out of range is an error with its line`() throws {
    let cases: [(yaml: String, line: Int, reason: String)] = [
      ("window: {year: 1:0:0:0:0:0:0:0:0:0:0:0}\n", 1, "window: year must be a year from 1000 to 9999"),
      ("window:\n  since: 2020\n  until: 9223372036854775807\n", 3, "window: until must be a year from 1000 to 9999"),
      ("window: {since: soon}\n", 1, "window: since must be a year from 1000 to 9999"),
      ("window: {until: 2024}\n", 1, "window: until needs since (or use year)"),
      ("window: {year: 2024, since: 2022}\n", 1, "window: year can't be combined with since or until"),
      ("limits:\n  file_size_mb: 9999999999999\n", 2, "limit 'file_size_mb' must be at most 1048576"),
      ("limits:\n  authors: 1:0:0:0:0:0:0:0:0:0:0:0\n", 2, "limit 'authors' must be a positive whole number"),
      // Each of these crashed the renderer or made Cairo refuse the surface.
      ("theme:\n  chart_width_cm: 1e999\n", 2, "theme: chart_width_cm must be a number from 4 to 60"),
      ("theme:\n  chart_width_cm: .nan\n", 2, "theme: chart_width_cm must be a number from 4 to 60"),
      ("theme:\n  font_size: 0\n", 2, "theme: font_size must be a number from 5 to 24"),
      ("theme:\n  font_size: large\n", 2, "theme: font_size must be a number from 5 to 24"),
      ("theme:\n  png_scale: .inf\n", 2, "theme: png_scale must be a number from 0.5 to 8"),
      ("theme:\n  png_scale: 1000\n", 2, "theme: png_scale must be a number from 0.5 to 8"),
      // A section of the wrong shape was silently dropped.
      ("owner: {name: Ann Lee}\n", 1, "owner must be a name or a list of names"),
      ("aliases: [Ann Lee]\n", 1, "aliases must be a mapping (name: value)"),
      ("window: [2024]\n", 1, "window must be a mapping (name: value)"),
      ("venues:\n  aliases:\n    MyW: {short: W}\n", 3, "venues.aliases: 'MyW' must be a variant or a list of variants"),
      // Yams' errors come with the line, without its "2:7: error: scanner:" prefix.
      ("owner: Ann Lee\n  exclude: x\n", 2, "mapping values are not allowed in this context"),
      ("theme:\n  chart_width_cm: 8\n  font_size: 20\n", 3,
       "theme: font_size 20 is too large for charts 8 cm wide: at most 19.2 (2.4 points a centimetre)"),
    ]
    for (yaml, line, reason) in cases {
      let (directory, path) = try Self.write(yaml)
      defer { try? FileManager.default.removeItem(at: directory) }
      #expect(throws: PubReportError.badConfig(path: path, line: line, reason: reason)) { try Configuration.load(path) }
    }
    // An open end runs to the current year, as with --since.
    let (directory, path) = try Self.write("window: {since: 2022}\n")
    defer { try? FileManager.default.removeItem(at: directory) }
    let thisYear = Calendar(identifier: .gregorian).component(.year, from: Date())
    #expect(try Configuration.load(path).window == YearWindow(since: 2022, until: max(2022, thisYear)))
  }

  @Test func `an alias file that is not valid YAML is named with its line`() throws {
    let (directory, path) = try Self.write("Ann Lee: [A. Lee, Lee Ann\nBob Smith: [B. Smith]\n")
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(throws: PubReportError.badAliases(
      path: path, reason: "is not valid YAML on line 2: did not find expected ',' or ']' (while parsing a flow sequence)")) {
      try AliasFile.variants(path)
    }
  }
}
