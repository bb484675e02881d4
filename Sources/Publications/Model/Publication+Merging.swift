extension Publication {
  /// The key two listings of the same paper share: the title folded to letters and digits.
  ///
  /// "Advancing building facade solar potential assessment…" and "Advancing Building Facade
  /// Solar Potential Assessment…" are one paper.
  /// Plural endings are dropped too ("…Diffusion Model" and "…Diffusion Models" are one paper).
  public var titleKey: String {
    title.matchingKey.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
      .map { word in word.count > 3 && word.hasSuffix("s") ? word.dropLast() : word }
      .joined()
  }

  /// This publication completed with what `other`, a second listing of it, knows better.
  ///
  /// Fields missing here are taken from `other`; a full author list beats a truncated one; a
  /// real venue beats a preprint; the first listing keeps its place and source.
  public func merged(with other: Publication) -> Publication {
    var result = self
    if venue == nil || (venue?.kind == .preprint && other.venue.map { $0.kind != .preprint } == true) {
      result.venue = other.venue ?? venue
      result.year = other.year ?? year
    }
    if result.year == nil { result.year = other.year }
    if authors.isEmpty || (isAuthorListTruncated && !other.isAuthorListTruncated && !other.authors.isEmpty) {
      result.authors = other.authors
      result.isAuthorListTruncated = other.isAuthorListTruncated
    }
    if result.abstract == nil { result.abstract = other.abstract }
    result.links.paper = links.paper ?? other.links.paper
    result.links.code = links.code ?? other.links.code
    result.links.project = links.project ?? other.links.project
    for url in other.links.other where !result.links.other.contains(url) { result.links.other.append(url) }
    for note in other.notes where !result.notes.contains(note) { result.notes.append(note) }
    return result
  }
}
