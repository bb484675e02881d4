import Analysis
import CairoRendering
import Figures
import Foundation
import Publications

/// Every setting of one run, resolved once from the command line and `pubreport.yml`.
///
/// `Settings.resolve` is the only place that decides between a flag, the file and a default;
/// the commands, the corpus and the report pipeline only read the result.
package struct Settings: Sendable {
  /// The inputs, `-` for standard input.
  package var files: [String]
  /// The list's owners; empty to detect them from emphasis.
  package var owners: [String] = []
  /// Canonical names for people's variants (`aliases:` and `--aliases`).
  package var aliases = NameAliases()
  /// Titles or ids of entries to leave out.
  package var exclude: [String] = []
  /// The years the report is about; all years when nil.
  package var window: YearWindow?
  /// The readers' venue catalogue (the user's venues added) and limits.
  package var reading = ReadingContext.standard

  // MARK: - The report

  package var outputDirectory = "report"
  package var formats: [ChartFormat] = ChartFormat.allCases
  /// PNG pixels per point.
  package var pngScale = 2.0
  package var chartWidthCentimetres = 16.0
  /// The chart text size in points (labels; titles and notes scale with it); the theme's when nil.
  package var fontSize: Double?
  /// The user's colours for venue kinds (by raw value) and topics.
  package var kindColors: [String: Color] = [:]
  package var topicColors: [Color] = []
  /// The folder of fonts to draw with; pubreport's own `fonts/` when nil.
  package var fontsDirectory: String?
  /// A Mustache template for report.md (`ReportTemplate.standard` when nil).
  package var template: String?

  package init(files: [String]) {
    self.files = files
  }

  /// The renderer's formats, in the order given.
  package var rendererFormats: [CairoRenderer.Format] { formats.map { $0.rendererFormat(pngScale: pngScale) } }
}

/// What the command line said; nil or empty where it said nothing.
package struct CommandLineSettings: Sendable {
  package var files: [String]
  package var owners: [String] = []
  /// `--aliases FILE`.
  package var aliasFile: String?
  /// `--config FILE`; else the `pubreport.yml` beside the first input, if any.
  package var configFile: String?
  package var window: YearWindow?
  package var outputDirectory: String?
  package var formats: [ChartFormat]?
  package var chartWidth: ChartWidth?
  package var fontsDirectory: String?
  /// `--template FILE`.
  package var templateFile: String?

  package init(files: [String]) {
    self.files = files
  }
}

extension Settings {
  /// The settings of a run: each one from the command line, else from the settings file, else
  /// the default. Reads the settings file, the alias file and the template, each once.
  ///
  /// - Throws: `PubReportError.badConfig` / `.badAliases` naming the file and line of a bad
  ///   settings or alias file; `.badSetting` for a combination that can't work.
  package static func resolve(_ flags: CommandLineSettings) throws -> Settings {
    let configPath = flags.configFile ?? flags.files.first.flatMap(Configuration.path(besides:))
    let file = try configPath.map(Configuration.load) ?? Configuration()
    let aliasFile = try flags.aliasFile.map(AliasFile.variants) ?? [:]
    let template = try flags.templateFile.map { path in
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        throw PubReportError.badSetting("\(path): can't read the template file")
      }
      return text
    }
    return try resolve(flags, file: file, aliasFile: aliasFile, template: template)
  }

  /// The settings from what the command line said and the files it names, already read.
  ///
  /// - Parameters:
  ///   - file: `pubreport.yml`'s settings (`Configuration()` when there is none).
  ///   - aliasFile: the `--aliases` file's canonical names and variants.
  ///   - template: the text of the `--template` file.
  package static func resolve(
    _ flags: CommandLineSettings, file: Configuration, aliasFile: [String: [String]] = [:], template: String? = nil
  ) throws -> Settings {
    var settings = Settings(files: flags.files)
    settings.owners = flags.owners.isEmpty ? file.owners : flags.owners
    settings.aliases = NameAliases(file.aliases.merging(aliasFile) { $0 + $1 })
    settings.exclude = file.exclude
    settings.window = flags.window ?? file.window
    settings.reading = ReadingContext(
      catalog: VenueCatalog.standard.adding(venues: file.venueAliases, kinds: file.venueKinds), limits: file.limits)
    settings.outputDirectory = flags.outputDirectory ?? settings.outputDirectory
    settings.formats = try flags.formats ?? file.formats.map { try $0.map(ChartFormat.named) } ?? settings.formats
    settings.pngScale = file.pngScale ?? settings.pngScale
    settings.chartWidthCentimetres = flags.chartWidth?.centimetres ?? file.chartWidthCentimetres ?? settings.chartWidthCentimetres
    settings.fontSize = file.fontSize
    if let size = file.fontSize,
      let problem = Configuration.fontSizeProblem(size, chartWidthCentimetres: settings.chartWidthCentimetres)
    {
      throw PubReportError.badSetting("the config's \(problem); make the charts wider")
    }
    settings.kindColors = file.kindColors
    settings.topicColors = file.topicColors
    settings.fontsDirectory = flags.fontsDirectory
    settings.template = template
    return settings
  }
}
