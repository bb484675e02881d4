/// Turns one candidate entry into a publication, or explains why it is none.
///
/// The order matters and mirrors a careful reader: badges and code tags are set aside, the title
/// is found, then the author list next to it; the venue, year and notes come from what is left.
/// When a badge and the entry's own text disagree, the text wins and a warning says so.
struct EntryInterpreter {
  var catalog: VenueCatalog
  var file: String
  /// No real entry comes near this; longer "entries" are pasted data or attacks.
  var maximumEntryLength = ReadingLimits.standard.entryLength

  enum Outcome {
    case publication(Publication, [Diagnostic])
    case skipped([Diagnostic])
  }

  func interpret(_ raw: StyledEntry, section: PageSection) -> Outcome {
    guard raw.characters.count <= maximumEntryLength else {
      return .skipped([diagnostic(at: raw.line, .entryTooLong(length: raw.characters.count))])
    }
    var entry = raw
    InlineMarkdown.apply(to: &entry)
    var text = EntryText(entry.characters, droppingListItems: entry.shape == .paperBox)
    let badges = entry.badges + claimCodeTags(in: &text)
    for range in text.runs(with: .badge) + text.runs(with: .linkList) { text.claim(range) }
    let coauthors = claimCoauthorClause(in: &text)
    let reading = referenceReading(of: entry, badges: badges)
    guard
      var titleRange = TitleFinder.find(in: text, shape: entry.shape, catalog: catalog)
        ?? shortLinkTitle(in: text, badges: badges) ?? reading.flatMap({ titleRange(of: $0.title, in: text) })
    else {
      return .skipped(hasSubstance(entry, text, badges: badges) ? [diagnostic(at: entry.line, .entryWithoutTitle)] : [])
    }
    text.claim(titleRange)
    var trailingVenue: String?
    (titleRange, trailingVenue) = splitTrailingVenue(titleRange, in: text)
    var title = cleanTitle(text.readableText(titleRange))
    guard !title.isEmpty else { return .skipped([]) }
    let titleLine = text.characters[titleRange.lowerBound].line
    claimLinkLabels(in: &text, links: entry.links)
    var authors = findAuthors(in: &text, after: titleRange)
    claimNoteItems(in: &text)
    if !coauthors.isEmpty, authors?.people.isEmpty ?? true {
      authors = AuthorListParser.Result(people: coauthors.map { Person(name: $0) }, isTruncated: false, length: 0)
    }
    // NB: a full-width comma ("Communications，Vol. 11", typed with a Chinese keyboard) separates
    // as a comma does.
    let rest = [trailingVenue, text.unclaimedText].compactMap { $0 }.joined(separator: "\n")
      .replacingOccurrences(of: "，", with: ", ")
    var diagnostics: [Diagnostic] = []
    var (venue, year) = resolveVenue(
      text: rest, badges: badges, imageTexts: entry.imageTexts, urls: entry.links.map(\.url), title: title,
      line: titleLine,
      diagnostics: &diagnostics)
    if let reading {
      // The quoted title is the title; a listed venue beats a guessed one (see +Reference).
      if prefersReadTitle(reading, over: title) { title = reading.title }
      if !isListed(venue), let read = reading.venue, isListed(read) || venue == nil || isImplausible(venue, title: title) {
        venue = read
      }
      year = self.year(year, read: reading.year, in: entry)
      authors = completed(authors, by: reading, title: title)
    }
    if isTalk(venue: venue, links: entry.links, text: text) {
      return .skipped([Diagnostic(.note, at: SourceLocation(file: file, line: titleLine), .notCounted(title: title, reason: "a talk"))])
    }
    if Self.isAward(title), authors?.people.isEmpty ?? true {
      // "- [AAAI 2023 distinguished paper award](…)" under the paper it was given to.
      return .skipped([Diagnostic(.note, at: SourceLocation(file: file, line: titleLine), .notCounted(title: title, reason: "an award"))])
    }
    // "In *Tech Transformation and AI Readiness: Pioneering Paths for the Global South*.
    // Springer.": the book a chapter is in, not a guess from its words or its publisher.
    if !isListed(venue), let book = italicVenue(in: text, booksOnly: true) { venue = book }
    // NB: what the entry writes (an italic journal) before what its place says (an "ArXiv
    // Preprints" heading), before what a link alone says (arxiv.org, and no year written).
    venue = venue ?? italicVenue(in: text) ?? publisherLine(in: text) ?? preprintSection(section)
      ?? (year == nil || isUnpublishedSection(section) ? arXivLink(entry.links, in: text) : nil)
    year = year ?? headingYear(section)
    if entry.shape == .paragraph, year == nil, venue == nil, authors?.people.isEmpty ?? true {
      // "These are the projects that **ended in peer-reviewed journals**.": prose about the
      // list, which names no year, no venue and no one, is no reference; a note still names it,
      // since nothing of a publication section goes uncounted without a word.
      let words = entry.characters.text.split(whereSeparator: \.isWhitespace)
      let opening = words.prefix(8).joined(separator: " ") + (words.count > 8 ? " …" : "")
      return .skipped([Diagnostic(.note, at: SourceLocation(file: file, line: entry.line), .proseParagraph(opening: opening))])
    }
    if let people = authors?.people, case let odd = people.filter(Self.isSuspiciousName), !odd.isEmpty {
      diagnostics.append(diagnostic(at: titleLine, .suspiciousAuthors(title: title, names: odd.map(\.name))))
    }
    if venue?.kind == .thesis {
      // Not counted (`ReadingPolicy` says so in a note), so nothing about it is worth a warning.
      diagnostics = []
    } else {
      if year == nil { diagnostics.append(diagnostic(at: titleLine, .missingYear(title: title, venue: venue?.name))) }
      if venue == nil { diagnostics.append(diagnostic(at: titleLine, .missingVenue(title: title))) }
      // NB: an author list that was there but could not be read ("Youheng zhu, **Yiping Lu**")
      // leaves the entry without co-authors; the graph would lose them without a word.
      if authors?.people.isEmpty ?? true { diagnostics.append(diagnostic(at: titleLine, .missingAuthors(title: title))) }
    }
    let publication = Publication(
      id: PublicationID.make(title: title, year: year),
      title: title,
      authors: authors?.people ?? [],
      isAuthorListTruncated: authors?.isTruncated ?? false,
      venue: venue, year: year,
      notes: EntryNotes.find(in: ([rest] + badges).joined(separator: " ")),
      links: classifyLinks(entry.links, in: text, titleRange: titleRange),
      abstract: entry.abstract,
      section: section.headings.isEmpty ? nil : section.headings.joined(separator: " › "),
      source: SourceLocation(file: file, line: titleLine))
    return .publication(publication, diagnostics)
  }

