import Publications

/// A reporting window of whole years (`--year 2024`, `--since 2022 --until 2025`).
public struct YearWindow: Sendable, Hashable, Codable {
  public var since: Int
  public var until: Int

  public init(since: Int, until: Int) {
    self.since = min(since, until)
    self.until = max(since, until)
  }

  public var years: ClosedRange<Int> { since...until }

  /// The window of the same length just before this one, for comparisons.
  public var previous: YearWindow {
    let length = until - since + 1
    return YearWindow(since: since - length, until: until - length)
  }

  /// "2024" or "2022–2025".
  public var label: String { since == until ? "\(since)" : "\(since)–\(until)" }

  /// The publications dated inside the window (undated ones are outside every window).
  public func filter(_ publications: [Publication]) -> [Publication] {
    publications.filter { $0.year.map(years.contains) ?? false }
  }
}
