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
    // 3. So is a correction notice, whatever the format calls it: zbMATH files "Correction to:
    // “Homotopy theory of nonsymmetric operads. I–II”" as an article.
    var theses: [Int] = []
    var notices: [Int] = []
    for index in result.publications.indices {
      if result.publications[index].venue?.kind == .thesis {
        theses.append(index)
      } else if Self.isCorrectionNotice(result.publications[index].title) {
        notices.append(index)
      }
    }
    for (indices, reason) in [(theses, "a thesis"), (notices, "a correction notice")] {
      for index in indices {
        let publication = result.publications[index]
        result.diagnostics.append(Diagnostic(.note, at: publication.source, .notCounted(title: publication.title, reason: reason)))
      }
    }
    // NB: the kept ones moved up in place: `removeAll(where:)` copied every publication.
    if !theses.isEmpty || !notices.isEmpty {
      var isDropped = [Bool](repeating: false, count: result.publications.count)
      for index in theses + notices { isDropped[index] = true }
      var kept = 0
      for index in result.publications.indices where !isDropped[index] {
        result.publications.swapAt(kept, index)
        kept += 1
      }
      result.publications.removeLast(result.publications.count - kept)
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

  private static let noticePrefixes = [
    "erratum", "errata", "corrigendum", "corrigenda", "correction:", "author correction:",
    "publisher correction:", "retraction note", "retraction notice", "retraction:",
  ]

  /// "Erratum to …", "Corrigendum: …", "Correction to: “…”", "Author Correction: …",
  /// "Retraction Note: …". A paper may be named "Correction to the Newtonian potential" or
  /// "Quantum corrections to …": "Correction to" is a notice only before a colon or a quoted title.
  private static func isCorrectionNotice(_ title: String) -> Bool {
    // NB: the notices' words are at most 21 characters; the whole title is lowered only for
    // "Correction to", whose quoted title may come late.
    let head = title.prefix(22).lowercased()
    if noticePrefixes.contains(where: head.hasPrefix) { return true }
    guard head.hasPrefix("correction to") else { return false }
    let rest = title.lowercased().dropFirst("correction to".count).drop { $0 == " " }
    return rest.first == ":" || rest.contains { "“\"‘«".contains($0) }
  }
}
