/// The limits that keep hostile or broken input from using unbounded time or memory. Each one
/// that is hit gives a warning naming the file and line; the rest of the input is still read.
/// All are settable in `pubreport.yml` under `limits:`.
public struct ReadingLimits: Sendable, Hashable {
  /// Larger files are refused rather than read into memory.
  public var fileSize: Int
  /// Longer homepage entries are skipped (no publication entry is this long).
  public var entryLength: Int
  /// HTML tags nested deeper than this are ignored (their text is kept); libxml2 gives up
  /// silently at 256, dropping the rest of the page.
  public var nestingDepth: Int
  /// Author lists longer than this are cut, and marked as cut (et al.).
  public var authors: Int
  /// Hugo front matter with more YAML aliases is skipped (alias bombs expand without bound).
  public var yamlAliases: Int

  public init(
    fileSize: Int = 256 * 1_048_576, entryLength: Int = 65_536, nestingDepth: Int = 200, authors: Int = 5_000,
    yamlAliases: Int = 64
  ) {
    self.fileSize = fileSize
    self.entryLength = entryLength
    self.nestingDepth = nestingDepth
    self.authors = authors
    self.yamlAliases = yamlAliases
  }

  public static let standard = ReadingLimits()
}