  private func diagnostic(_ severity: Diagnostic.Severity = .warning, at line: Int, _ message: Diagnostic.Message)
    -> Diagnostic
  {
    Diagnostic(severity, at: SourceLocation(file: file, line: line), message)
  }

  /// A mathematician's "(with A. Tonks)" or "(joint with G. Jasso and B. Keller)": claimed, so it
  /// is no part of the title, and its names are the co-authors (the page's owner is not written).
  private func claimCoauthorClause(in text: inout EntryText) -> [String] {
    guard let clause = CoauthorClause.find(in: text.characters.lazy.map(\.character)) else { return [] }
    text.claim(clause.whole)
    return clause.names
  }

  /// Code spans that name a venue (`` `ICLR 2023` ``) are badges, written in Markdown.
  private func claimCodeTags(in text: inout EntryText) -> [String] {
    var tags: [String] = []
    for range in text.runs(with: .code) {
      let value = text.text(range).collapsingWhitespace()
      guard !catalog.mentions(in: value).isEmpty || VenueCatalog.years(in: value).count == 1 else { continue }
      tags.append(value)
      text.claim(range)
    }
    return tags
  }

  /// `<strong>Title. CVPR 2025.</strong>`: the venue written at the end of the title text.
  private func splitTrailingVenue(_ range: Range<Int>, in text: EntryText) -> (Range<Int>, String?) {
    let value = text.text(range)
    guard let last = catalog.mentions(in: value).last else { return (range, nil) }
    let chars = Array(value)
    let tokens = VenueToken.tokenize(value)
    guard last.tokenOffset < tokens.count else { return (range, nil) }
    let start = value.distance(from: value.startIndex, to: tokens[last.tokenOffset].range.lowerBound)
    // The venue must follow a sentence end, and only a year or a note may come after it.
    let before = String(chars[..<start]).trimmed()
    guard before.hasSuffix(".") || before.hasSuffix(",") || before.hasSuffix("|"), before.count > 8 else {
      return (range, nil)
    }
    let after = String(chars[start...])
    let afterVenue = after.dropFirst(last.matchedText.count)
    let leftoverWords = afterVenue.split(whereSeparator: { !$0.isLetter }).filter {
      !EntryNotes.isNoteWord(String($0))
    }
    guard leftoverWords.count <= 1 else { return (range, nil) }
    let cut = range.lowerBound + start
    var end = cut
    while end > range.lowerBound, " .,|".contains(text.characters[end - 1].character) { end -= 1 }
    return (range.lowerBound..<end, after)
  }

