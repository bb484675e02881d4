import Foundation

extension Publication {
  /// The key two listings of the same paper share: the title folded to letters and digits.
  ///
  /// "Advancing building facade solar potential assessment…" and "Advancing Building Facade
  /// Solar Potential Assessment…" are one paper.
  /// Plural endings are dropped too ("…Diffusion Model" and "…Diffusion Models" are one paper).
  public var titleKey: String { Self.titleKey(of: title) }

  /// `titleKey` of any title.
  ///
  /// Mathematicians write one title three ways: "Enhanced A-infinity obstruction theory",
  /// "Enhanced $A_{\infty}$-obstruction theory" (a publisher's TeX) and "Enhanced A_∞-obstruction
  /// theory" (the same TeX written out); infinity is spelled out and sub- and superscript digits
  /// are digits ("K₁" is "K_1"), so the three share a key.
  static func titleKey(of title: String) -> String {
    // NB: the key is ASCII, so a byte search answers as Foundation's `contains` would, without
    // bridging to NSString for every listing the merger keys.
    if let key = asciiTitleKey(title), !key.containsBytes(of: "infty") { return key }
    let spelled = title.replacingOccurrences(of: "\\infty", with: "infinity").replacingOccurrences(of: "∞", with: "infinity")
    if let key = asciiTitleKey(spelled) { return key }
    return spelled.precomposedStringWithCompatibilityMapping.matchingKey.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
      .map { word in word.count > 3 && word.hasSuffix("s") ? word.dropLast() : word }
      .joined()
  }

  /// `titleKey` of an ASCII title, on bytes (most titles; the merger keys every listing).
  private static func asciiTitleKey(_ title: String) -> String? {
    var key: [UInt8] = []
    key.reserveCapacity(title.utf8.count)
    var wordStart = 0
    func endWord() {
      if key.count - wordStart > 3, key.last == UInt8(ascii: "s") { key.removeLast() }
      wordStart = key.count
    }
    for byte in title.utf8 {
      switch byte {
      case 0x80...: return nil
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): key.append(byte)
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): key.append(byte | 0x20)
      default: endWord()
      }
    }
    endWord()
    return String(decoding: key, as: UTF8.self)
  }

  /// Every link, in a fixed order.
  private var allLinks: [String] {
    ([links.paper, links.code, links.project].compactMap { $0 } + links.other).map { $0.lowercased() }
  }

  /// DOIs of published versions (arXiv DOIs excluded), lowercased, from the links.
  public var dois: Set<String> {
    Set(allLinks.compactMap { url in
      guard let range = url.range(ofASCII: "doi.org/") else { return nil }
      let doi = String(url[range.upperBound...])
      return doi.hasPrefix("10.48550") ? nil : doi
    })
  }

  /// arXiv identifiers without version (`2405.16626`), from the links.
  public var arxivIDs: Set<String> {
    Set(allLinks.compactMap { url in
      for marker in ["arxiv.org/abs/", "arxiv.org/pdf/", "10.48550/arxiv."] {
        guard let range = url.range(ofASCII: marker) else { continue }
        let id = url[range.upperBound...].prefix { $0.isNumber || $0 == "." }
        if id.count >= 9 { return String(id.hasSuffix(".") ? id.dropLast() : id) }
      }
      return nil
    })
  }

  /// This publication completed with what `other`, a second listing of it, knows better.
  ///
  /// Fields missing here are taken from `other`; a full author list beats a truncated one; a
  /// real venue beats a preprint or a paper under review (a page's featured box says "Under
  /// Review" where its full list says "ICLR 2025"); the first listing keeps its place and source.
  public func merged(with other: Publication) -> Publication {
    var result = self
    let unpublished: Set<Venue.Kind> = [.preprint, .underReview]
    if venue == nil || (venue.map { unpublished.contains($0.kind) } == true && other.venue.map { !unpublished.contains($0.kind) } == true) {
      result.venue = other.venue ?? venue
      result.year = other.year ?? year
    }
    if result.year == nil { result.year = other.year }
    if authors.isEmpty || (isAuthorListTruncated && !other.isAuthorListTruncated && !other.authors.isEmpty) {
      result.authors = other.authors
      result.isAuthorListTruncated = other.isAuthorListTruncated
    }
    if result.abstract == nil { result.abstract = other.abstract }
    // NB: an index that keeps a preprint and its journal version apart counts their citations
    // apart; the larger count is kept (adding them would count a paper citing both twice).
    if let theirs = other.citations, theirs.total > (result.citations?.total ?? -1) { result.citations = theirs }
    result.authors = Self.authors(result.authors, withInstitutionsOf: other.authors)
    result.links.paper = links.paper ?? other.links.paper
    result.links.code = links.code ?? other.links.code
    result.links.project = links.project ?? other.links.project
    for url in other.links.other where !result.links.other.contains(url) { result.links.other.append(url) }
    for note in other.notes where !result.notes.contains(note) { result.notes.append(note) }
    return result
  }

  /// `authors`, each given the institutions `others` names for the same person (same folded
  /// name), when it has none: a homepage's names with OpenAlex's affiliations.
  private static func authors(_ authors: [Person], withInstitutionsOf others: [Person]) -> [Person] {
    let named = others.filter { $0.institutions != nil }
    guard !named.isEmpty else { return authors }
    var institutionsByName: [String: [Institution]] = [:]
    for person in named { institutionsByName[person.name.matchingKey] = person.institutions }
    return authors.map { person in
      guard person.institutions == nil, let found = institutionsByName[person.name.matchingKey] else { return person }
      var completed = person
      completed.institutions = found
      return completed
    }
  }
}
