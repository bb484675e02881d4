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

  /// The folded family name of the first author.
  private var firstAuthorFamily: String? { authors.first?.familyKey }

  /// Every link, in a fixed order.
  private var allLinks: [String] {
    ([links.paper, links.code, links.project].compactMap { $0 } + links.other).map { $0.lowercased() }
  }

  /// DOIs of published versions (arXiv DOIs excluded), lowercased, from the links.
  public var dois: Set<String> {
    Set(allLinks.compactMap { url in
      guard let range = url.range(of: "doi.org/") else { return nil }
      let doi = String(url[range.upperBound...])
      return doi.hasPrefix("10.48550") ? nil : doi
    })
  }

  /// arXiv identifiers without version (`2405.16626`), from the links.
  public var arxivIDs: Set<String> {
    Set(allLinks.compactMap { url in
      for marker in ["arxiv.org/abs/", "arxiv.org/pdf/", "10.48550/arxiv."] {
        guard let range = url.range(of: marker) else { continue }
        let id = url[range.upperBound...].prefix { $0.isNumber || $0 == "." }
        if id.count >= 9 { return String(id.hasSuffix(".") ? id.dropLast() : id) }
      }
      return nil
    })
  }

  /// Whether `other` is another listing of this paper: the same title key, and identifiers that
  /// do not contradict (a page that copied one paper's title onto another keeps both). Links
  /// are often copied wrong too, so one shared DOI or arXiv id is enough to agree.
  public func isSamePaper(as other: Publication) -> Bool {
    guard titleKey == other.titleKey, !titleKey.isEmpty else { return false }
    // A preprint and its published version are a year or two apart; a book and a later article
    // of the same title are not one paper.
    if let a = year, let b = other.year, abs(a - b) > 2 { return false }
    if let a = firstAuthorFamily, let b = other.firstAuthorFamily, a != b,
      !authors.contains(where: { $0.familyKey == b }), !other.authors.contains(where: { $0.familyKey == a })
    {
      return false
    }
    // Two published versions in two different venues are two papers.
    if let a = venue, let b = other.venue, a.name != b.name, a.kind != .preprint, b.kind != .preprint,
      a.kind != .underReview, b.kind != .underReview
    {
      return false
    }
    let (myDOIs, theirDOIs) = (dois, other.dois)
    if !myDOIs.isEmpty, !theirDOIs.isEmpty, myDOIs.isDisjoint(with: theirDOIs) { return false }
    let (myIDs, theirIDs) = (arxivIDs, other.arxivIDs)
    if !myIDs.isEmpty, !theirIDs.isEmpty, myIDs.isDisjoint(with: theirIDs) { return false }
    return true
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