  private func cleanTitle(_ raw: String) -> String {
    var title = raw.collapsingWhitespace().trimming("*_ ")
    while let last = title.last, ".,;".contains(last) { title.removeLast() }
    // Quotes around the whole title are punctuation; a quote inside it ("Glue pizza…" - …) is not.
    for (open, close) in [("\"", "\""), ("“", "”"), ("'", "'")] where title.hasPrefix(open) {
      let inner = title.dropFirst()
      if inner.hasSuffix(close), !inner.dropLast().contains(Character(close)) {
        title = String(inner.dropLast())
      } else if !inner.contains(Character(close)) {
        title = String(inner)
      }
    }
    if let last = title.last, last == "\"" || last == "”", !title.dropLast().contains(last == "”" ? "“" : "\"") {
      title.removeLast()
    }
    while let last = title.last, ".,;".contains(last) { title.removeLast() }
    // NB: a title that ends in a quoted phrase ("… from the “Japan paradox.”") ends its sentence
    // inside the quote: the closing quote goes back on.
    if let open = title.lastIndex(of: "“"), !title[open...].contains("”") { title.append("”") }
    return title.trimmed()
  }

  /// The author list: an element marked as authors, the italic list of an `<li>`, the rest of
  /// the title's line, the next lines, or the text before the title (APA, IEEE, GB/T).
  private func findAuthors(in text: inout EntryText, after title: Range<Int>) -> AuthorListParser.Result? {
    var candidates: [Range<Int>] = []
    candidates += text.runs(with: .authorsHint)
    // NB: one word set in bold italics ("**_Neurocomputing_**") is a venue, not an emphasised owner.
    candidates += text.runs(with: .italic).filter { range in
      let written = text.text(range)
      // NB: "*In AIAA Aviation, Chicago, IL, June 2022*": the venue after its lead-in.
      guard !Self.opensWithVenueLeadIn(written) else { return false }
      return written.contains(",")
        || (text.characters[range].contains { !$0.style.intersection(.emphasis).isEmpty } && written.trimmed().contains(" "))
    }
    if let titleLine = text.lineIndex(of: title.lowerBound) {
      let line = text.lines[titleLine]
      // Names that open the title's line and run up to it come first ("A, B. Title. Journal"):
      // the text after such a title is the venue, and a journal's name can read like two people.
      if title.lowerBound > line.lowerBound, isWholeNameList(line.lowerBound..<title.lowerBound, in: text) {
        candidates.append(line.lowerBound..<title.lowerBound)
      }
      if title.upperBound < line.upperBound { candidates.append(title.upperBound..<line.upperBound) }
      // NB: links, a folded abstract and a star badge can sit between the title and the names.
      for (offset, next) in text.lines.dropFirst(titleLine + 1).prefix(8).enumerated() {
        candidates.append(continuedOverTrailingComma(next, lineIndex: titleLine + 1 + offset, in: text))
      }
      if title.lowerBound > line.lowerBound { candidates.append(line.lowerBound..<title.lowerBound) }
      for previous in text.lines.prefix(titleLine).reversed() { candidates.append(previous) }
    }
    for candidate in candidates {
      let span = skipLeadingPunctuation(candidate, in: text)
      guard !span.isEmpty, !text.claimed[span.lowerBound] || text.characters[span.lowerBound].style.contains(.authorsHint)
      else { continue }
      let slice = text.characters[span.lowerBound..<citationYearStart(in: text, span)]
      guard let parsed = AuthorListParser.parse(slice, requireSeveral: true) else { continue }
      let result = withoutTrailingJournal(parsed, from: span.lowerBound, in: text)
      let listed = span.lowerBound..<(span.lowerBound + result.length)
      // A venue line ("Renewable and Sustainable Energy Reviews") can read like two names.
      let listedText = text.text(listed)
      guard catalog.mentions(in: listedText).isEmpty, JournalList.standard.fullName(of: listedText.trimming(" .,")) == nil,
        !isItalicPhrase(listed, in: text), !Self.isPublisherName(listedText.trimming(" .,"))
      else { continue }
      text.claim(listed)
      return result
    }
    return nil
  }

