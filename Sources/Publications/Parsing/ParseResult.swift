/// What a reader found in one input: the publications and the problems it survived.
public struct ParseResult: Sendable {
  public var publications: [Publication]
  public var diagnostics: [Diagnostic]

  public init(publications: [Publication] = [], diagnostics: [Diagnostic] = []) {
    self.publications = publications
    self.diagnostics = diagnostics
  }

  /// Appends another result's publications and diagnostics.
  public mutating func append(_ other: ParseResult) {
    publications += other.publications
    diagnostics += other.diagnostics
  }
}
