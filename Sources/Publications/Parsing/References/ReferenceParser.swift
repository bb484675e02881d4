/// Reads a formatted reference — IEEE, APA, ACM, Chicago, MLA, Vancouver, GB/T 7714 or a free
/// form — into authors, title, container, year, volume, pages and links.
///
/// 1. `ReferenceMarkup` takes off what no style writes but pages add: GB/T type markers (`[J]`,
///    `[C]//`), link labels (`[PDF]`, `[Code]`) and ranking notes (`(CCF A)`).
/// 2. `ReferenceTagger` labels each word with the trained model (`ReferenceModel.standard`).
/// 3. Runs of one label become segments, repaired where the words settle a boundary
///    (`ReferenceSegmentRepair`), and the segments fields: the first author run is the author
///    list, the first title run the title, a journal or container run the venue.
/// 4. A year the tagger put elsewhere (or nowhere) is taken from a word that is a year alone.
///
/// Deterministic: the same string gives the same result.
package struct ReferenceParser: Sendable {
  package var model: ReferenceModel

  package init(model: ReferenceModel = .standard) {
    self.model = model
  }

  package func parse(_ text: String) -> ParsedReference {
    let markup = ReferenceMarkup(text)
    let tokens = ReferenceTokens(markup.text)
    let labels = ReferenceTagger.labels(of: tokens, model: model)
    let segments = ReferenceSegmentRepair.repaired(Self.segments(of: tokens, labels: labels))
    var reference = Self.reference(of: segments, kind: markup.kind, text: markup.text)
    reference.notes = markup.notes
    return reference
  }

  /// The fields of a reference cut into `segments` (steps 3 and 4).
  package static func reference(
    of segments: [ParsedReference.Segment], kind: ParsedReference.Kind = .unknown, text: String? = nil
  ) -> ParsedReference {
    var reference = ParsedReference()
    reference.kind = kind
    reference.segments = segments
    fill(&reference, text: text ?? segments.map(\.text).joined(separator: " "))
    return reference
  }

  /// Runs of words with one label.
  private static func segments(of tokens: ReferenceTokens, labels: [ReferenceLabel]) -> [ParsedReference.Segment] {
    var segments: [ParsedReference.Segment] = []
    var start = 0
    for index in labels.indices where index + 1 == labels.count || labels[index + 1] != labels[index] {
      segments.append(.init(label: labels[index], text: tokens.text(of: start..<(index + 1))))
      start = index + 1
    }
    return segments
  }

  private static func fill(_ reference: inout ParsedReference, text: String) {
    readPeople(into: &reference)
    reference.title = reference.first(.title).map(ReferenceCleanup.title).flatMap { $0.isEmpty ? nil : $0 }
    if let (container, isJournal) = container(in: reference.segments) {
      reference.container = ReferenceCleanup.container(container)
      reference.isJournal = isJournal
    }
    if reference.container?.isEmpty == true { reference.container = nil }
    let segments = reference.segments
    let dates = segments.filter { $0.label == .date }.map(\.text)
    // NB: "Phys. Rev. D 2022 51 (1995)": of two dates, the one in parentheses is the year.
    let parenthesised = dates.count > 1 ? dates.filter { $0.trimmed().hasPrefix("(") } : []
    reference.year = year(in: parenthesised) ?? year(in: dates)
      ?? year(in: segments.filter { ![.title, .url, .doi, .pages, .volume].contains($0.label) }.map(\.text))
      ?? year(in: segments.filter { ![.title, .url, .doi].contains($0.label) }.map(\.text))
    reference.volume = reference.first(.volume).map { $0.trimming(" ,.;:()") }
    reference.pages = reference.first(.pages).map { $0.trimming(" ,.;:()") }
    reference.publisher = reference.first(.publisher).map { $0.trimming(" ,.;:") }
    reference.url = reference.first(.url).map { $0.trimming(" ,;<>") }
    reference.doi = reference.first(.doi).map(ReferenceCleanup.doi)
    if reference.kind == .unknown { reference.kind = kind(of: reference, text: text) }
  }

  /// The first author segment's people: the authors, or the editors when an editor mark ends
  /// the list ("Brown, L. E. (Ed.)") or stands right after it, alone or ending the list's rest
  /// ("Bakola, E., L. Prauscello and M. Telò," <note>"eds."; "Brown, Charles S., and"
  /// <editor>"Ted Toadvine, eds.").
  private static func readPeople(into reference: inout ParsedReference) {
    let segments = reference.segments
    guard let index = segments.firstIndex(where: { $0.label == .author }) else { return }
    var names = segments[index].text
    var isEditors = ReferenceAuthors.endsWithEditorMark(names)
    if index + 1 < segments.count, [.note, .editor].contains(segments[index + 1].label),
      ReferenceAuthors.endsWithEditorMark(segments[index + 1].text)
    {
      isEditors = true
      if segments[index + 1].label == .editor { names += " " + segments[index + 1].text }
    }
    let (people, isTruncated) = ReferenceAuthors.people(in: names)
    if isEditors { reference.editors = people } else { reference.authors = people }
    reference.isAuthorListTruncated = isTruncated
  }

  /// The venue: from the first journal or container segment, with the title, journal and
  /// container segments right after it — a venue the tagger cut ("Proceedings of the 60th Annual
  /// Meeting" <title>"of the Association for" <journal>"Computational Linguistics.") is one name.
  private static func container(in segments: [ParsedReference.Segment]) -> (String, isJournal: Bool)? {
    let isVenue: (ParsedReference.Segment) -> Bool = { $0.label == .journal || $0.label == .container }
    let afterTitle = (segments.firstIndex { $0.label == .title } ?? -1) + 1
    guard let start = segments[afterTitle...].firstIndex(where: isVenue) ?? segments.firstIndex(where: isVenue) else {
      return nil
    }
    var end = start + 1
    while end < segments.count {
      let label = segments[end].label
      // A lowercase word the tagger called a note between two venue parts ("… Association" <note>"for"
      // <journal>"Computational Linguistics") is part of the name.
      let isJoiningWord =
        label == .note && end + 1 < segments.count && isVenue(segments[end + 1])
        && !segments[end].text.contains(" ") && segments[end].text.first?.isLowercase == true
      guard [.title, .journal, .container, .collection].contains(label) || isJoiningWord else { break }
      end += 1
    }
    // A name does not end on "of", "from" or "and": the tagger cut it ("… Extraction from"
    // <publisher>"Scientific Publications."), and the next segment finishes it.
    let joiningWords: Set<String> = ["of", "from", "on", "for", "in", "and", "the", "&", "to"]
    if end < segments.count, let last = segments[end - 1].text.lastPiece(ascii: " "),
      joiningWords.contains(last.lowercased())
    {
      end += 1
    }
    let parts = segments[start..<end]
    let journalWords = parts.filter { $0.label == .journal }.map(\.text.count).reduce(0, +)
    let containerWords = parts.filter { $0.label == .container }.map(\.text.count).reduce(0, +)
    return (parts.map(\.text).joined(separator: " "), journalWords >= containerWords)
  }

  /// The first year (1900–2039) written in `texts`: "(2011).", "septembre 2014,", "2020a"; not a
  /// number of a page range ("1920-5"), after a colon (Vancouver's ":1920"), in a decimal or a path.
  // NB: a byte scan: the catalogue's tokenizer, asked up to three times per reference, was a
  // tenth of parsing time.
  private static func year(in texts: [String]) -> Int? {
    func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    for text in texts {
      let bytes = Array(text.utf8)
      var index = 0
      while index + 4 <= bytes.count {
        defer { index += 1 }
        let before: UInt8 = index > 0 ? bytes[index - 1] : 0x20
        guard (index..<(index + 4)).allSatisfy({ isDigit(bytes[$0]) }), !isDigit(before),
          before != UInt8(ascii: "."), before != UInt8(ascii: "/"), before != UInt8(ascii: ":")
        else { continue }
        let after: UInt8 = index + 4 < bytes.count ? bytes[index + 4] : 0x20
        let next: UInt8 = index + 5 < bytes.count ? bytes[index + 5] : 0x20
        guard !isDigit(after), !((after == UInt8(ascii: "-") || after == UInt8(ascii: ".")) && isDigit(next)),
          !isPageRangeEnd(bytes, at: index)
        else { continue }
        let value = bytes[index..<(index + 4)].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        if (1900...2039).contains(value) { return value }
      }
    }
    return nil
  }

  /// "pp:1900-1914": the end of a page range written after "pp" or "p." is no year.
  private static func isPageRangeEnd(_ bytes: [UInt8], at index: Int) -> Bool {
    guard index >= 2, bytes[index - 1] == UInt8(ascii: "-"), (0x30...0x39).contains(bytes[index - 2]) else { return false }
    var start = index - 2
    while start > 0, (0x30...0x39).contains(bytes[start - 1]) { start -= 1 }
    var lead = start
    while lead > 0, [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: ".")].contains(bytes[lead - 1]) { lead -= 1 }
    guard lead > 0, bytes[lead - 1] == UInt8(ascii: "p") else { return false }
    return lead == 1 || !(bytes[lead - 2] >= 0x61 && bytes[lead - 2] <= 0x7A) || bytes[lead - 2] == UInt8(ascii: "p")
  }

  private static let preprintMarks = ByteWords(["rXiv", "RXIV", "rxiv", "reprint"])
  private static let thesisMarks = ByteWords(["hesis", "issertation"])

  private static func kind(of reference: ParsedReference, text: String) -> ParsedReference.Kind {
    // NB: a book with its publisher and an arXiv number after it ("Cambridge University Press,
    // 2019. arXiv:1803.05316.") is the book; the number is where to read it.
    let isPublishedBook = reference.container == nil
      && reference.publisher.map { !$0.containsBytes(ofAny: preprintMarks) } == true
    if !isPublishedBook, text.containsBytes(ofAny: preprintMarks) { return .preprint }
    // NB: the bytes first, the words only then: most references name no thesis.
    if text.containsBytes(ofAny: thesisMarks), VenueName.namesThesis(text) { return .thesis }
    if reference.isJournal { return .article }
    return reference.container == nil && reference.publisher != nil ? .book : .unknown
  }
}