  /// "*Contemporary Finance and Economics*": italic words without a comma read like two people
  /// but are a journal (APA and Chicago set the venue in italics); an italic author list
  /// separates its names with commas.
  private func isItalicPhrase(_ range: Range<Int>, in text: EntryText) -> Bool {
    let letters = text.characters[range].filter { $0.character.isLetter }
    return !letters.isEmpty && letters.allSatisfy { $0.style.contains(.italic) }
      && !text.characters[range].contains { $0.character == "," && $0.style.contains(.italic) }
  }

  /// "In AIAA Aviation", "In Proceedings of …", "In the 14th …": "In" and then no name ("In So
  /// Kweon" is one).
  private static func opensWithVenueLeadIn(_ text: String) -> Bool {
    let words = text.trimmed().split(separator: " ").prefix(2)
    guard words.count == 2, words[0] == "In" || words[0] == "in" else { return false }
    let next = words[1]
    return next.count >= 2 && next.allSatisfy({ $0.isUppercase || $0.isNumber || "/-".contains($0) })
      || ["proceedings", "proc.", "the", "proceeding"].contains(next.lowercased())
  }

  /// A line of names that ends with a comma goes on with the next ("**Runze Suo**," / "**Wanqi
  /// Zhou**, …"): the range of both.
  private func continuedOverTrailingComma(_ line: Range<Int>, lineIndex: Int, in text: EntryText) -> Range<Int> {
    var range = line
    var index = lineIndex
    while index + 1 < text.lines.count,
      let last = text.characters[range].lastIndex(where: { !" *_".contains($0.character) }),
      text.characters[last].character == ","
    {
      index += 1
      range = range.lowerBound..<text.lines[index].upperBound
    }
    return range
  }

  /// "…, Jian Yang, Pattern Recognition, 93: 283-292, 2019.": a journal's name after the last
  /// author reads like one more person; it is the venue, and the list ends before it.
  private func withoutTrailingJournal(_ parsed: AuthorListParser.Result, from start: Int, in text: EntryText)
    -> AuthorListParser.Result
  {
    var result = parsed
    while result.people.count > 1, let last = result.people.last, JournalList.standard.fullName(of: last.name) != nil {
      result.people.removeLast()
      let listed = text.text(start..<min(text.characters.count, start + result.length))
      guard let written = listed.range(of: last.asWritten, options: .backwards) else { return parsed }
      result.length = listed.distance(from: listed.startIndex, to: written.lowerBound)
    }
    return result
  }

