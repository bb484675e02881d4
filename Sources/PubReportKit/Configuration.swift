import Analysis
import Figures
import Foundation
import Publications
import Yams

/// `pubreport.yml`: the user's own settings as the file writes them, found beside the first
/// input or given with `--config`. Plain data: `Settings.resolve` decides between it, the
/// command line and the defaults.
///
///     owner: Xinyin Ma              # or a list
///     aliases: {Xinyin Ma: [X. Ma]}
///     exclude: [a title or an id]
///     theme: {font_size: 9, chart_width_cm: 16, png_scale: 2, palette: {journal: "#D55E00", topics: ["#0072B2"]}}
///     venues: {aliases: {"My Workshop": [MyW, MYW]}, kinds: {"My Workshop": workshop}}
///     formats: [png, pdf, svg]
///     window: {year: 2024}          # or {since: 2022, until: 2025}
///     limits: {file_size_mb: 256, entry_length: 65536, nesting_depth: 200, authors: 5000, yaml_aliases: 64}
package struct Configuration: Sendable {
  package var owners: [String] = []
  package var aliases: [String: [String]] = [:]
  /// Titles or ids of entries to leave out.
  package var exclude: [String] = []
  package var fontSize: Double?
  package var chartWidthCentimetres: Double?
  package var pngScale: Double?
  package var formats: [String]?
  package var window: YearWindow?
  package var limits = ReadingLimits.standard
  /// Colours by venue kind (raw value) and for topics.
  package var kindColors: [String: Color] = [:]
  package var topicColors: [Color] = []
  /// Canonical venue name → other names it appears under.
  package var venueAliases: [String: [String]] = [:]
  /// Canonical venue name → its kind.
  package var venueKinds: [String: Venue.Kind] = [:]

  package init() {}

  static let keys = ["owner", "aliases", "exclude", "theme", "formats", "window", "limits", "venues"]
  static let venueKeys = ["aliases", "kinds"]
  /// Venue kinds as written in the file.
  static let kindNames: [String: Venue.Kind] = [
    "conference": .conference, "journal": .journal, "workshop": .workshop, "preprint": .preprint,
    "under_review": .underReview, "thesis": .thesis, "other": .other,
  ]
  static let paletteKeys = kindNames.keys.sorted() + ["topics"]
  static let limitKeys = ["file_size_mb", "entry_length", "nesting_depth", "authors", "yaml_aliases"]
  static let themeKeys = ["font_size", "chart_width_cm", "png_scale", "palette"]
  static let windowKeys = ["year", "since", "until"]

  /// The config beside `input` (`pubreport.yml` in its folder, or in it when it is a site
  /// folder; in the working folder for standard input), if there is one.
  ///
  /// NB: with `URL`, not `NSString`'s path methods, which crash on "." and "-" (`pubreport
  /// report .` in a site folder crashed here).
  package static func path(besides input: String) -> String? {
    var isFolder: ObjCBool = false
    let exists = input != "-" && FileManager.default.fileExists(atPath: input, isDirectory: &isFolder)
    let url = URL(fileURLWithPath: input == "-" ? "." : input)
    let folder = input == "-" || exists && isFolder.boolValue ? url : url.deletingLastPathComponent()
    let candidate = folder.appendingPathComponent("pubreport.yml").path
    return FileManager.default.fileExists(atPath: candidate) ? candidate : nil
  }

  /// Reads `path`. Unknown keys are errors naming the key and its line.
  package static func load(_ path: String) throws -> Configuration {
    guard let data = FileManager.default.contents(atPath: path) else { throw PubReportError.fileNotFound(path: path) }
    let node: Node?
    do {
      // NB: the config may sit in a downloaded site, so it gets the same bracket-depth guard as
      // front matter (Yams' parser recurses once per level).
      node = try SafeYAML.compose(String(decoding: data, as: UTF8.self))
    } catch {
      let problem = SafeYAML.problem(error)
      throw PubReportError.badConfig(path: path, line: problem.line, reason: problem.message)
    }
    var configuration = Configuration()
    guard let node else { return configuration }
    guard let mapping = node.mapping else { throw PubReportError.badConfig(path: path, line: line(node), reason: "must be a mapping of settings") }
    for (keyNode, value) in mapping {
      let key = keyNode.string ?? ""
      switch key {
      case "owner": configuration.owners = try strings(value, "owner", expected: "a name or a list of names", in: path)
      case "aliases":
        for (canonical, variants) in try entries(value, section: "aliases", in: path) {
          let name = canonical.string ?? ""
          configuration.aliases[name] = try strings(variants, "aliases: '\(name)'", expected: "a variant or a list of variants", in: path)
        }
      case "exclude": configuration.exclude = try strings(value, "exclude", expected: "a title or id, or a list of them", in: path)
      case "formats": configuration.formats = try strings(value, "formats", expected: "a list such as [png, pdf]", in: path)
      case "theme":
        try check(value, allowed: themeKeys, in: path, section: "theme")
        try configuration.readTheme(value, in: path)
      case "window":
        try check(value, allowed: windowKeys, in: path, section: "window")
        configuration.window = try window(value, in: path)
      case "venues":
        try check(value, allowed: venueKeys, in: path, section: "venues")
        try configuration.readVenues(value, in: path)
      case "limits":
        try check(value, allowed: limitKeys, in: path, section: "limits")
        configuration.limits = try limits(value, in: path)
      default:
        throw PubReportError.badConfig(
          path: path, line: line(keyNode), reason: "unknown key '\(key)'; expected one of \(keys.joined(separator: ", "))")
      }
    }
    return configuration
  }

  /// The `theme:` section: sizes checked against what the charts can lay out, and colours.
  private mutating func readTheme(_ node: Node, in path: String) throws {
    fontSize = try Self.themeNumber(node["font_size"], named: "font_size", in: 5...24, path: path)
    chartWidthCentimetres = try Self.themeNumber(node["chart_width_cm"], named: "chart_width_cm", in: 4...60, path: path)
    pngScale = try Self.themeNumber(node["png_scale"], named: "png_scale", in: 0.5...8, path: path)
    if let size = fontSize, let sizeNode = node["font_size"],
      let problem = Self.fontSizeProblem(size, chartWidthCentimetres: chartWidthCentimetres ?? 16)
    {
      throw PubReportError.badConfig(path: path, line: Self.line(sizeNode), reason: "theme: " + problem)
    }
    if let palette = node["palette"] {
      try Self.check(palette, allowed: Self.paletteKeys, in: path, section: "theme.palette")
      try readPalette(palette, in: path)
    }
  }

  /// `palette:` colours as `"#RRGGBB"`, per venue kind, and a list for topics.
  private mutating func readPalette(_ node: Node, in path: String) throws {
    for (keyNode, value) in node.mapping ?? [:] {
      let key = keyNode.string ?? ""
      if key == "topics" {
        topicColors = try (value.sequence ?? [value]).map { try Self.color($0, in: path) }
      } else if let kind = Self.kindNames[key] {
        kindColors[kind.rawValue] = try Self.color(value, in: path)
      }
    }
  }

  private static func color(_ node: Node, in path: String) throws -> Color {
    let text = (node.string ?? "").trimmingCharacters(in: .whitespaces)
    guard text.hasPrefix("#"), text.count == 7, let value = UInt32(text.dropFirst(), radix: 16) else {
      throw PubReportError.badConfig(path: path, line: line(node), reason: "colour '\(text)' is not of the form #RRGGBB")
    }
    return Color(hex: value)
  }

  /// `venues:` aliases (canonical name → other names) and kinds (name → kind).
  private mutating func readVenues(_ node: Node, in path: String) throws {
    for (canonical, variants) in try node["aliases"].map({ try Self.entries($0, section: "venues.aliases", in: path) }) ?? [] {
      let name = canonical.string ?? ""
      venueAliases[name] = try Self.strings(
        variants, "venues.aliases: '\(name)'", expected: "a variant or a list of variants", in: path)
    }
    for (name, kindNode) in try node["kinds"].map({ try Self.entries($0, section: "venues.kinds", in: path) }) ?? [] {
      guard let kind = Self.kindNames[kindNode.string ?? ""] else {
        throw PubReportError.badConfig(
          path: path, line: Self.line(kindNode),
          reason: "venue kind '\(kindNode.string ?? "")'; expected one of \(Self.kindNames.keys.sorted().joined(separator: ", "))")
      }
      venueKinds[name.string ?? ""] = kind
    }
  }

  /// Why a `font_size` of `size` is too large for charts `centimetres` wide, nil when it fits
  /// (`Theme.largestLabelSize`); the command line checks its `--chart-width` with it too.
  package static func fontSizeProblem(_ size: Double, chartWidthCentimetres centimetres: Double) -> String? {
    let largest = Theme.largestLabelSize(chartWidthCentimetres: centimetres)
    guard size > largest else { return nil }
    return "font_size \(size.settingText) is too large for charts \(centimetres.settingText) cm wide: "
      + "at most \(((largest * 10).rounded(.down) / 10).settingText) (2.4 points a centimetre)"
  }

  /// A `theme:` number, nil when absent. One that is not a number or is out of `range` is an
  /// error with its line: an infinite width or a zero font size crashed the renderer, and a PNG
  /// scale of 1000 asked Cairo for a surface it refuses. The width's range is `--chart-width`'s.
  private static func themeNumber(_ node: Node?, named name: String, in range: ClosedRange<Double>, path: String) throws -> Double? {
    guard let node else { return nil }
    guard let value = node.float, range.contains(value) else {
      throw PubReportError.badConfig(
        path: path, line: line(node),
        reason: "theme: \(name) must be a number from \(range.lowerBound.settingText) to \(range.upperBound.settingText)")
    }
    return value
  }

  /// The `window:` section, read like `--year` or `--since`/`--until`.
  private static func window(_ node: Node, in path: String) throws -> YearWindow? {
    func year(_ key: String) throws -> Int? {
      guard let value = node[key] else { return nil }
      // NB: `SafeYAML.int`, not Yams' `.int`, which traps on a long base-60 number (`1:0:0:…`).
      guard let year = SafeYAML.int(value), YearWindow.supportedYears.contains(year) else {
        throw PubReportError.badConfig(
          path: path, line: line(value), reason: "window: " + YearWindow.RequestError.notAYear(key).message(prefix: ""))
      }
      return year
    }
    do {
      return try YearWindow.requested(year: year("year"), since: year("since"), until: year("until"))
    } catch let error as YearWindow.RequestError {
      throw PubReportError.badConfig(path: path, line: line(node), reason: "window: " + error.message(prefix: ""))
    }
  }

  /// The `limits:` section; each limit a positive whole number.
  private static func limits(_ node: Node, in path: String) throws -> ReadingLimits {
    var limits = ReadingLimits.standard
    for (keyNode, value) in node.mapping ?? [:] {
      guard let number = SafeYAML.int(value), number > 0 else {
        throw PubReportError.badConfig(
          path: path, line: line(value), reason: "limit '\(keyNode.string ?? "")' must be a positive whole number")
      }
      switch keyNode.string {
      case "file_size_mb":
        // A terabyte is more than any machine this runs on reads; the bound keeps the product in range.
        guard number <= 1_048_576 else {
          throw PubReportError.badConfig(path: path, line: line(value), reason: "limit 'file_size_mb' must be at most 1048576")
        }
        limits.fileSize = number * 1_048_576
      case "entry_length": limits.entryLength = number
      case "nesting_depth": limits.nestingDepth = number
      case "authors": limits.authors = number
      default: limits.yamlAliases = number
      }
    }
    return limits
  }

  private static func check(_ node: Node, allowed: [String], in path: String, section: String) throws {
    for (key, _) in try entries(node, section: section, in: path) where !allowed.contains(key.string ?? "") {
      throw PubReportError.badConfig(
        path: path, line: line(key), reason: "unknown key '\(key.string ?? "")' in \(section); expected one of \(allowed.joined(separator: ", "))")
    }
  }

  /// A section's key–value pairs; a section left empty has none, and any other shape (a list,
  /// a single value) is an error rather than settings silently dropped.
  private static func entries(_ node: Node, section: String, in path: String) throws -> [(Node, Node)] {
    if let mapping = node.mapping { return Array(mapping) }
    if isEmpty(node) { return [] }
    throw PubReportError.badConfig(path: path, line: line(node), reason: "\(section) must be a mapping (name: value)")
  }

  /// Text or a list of texts; an empty value is none. A mapping, or a list holding lists or
  /// mappings, is an error saying what was `expected`.
  private static func strings(_ node: Node, _ name: String, expected: String, in path: String) throws -> [String] {
    if isEmpty(node) { return [] }
    if let text = node.scalar?.string { return [text] }
    if let items = node.sequence, let texts = Optional(items.compactMap(\.scalar?.string)), texts.count == items.count {
      return texts.filter { !$0.isEmpty }
    }
    throw PubReportError.badConfig(path: path, line: line(node), reason: "\(name) must be \(expected)")
  }

  /// `key:` with nothing after it, `~` or `null` unquoted, or an empty string.
  private static func isEmpty(_ node: Node) -> Bool {
    guard let scalar = node.scalar else { return false }
    return scalar.string.isEmpty || (scalar.style == .plain && node.null != nil)
  }

  private static func line(_ node: Node) -> Int { max(node.mark?.line ?? 1, 1) }
}

extension Double {
  /// As a setting is written: "16", "0.5"; never locale-dependent, unlike `formatted()`. (Only
  /// whole numbers well inside `Int` become one: `Int(self)` traps on infinity.)
  fileprivate var settingText: String { self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self) }
}
