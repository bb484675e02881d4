/// What a reader found in its inputs: the publications and the problems it survived.
public struct ParseResult: Sendable {
  public var publications: [Publication]
  public var diagnostics: [Diagnostic]
  /// The inputs that gave no publication, named as the user gave them (a site folder for its
  /// pages); a file of BibTeX `@string`s for the others is not among them.
  public var inputsWithoutPublications: [String]

  public init(publications: [Publication] = [], diagnostics: [Diagnostic] = [], inputsWithoutPublications: [String] = []) {
    self.publications = publications
    self.diagnostics = diagnostics
    self.inputsWithoutPublications = inputsWithoutPublications
  }

  /// Appends another result's publications, diagnostics and empty inputs.
  public mutating func append(_ other: consuming ParseResult) {
    // NB: the usual first append takes the other's array whole; `+=` copied every publication.
    if publications.isEmpty {
      publications = other.publications
    } else {
      publications += other.publications
    }
    diagnostics += other.diagnostics
    inputsWithoutPublications += other.inputsWithoutPublications
  }
}