  /// A one-word person ("Chen", from a list cut in the wrong place) or a name with punctuation
  /// inside ("Lin*.", "Li: Title"). A name in CJK characters is one word and whole.
  static func isSuspiciousName(_ person: Person) -> Bool {
    let name = person.name
    if name.unicodeScalars.contains(where: \.properties.isIdeographic) { return false }
    let words = name.split(separator: " ")
    // NB: "and Rate", a title's tail the parser took for a name: no name opens with a joining word.
    if let first = words.first, Self.joiningWords.contains(String(first)) { return true }
    return words.count == 1 || name.contains { (c: Character) in !(c.isLetter || " .-'’".contains(c)) }
  }

  /// A talk listed among papers: its text says so ("Invited Talk at …", "Ethereum Meetup"), or
  /// it names no venue and links only slides and a video.
  private func isTalk(venue: Venue?, links: [EntryLink], text: EntryText) -> Bool {
    // NB: the whole entry: an author list can run over "Invited Talk at …, TU Berlin".
    let lower = text.text(0..<text.characters.count).lowercased()
    if Self.talkPhrases.contains(where: { lower.containsBytes(of: $0) }), !isListed(venue) { return true }
    let used = Set(text.characters.compactMap(\.link))
    let labels = links.indices.filter(used.contains).map { links[$0].label.lowercased().trimming("[]() ") }
    return venue == nil && !labels.isEmpty && labels.allSatisfy { Self.talkLinkLabels.contains($0) }
  }

  /// "AAAI 2023 distinguished paper award", "Best Paper Prize": a title that names an award.
  private static func isAward(_ title: String) -> Bool {
    let words = title.lowercased().split(whereSeparator: { !$0.isLetter })
    return words.count <= 8 && words.contains { $0 == "award" || $0 == "awards" || $0 == "prize" }
  }

  private static let talkPhrases = ["invited talk", "keynote", "meetup", "talk at ", "panel discussion"]
  private static let talkLinkLabels: Set<String> = ["slides", "video", "recording", "talk", "presentation"]

  /// arXiv, for an entry that names no venue under a heading such as "ArXiv Preprints" or
  /// "Preprints": the heading says where the paper is.
  private func preprintSection(_ section: PageSection) -> Venue? {
    guard let heading = section.headings.last?.lowercased(), heading.contains("arxiv") || heading.contains("preprint")
    else { return nil }
    return catalog.venue(named: "arXiv")
  }

  /// "In preparation", "Working papers", "Submitted": papers not yet published, whose arXiv link
  /// (with a year) is where they are; elsewhere a linked arXiv copy of a paper with a year is a
  /// convenience, not its venue.
  private func isUnpublishedSection(_ section: PageSection) -> Bool {
    guard let heading = section.headings.last?.lowercased() else { return false }
    return ["in preparation", "working paper", "submitted", "in progress", "under review"].contains(where: heading.containsBytes)
  }

  /// The journal or book set in italics after the title, as Chicago and MLA write it, for an
  /// entry whose venue no list knows: `"Title," *Computational Humanities Research*, forthcoming.`
  private func italicVenue(in text: EntryText, booksOnly: Bool = false) -> Venue? {
    for range in text.runs(with: .italic) where !text.claimed[range.lowerBound] && (!booksOnly || followsIn(range, in: text)) {
      // NB: "*MAnifestation des JEunes Chercheurs en …, Lille, France.*": the place after the
      // name's comma is no part of it.
      let written = text.text(range)
      let name = String(written.prefix { $0 != "," }).trimming(" ,.;:*_")
      let words = name.split(separator: " ")
      let capitalised = words.filter { $0.first?.isUppercase == true }.count
      // NB: one word ("*Neurocomputing*", "*Nature*") only right after the title: elsewhere an
      // italic word is emphasis.
      let isOneWordJournal = words.count == 1 && name.count >= 5 && name.allSatisfy(\.isLetter) && followsTitle(range, in: text)
      // NB: "In *Tech Transformation and AI Readiness: Pioneering Paths for the Global South*.":
      // after "In" an italic name with a colon is the book a chapter is in, not a title.
      let isBook = followsIn(range, in: text)
      guard (2...(isBook ? 24 : 16)).contains(words.count) || isOneWordJournal, name.first?.isUppercase == true,
        !name.contains(where: \.isASCIIDigit), isBook || !name.contains(":"),
        capitalised >= max(isOneWordJournal ? 1 : 2, (words.count + 2) / 3)
      else { continue }
      return Venue(name: name, kind: VenueName.kind(ofName: name) ?? .other)
    }
    return nil
  }

