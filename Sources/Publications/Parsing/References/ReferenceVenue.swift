/// The venue of a parsed reference: the catalogue's name for its journal or proceedings, else
/// the container as written, with a kind from the reference's markers and words.
enum ReferenceVenue {
  static func resolve(_ reference: ParsedReference, catalog: VenueCatalog) -> Venue? {
    if let container = reference.container {
      if let known = catalog.venue(mentionedIn: [container]) { return known }
      if let venue = catalog.venue(inField: container, kind: kind(of: reference)) { return venue }
    }
    if reference.container == nil, let venue = venueAfterTitle(reference, catalog: catalog) { return venue }
    switch reference.kind {
    case .preprint:
      return catalog.venue(named: "arXiv") ?? Venue(name: "arXiv", kind: .preprint)
    case .thesis:
      return Venue(name: "PhD thesis", kind: .thesis)
    default:
      // A book in a series is filed under the series ("SpringerBriefs in Computer Science"),
      // which says more than its publisher; a series is no journal, even when a journal list
      // has it.
      if let series = series(of: reference) {
        // NB: "In Math. Comp., vol. 88, no. 316, pp. 783–800": a listed journal with a volume
        // and pages and no publisher is the journal the tagger took for a series.
        if reference.volume != nil, reference.pages != nil, reference.publisher == nil,
          let journal = catalog.venue(inField: series, kind: .journal), journal.kind == .journal
        {
          return journal
        }
        return Venue(name: catalog.venue(inField: series, kind: .other)?.name ?? series, kind: .other)
      }
      return reference.publisher.map { Venue(name: $0, kind: .other) }
    }
  }

  /// The book series a reference names, without the word "Series" after it.
  private static func series(of reference: ParsedReference) -> String? {
    guard let segment = reference.segments.first(where: { $0.label == .collection }) else { return nil }
    var name = ReferenceCleanup.container(segment.text)
    if name.lowercased().hasSuffix(" series") { name = String(name.dropLast(" series".count)) }
    return name.split(ascii: " ").count >= 2 ? name : nil
  }

  /// "Title. ISSW 2014.", "Title. To occur at NAACL 2022.": a venue the parser left as a note
  /// or a place, named in the catalogue or written as an acronym.
  private static func venueAfterTitle(_ reference: ParsedReference, catalog: VenueCatalog) -> Venue? {
    var texts = reference.segments.filter { [.note, .location, .genre].contains($0.label) }.map(\.text)
    // NB: a published book's arXiv number ("Cambridge University Press, 2014. arXiv:1612.09375.")
    // says where to read it, not where it appeared.
    if reference.kind == .book { texts.removeAll { $0.range(ofASCII: "arxiv", ignoringCase: true) != nil } }
    if let known = catalog.venue(mentionedIn: texts) { return known }
    return texts.lazy.compactMap { VenueGuess.guess(fromBadge: $0.trimming(" .,;:()")) }.first
  }

  private static func kind(of reference: ParsedReference) -> Venue.Kind? {
    switch reference.kind {
    case .article: return .journal
    case .paper: return .conference
    case .preprint: return .preprint
    case .thesis: return .thesis
    case .book, .unknown: return reference.isJournal ? .journal : nil
    }
  }
}
