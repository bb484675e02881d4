/// Why a command stopped, or why one input could not be used.
package enum PubReportError: Error, Sendable, Equatable, CustomStringConvertible {
  case fileNotFound(path: String)
  case isDirectory(path: String)
  case unreadable(path: String, reason: String)
  case tooLarge(path: String, bytes: Int, limit: Int)
  case streamTooLarge(path: String, limit: Int)
  case binary(path: String)
  case empty(path: String)
  /// `expected` says what a list of the input's kind holds (its reader's `expectedContent`).
  case noPublications(path: String, expected: String)
  case nothingUsable
  case outputNotOurs(path: String)
  case outputNotDirectory(path: String)
  case unwritable(path: String, reason: String)
  case badFormat(String)
  /// Settings that can't work together, or a file a flag names that can't be read.
  case badSetting(String)
  case badAliases(path: String, reason: String)
  case badConfig(path: String, line: Int, reason: String)
  case badTemplate(reason: String)
  case rendering(chart: String, reason: String)

  package var description: String {
    switch self {
    case .fileNotFound(let path):
      "\(path): error: file not found; check the path"
    case .isDirectory(let path):
      "\(path): error: is a directory without _pages/about.md; name the page file instead"
    case .unreadable(let path, let reason):
      "\(path): error: can't be read (\(reason))"
    case .tooLarge(let path, let bytes, let limit):
      "\(path): error: is \(bytes / 1_048_576) MiB, more than the \(limit / 1_048_576) MiB limit"
    case .streamTooLarge(let path, let limit):
      "\(path): error: gives more than the \(limit / 1_048_576) MiB limit; not read"
    case .empty(let path):
      "\(path): error: is empty; nothing to read"
    case .binary(let path):
      "\(path): error: is a binary file, not a publication list"
    case .noPublications(let path, let expected):
      "\(path): error: no publications found (expected \(expected))"
    case .nothingUsable:
      "error: no publications found in any input"
    case .outputNotOurs(let path):
      "\(path): error: the output folder holds files pubreport did not write; "
        + "choose an empty or new folder with --out"
    case .outputNotDirectory(let path):
      "\(path): error: the output path is a file, not a folder; choose a folder with --out"
    case .unwritable(let path, let reason):
      "\(path): error: can't be written (\(reason))"
    case .badTemplate(let reason):
      "error: \(reason)"
    case .badConfig(let path, let line, let reason):
      "\(path):\(line): error: \(reason)"
    case .badAliases(let path, let reason):
      "\(path): error: alias file \(reason)"
    case .badFormat(let format):
      "error: unknown chart format '\(format)'; formats must be png, pdf or svg"
    case .badSetting(let message):
      message
    case .rendering(let chart, let reason):
      "error: while rendering chart '\(chart)': \(reason)"
    }
  }
}