  /// A book's publisher on a line of its own ("*International Economics.*" / "Peking University
  /// Press."): where the book appeared, as the reference parser names a book's venue.
  private func publisherLine(in text: EntryText) -> Venue? {
    for line in text.lines where !text.claimed[line].contains(true) {
      let name = text.text(line).trimming(" .,;*_")
      if Self.isPublisherName(name) { return Venue(name: name, kind: .other) }
    }
    return nil
  }

  /// "Peking University Press", "Economy and Management Press", "Springer Verlag": two to six
  /// capitalised words that end in a publisher's word ("W. H. Press" is a person).
  static func isPublisherName(_ name: String) -> Bool {
    let words = name.split(separator: " ")
    guard (2...6).contains(words.count), let last = words.last, ["Press", "Publishers", "Publishing", "Verlag"].contains(String(last)),
      !AuthorListParser.isInitialsOnly(String(words[words.count - 2]))
    else { return false }
    return words.allSatisfy { $0.first?.isUppercase == true || ["and", "of", "&"].contains(String($0)) }
  }

  /// Whether the word "In" opens the line right before `range` ("In *Book*. Springer.").
  private func followsIn(_ range: Range<Int>, in text: EntryText) -> Bool {
    var index = range.lowerBound - 1
    while index >= 0, text.characters[index].character == " " { index -= 1 }
    guard index >= 1, text.characters[index].character == "n", text.characters[index - 1].character == "I" else { return false }
    return index == 1 || !text.characters[index - 2].character.isLetter
  }

  /// Whether only spaces, quotes and punctuation stand between the claimed title and `range`.
  private func followsTitle(_ range: Range<Int>, in text: EntryText) -> Bool {
    var index = range.lowerBound - 1
    while index >= 0, !text.claimed[index], " ,.;:\"“”'*_".contains(text.characters[index].character) { index -= 1 }
    return index >= 0 && text.claimed[index]
  }

  /// arXiv, for an entry that names no venue and no year but links its paper on arxiv.org
  /// ("Youheng Zhu, **Yiping Lu**, [Title](https://arxiv.org/abs/2607.09547)"): a preprint.
  private func arXivLink(_ links: [EntryLink], in text: EntryText) -> Venue? {
    let used = Set(text.characters.compactMap(\.link))
    let isOnArXiv = links.indices.contains { index in
      guard used.contains(index) else { return false }
      let url = links[index].url.lowercased()
      return ["arxiv.org/abs/", "arxiv.org/pdf/", "arxiv.org/html/"].contains { url.containsBytes(of: $0) }
    }
    return isOnArXiv ? catalog.venue(named: "arXiv") : nil
  }

  /// The year of a heading such as "### 2024" or "2024 (5 papers)", for an entry that gives none.
  private func headingYear(_ section: PageSection) -> Int? {
    guard let heading = section.headings.last, case let years = VenueCatalog.years(in: heading), years.count == 1,
      heading.filter(\.isLetter).count <= 12
    else { return nil }
    return years[0]
  }

  /// Whether `range` is an author list and nothing else but punctuation.
  private func isWholeNameList(_ range: Range<Int>, in text: EntryText) -> Bool {
    let span = skipLeadingPunctuation(range, in: text)
    guard !span.isEmpty, span.upperBound == range.upperBound,
      let names = AuthorListParser.parse(text.characters[span], requireSeveral: true)
    else { return false }
    return text.characters[(span.lowerBound + names.length)..<span.upperBound].allSatisfy { " .,:;\u{A0}".contains($0.character) }
  }

