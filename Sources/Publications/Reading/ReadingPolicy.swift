/// What pubreport does with what every reader read, whatever the format: applied once, after
/// reading, so no reader writes these rules again.
///
///     readers' results → the user's venue names and kinds → theses and correction notices
///                      become notes → author lists cut to the limit
///     (then `Corpus.load`: people aliases, exclusions, the same paper merged, owners)
public struct ReadingPolicy: Sendable {
  /// Author lists longer than this are cut, and marked as cut (et al.).
  public var authorLimit: Int
  /// The catalogue the readers read with, for the user's venue names and kinds.
  public var catalog: VenueCatalog

  public init(authorLimit: Int = ReadingLimits.standard.authors, catalog: VenueCatalog = .standard) {
    self.authorLimit = authorLimit
    self.catalog = catalog
  }

  /// The policy of a run read with `context`.
  public init(context: ReadingContext) {
    self.init(authorLimit: context.limits.authors, catalog: context.catalog)
  }

  /// Applies the policy to everything read.
  public func apply(to result: inout ParseResult) {
    // 1. The user's names and kinds win over what a reader found ("NIPS" is their "NeurIPS").
    if catalog.hasUserRules {
      for index in result.publications.indices {
        result.publications[index].venue = result.publications[index].venue.map(catalog.applyingUserRules)
      }
    }
    // 2. A thesis is no publication of the list: it is named in a note, not counted.
    result.publications.removeAll { publication in
      guard publication.venue?.kind == .thesis else { return false }
      result.diagnostics.append(
        Diagnostic(.note, at: publication.source, .notCounted(title: publication.title, reason: "a thesis")))
      return true
    }
    // 3. So is a correction notice, whatever the format calls it: zbMATH files "Correction to:
    // “Homotopy theory of nonsymmetric operads. I–II”" as an article.
    result.publications.removeAll { publication in
      guard Self.isCorrectionNotice(publication.title) else { return false }
      result.diagnostics.append(
        Diagnostic(.note, at: publication.source, .notCounted(title: publication.title, reason: "a correction notice")))
      return true
    }
    // 4. An author list past the limit keeps its first authors and says it was cut.
    for index in result.publications.indices where result.publications[index].authors.count > authorLimit {
      let count = result.publications[index].authors.count
      result.publications[index].authors.removeLast(count - authorLimit)
      result.publications[index].isAuthorListTruncated = true
      result.diagnostics.append(
        Diagnostic(at: result.publications[index].source, .tooManyAuthors(count: count, limit: authorLimit)))
    }
  }

  /// "Erratum to …", "Corrigendum: …", "Correction to: “…”", "Author Correction: …",
  /// "Retraction Note: …". A paper may be named "Correction to the Newtonian potential" or
  /// "Quantum corrections to …": "Correction to" is a notice only before a colon or a quoted title.
  private static func isCorrectionNotice(_ title: String) -> Bool {
    let lower = title.lowercased()
    let notices = ["erratum", "errata", "corrigendum", "corrigenda", "correction:", "author correction:",
      "publisher correction:", "retraction note", "retraction notice", "retraction:"]
    if notices.contains(where: lower.hasPrefix) { return true }
    guard lower.hasPrefix("correction to") else { return false }
    let rest = lower.dropFirst("correction to".count).drop { $0 == " " }
    return rest.first == ":" || rest.contains { "“\"‘«".contains($0) }
  }
}
