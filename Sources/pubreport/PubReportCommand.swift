import Analysis
import ArgumentParser
import Foundation
import PubReportKit
import Publications

/// A configuration or alias file that can't be used: a usage error (exit 2) whose message
/// already names the file and line.
struct SettingsFileError: Error {
  var message: String
}

/// The `pubreport` command: argument parsing only; the work is in PubReportKit.
@main
struct PubReportCommand: ParsableCommand {
  /// Runs the command; usage errors exit with 2, as documented, instead of EX_USAGE (64).
  static func main() {
    _ = Allocator.version
    // NB: the journal list and the reference model build on the other core while the
    // arguments and the configuration are read; a command that reads no list never waits.
    ShippedData.prepareInBackground()
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let error as SettingsFileError {
      // Already "file:line: error: …"; ArgumentParser would add "Error:" and the usage lines.
      FileHandle.standardError.write(Data((error.message + "\n").utf8))
      Foundation.exit(2)
    } catch {
      let code = exitCode(for: error)
      guard code == .validationFailure else { exit(withError: error) }
      FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
      Foundation.exit(2)
    }
  }

  static let configuration = CommandConfiguration(
    commandName: "pubreport",
    abstract: "Turn a publication list into a research summary.",
    // NB: one line per paragraph: the help formatter wraps lines itself, and wrapped again a
    // hard line break cut sentences in two.
    discussion: """
      Reads homepages (Markdown with HTML), BibTeX, CSL-JSON and Hugo sites.

      Exit status: 0 when publications were found (warnings or not), 1 when no input gave a \
      publication, a write failed, or --strict saw a warning, 2 for usage errors.
      """,
    subcommands: [ParseCommand.self, StatsCommand.self, ReportCommand.self, GraphCommand.self, TopicsCommand.self, NamesCommand.self, TemplateCommand.self]
  )
}

/// Options every reading command shares.
struct InputOptions: ParsableArguments {
  @Argument(help: "Publication lists to read; '-' reads standard input.")
  var files: [String]

  @Option(name: .customLong("owner"), help: "The list's owner (repeat for several); overrides detection.")
  var owners: [String] = []

  @Option(help: "A YAML file of people aliases (canonical name: [variants]) or al-folio's _data/coauthors.yml.")
  var aliases: String?

  @Flag(help: "Exit 1 when there are warnings (for CI), after writing the output.")
  var strict = false

  @Option(help: "A pubreport.yml (default: the one beside the first input, if any).")
  var config: String?

  @Flag(help: "No progress line on standard error (it only shows on a terminal, for long runs).")
  var quiet = false

  @Option(help: "Only the publications of one year (the yearly summary).")
  var year: Int?

  @Option(help: "Only the publications from this year on (with --until, a grant period).")
  var since: Int?

  @Option(help: "Only the publications up to this year.")
  var until: Int?

  /// The window `--year`, `--since` and `--until` ask for, if any.
  func window() throws -> YearWindow? {
    do {
      return try YearWindow.requested(year: year, since: since, until: until)
    } catch {
      throw ValidationError(error.message(prefix: "--"))
    }
  }

  /// What these options say, for `Settings.resolve`.
  func commandLine() throws -> CommandLineSettings {
    var flags = CommandLineSettings(files: files)
    flags.owners = owners
    flags.aliasFile = aliases
    flags.configFile = config
    flags.window = try window()
    return flags
  }

  /// The run's settings from these options, what a command adds to them, and the settings and
  /// alias files, resolved once. A bad file is a usage error naming its line.
  func settings(adding commandOptions: (inout CommandLineSettings) -> Void = { _ in }) throws -> Settings {
    var flags = try commandLine()
    commandOptions(&flags)
    do {
      return try Settings.resolve(flags)
    } catch PubReportError.badSetting(let message) {
      throw ValidationError(message)
    } catch PubReportError.badFormat(let name) {
      throw ValidationError("the config's formats: unknown chart format '\(name)'; formats must be png, pdf or svg")
    } catch {
      // Already "file:line: error: …".
      throw SettingsFileError(message: "\(error)")
    }
  }

  /// Reads every input as `settings` say, with the progress line unless `--quiet`.
  ///
  /// - Parameter topics: the options of the topic model the command will ask for, if any: it is
  ///   fitted beside the rest of the loading.
  func corpus(_ settings: Settings, topics: TopicModel.Options? = nil) -> Corpus {
    ProgressLine.shared.enable(quiet: quiet)
    let corpus = Corpus.load(settings, topics: topics)
    keptUntilExit.append(corpus)
    return corpus
  }

  /// Throws the failure exit code when `--strict` and the corpus has warnings.
  func checkStrict(_ corpus: Corpus) throws {
    if strict && (!corpus.warnings.isEmpty || !corpus.inputErrors.isEmpty) { throw ExitCode.failure }
  }

  func validate() throws {
    _ = try window()
    if files.isEmpty { throw ValidationError("Give at least one file to read, or '-' for standard input.") }
  }
}

/// Every corpus a command loaded, kept until the process ends: the system takes its pages back
/// at once, where freeing 100,000 publications string by string took a tenth of a second after
/// the output was written. A command loads one corpus and exits.
nonisolated(unsafe) private var keptUntilExit: [Corpus] = []