  /// Where `(2021` or `(2021, May)` starts in `span`: APA puts the year right after the names.
  private func citationYearStart(in text: EntryText, _ span: Range<Int>) -> Int {
    var i = span.lowerBound
    while i + 5 <= span.upperBound {
      if text.characters[i].character == "(",
        VenueCatalog.fourDigitYear(text.characters[(i + 1)..<(i + 5)].text) != nil
      {
        // NB: the space before the year is no part of the names ("Wright, L. T. (2016)").
        while i > span.lowerBound, text.characters[i - 1].character == " " { i -= 1 }
        return i
      }
      i += 1
    }
    return span.upperBound
  }

  private func skipLeadingPunctuation(_ range: Range<Int>, in text: EntryText) -> Range<Int> {
    var lower = range.lowerBound
    // NB: a title's closing quote ("Title", A. Author, …) is no part of the names after it.
    while lower < range.upperBound, text.claimed[lower] || " ,.:;-–—|\"”\u{A0}".contains(text.characters[lower].character) {
      lower += 1
    }
    // "**Received Best Paper Award:** K. Virgil English, …": a bold label before the names.
    if lower < range.upperBound, text.characters[lower].style.contains(.bold),
      let colon = text.characters[lower..<min(range.upperBound, lower + 40)].firstIndex(where: { $0.character == ":" }),
      text.characters[lower...colon].allSatisfy({ $0.style.contains(.bold) || $0.character == " " })
    {
      lower = colon + 1
      while lower < range.upperBound, " *".contains(text.characters[lower].character) { lower += 1 }
    }
    // A rank or venue tag such as "[CCF-A]" or "[ACS Appl. Mater. Interfaces]" before the names.
    if let end = text.endOfTag(at: lower, limit: range.upperBound) {
      lower = end
      while lower < range.upperBound, text.characters[lower].character == " " { lower += 1 }
    }
    // Stop before text another part already claimed (a link label, a badge).
    var upper = lower
    while upper < range.upperBound, !text.claimed[upper] { upper += 1 }
    return lower..<upper
  }

  /// Link labels (`[paper]`, `Code`) are not venue text.
  private func claimLinkLabels(in text: inout EntryText, links: [EntryLink]) {
    for (range, _) in text.linkRuns() where TitleFinder.isLinkLabel(text.text(range)) {
      text.claim(range)
    }
  }

  /// Whether an item without a title still reads like a publication, so dropping it needs a
  /// warning: a venue badge, a link in a long enough item, or a sentence of four words or more.
  private func hasSubstance(_ entry: StyledEntry, _ text: EntryText, badges: [String]) -> Bool {
    !badges.isEmpty || (!entry.links.isEmpty && text.characters.count > 20)
      || text.text(0..<text.characters.count).split(whereSeparator: \.isWhitespace).count >= 4
  }

  /// `` `ICLR 2023` [Click](…), A B, **Owner** ``: a short link text is the title when a badge
  /// names the venue and year and an author list with an emphasised name follows the link.
  private func shortLinkTitle(in text: EntryText, badges: [String]) -> Range<Int>? {
    let badgeText = badges.joined(separator: " ")
    guard !catalog.mentions(in: badgeText).isEmpty, !VenueCatalog.years(in: badgeText).isEmpty,
      let (link, _) = text.linkRuns().first(where: { !text.claimed[$0.0.lowerBound] && !TitleFinder.isLinkLabel(text.text($0.0)) }),
      let line = text.lineIndex(of: link.lowerBound)
    else { return nil }
    // NB: a link's text can run past its first line (a label wrapped over two); the names are
    // looked for on that line only.
    let lineEnd = text.lines[line].upperBound
    var after = min(link.upperBound, lineEnd)
    while after < lineEnd, " ,.".contains(text.characters[after].character) { after += 1 }
    guard let names = AuthorListParser.parse(text.characters[after..<lineEnd]),
      names.people.contains(where: \.isHighlighted)
    else { return nil }
    return link
  }
}
