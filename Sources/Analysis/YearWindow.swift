import Foundation
import Publications

/// A reporting window of whole years (`--year 2024`, `--since 2022 --until 2025`).
package struct YearWindow: Sendable, Hashable, Codable {
  package var since: Int
  package var until: Int

  package init(since: Int, until: Int) {
    self.since = min(since, until)
    self.until = max(since, until)
  }

  package var years: ClosedRange<Int> { since...until }

  /// The years a window may name. Four digits cover every publication; wider bounds only let
  /// absurd windows through (`--until 9223372036854775807` overflowed; a window of a million
  /// years took 100 MB to report on).
  package static let supportedYears = 1000...9999

  /// What `--year`, `--since` and `--until` (or the config's `window:`) ask for, nil for no
  /// window. An open end runs to `currentYear` (today's year unless a test fixes it).
  package static func requested(
    year: Int?, since: Int?, until: Int?,
    currentYear: Int = Calendar(identifier: .gregorian).component(.year, from: Date())
  ) throws(RequestError) -> YearWindow? {
    for (name, value) in [("year", year), ("since", since), ("until", until)] {
      if let value, !supportedYears.contains(value) { throw .notAYear(name) }
    }
    if let year {
      guard since == nil, until == nil else { throw .yearWithRange }
      return YearWindow(since: year, until: year)
    }
    guard let since else {
      if until != nil { throw .untilWithoutSince }
      return nil
    }
    return YearWindow(since: since, until: until ?? max(since, currentYear))
  }

  /// A window request that can't be met; `message(prefix:)` names the options as the user wrote
  /// them (`--since` on the command line, `since` in the config).
  package enum RequestError: Error, Equatable {
    /// The named bound is not a year from 1000 to 9999.
    case notAYear(String)
    case yearWithRange
    case untilWithoutSince

    package func message(prefix: String) -> String {
      switch self {
      case .notAYear(let name):
        "\(prefix)\(name) must be a year from \(supportedYears.lowerBound) to \(supportedYears.upperBound)"
      case .yearWithRange: "\(prefix)year can't be combined with \(prefix)since or \(prefix)until"
      case .untilWithoutSince: "\(prefix)until needs \(prefix)since (or use \(prefix)year)"
      }
    }
  }

  /// The window of the same length just before this one, for comparisons.
  package var previous: YearWindow {
    let length = until - since + 1
    return YearWindow(since: since - length, until: until - length)
  }

  /// "2024" or "2022–2025".
  package var label: String { since == until ? "\(since)" : "\(since)–\(until)" }

  /// The publications dated inside the window (undated ones are outside every window).
  package func filter(_ publications: [Publication]) -> [Publication] {
    publications.filter { $0.year.map(years.contains) ?? false }
  }
}
