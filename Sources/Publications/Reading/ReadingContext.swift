/// What every reader reads with: the venues it knows and the limits it keeps.
public struct ReadingContext: Sendable {
  /// The shipped venues plus the user's (`venues:` in pubreport.yml).
  public var catalog: VenueCatalog
  /// File size, entry length, nesting depth, authors per entry, YAML aliases.
  public var limits: ReadingLimits
  /// Called with the name and wall seconds of a reader's inner steps ("read: syntax"), for the
  /// benchmarks' per-stage table; nil outside them.
  public var timeStep: (@Sendable (_ step: String, _ seconds: Double) -> Void)?

  public init(
    catalog: VenueCatalog = .standard, limits: ReadingLimits = .standard,
    timeStep: (@Sendable (_ step: String, _ seconds: Double) -> Void)? = nil
  ) {
    self.catalog = catalog
    self.limits = limits
    self.timeStep = timeStep
  }

  public static let standard = ReadingContext()
}
