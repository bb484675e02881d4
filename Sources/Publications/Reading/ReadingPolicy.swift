/// What pubreport does with what every reader read, whatever the format: applied once, after
/// reading, so no reader writes these rules again.
///
///     readers' results → theses become notes → author lists cut to the limit → Corpus
///     (aliases, exclusions, venue rules, the same paper merged: `Corpus.load`)
public struct ReadingPolicy: Sendable {
  /// Author lists longer than this are cut, and marked as cut (et al.).
  public var authorLimit: Int

  public init(authorLimit: Int = ReadingLimits.standard.authors) {
    self.authorLimit = authorLimit
  }

  /// Applies the policy to everything read.
  public func apply(to result: inout ParseResult) {
    // 1. A thesis is no publication of the list: it is named in a note, not counted.
    result.publications.removeAll { publication in
      guard publication.venue?.kind == .thesis else { return false }
      result.diagnostics.append(
        Diagnostic(.note, at: publication.source, .notCounted(title: publication.title, reason: "a thesis")))
      return true
    }
    // 2. An author list past the limit keeps its first authors and says it was cut.
    for index in result.publications.indices where result.publications[index].authors.count > authorLimit {
      let count = result.publications[index].authors.count
      result.publications[index].authors.removeLast(count - authorLimit)
      result.publications[index].isAuthorListTruncated = true
      result.diagnostics.append(
        Diagnostic(at: result.publications[index].source, .tooManyAuthors(count: count, limit: authorLimit)))
    }
  }
}
