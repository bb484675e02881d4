/// Turns one candidate entry into a publication, or explains why it is none.
///
/// The order matters and mirrors a careful reader: badges and code tags are set aside, the title
/// is found, then the author list next to it; the venue, year and notes come from what is left.
/// When a badge and the entry's own text disagree, the text wins and a warning says so.
struct EntryInterpreter: Sendable {
  var catalog: VenueCatalog
  var file: String
  /// No real entry comes near this; longer "entries" are pasted data or attacks.
  var maximumEntryLength = ReadingLimits.standard.entryLength

  enum Outcome: Sendable {
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
    // NB: Markdown cut into items keeps each item's characters, not the badges the page's
    // flattening collected: an item's own badge runs say them (`<span class="conf-badge">`).
    let ownBadges = entry.badges.isEmpty ? text.runs(with: .badge).map { text.text($0).collapsingWhitespace() }.filter { !$0.isEmpty } : entry.badges
    let tags = claimCodeTags(in: &text) + claimLeadingBoldVenue(in: &text) + claimLeadingBracketTag(in: &text)
    // NB: a tag that repeats the box's badge ("WWW26 Workshop" twice) is one badge.
    let badges = ownBadges + tags.filter { !ownBadges.contains($0) }
    // "- See my [Google Scholar](…)" under "***- Papers -***" (yc-li20.github.io): a pointer to
    // the whole list elsewhere, whose link is no paper's title.
    if badges.isEmpty, Self.isListPointer(text.text(0..<text.characters.count)) { return .skipped([]) }
    for range in text.runs(with: .badge) + text.runs(with: .linkList) { text.claim(range) }
    let coauthors = claimCoauthorClause(in: &text)
    let reading = referenceReading(of: entry, badges: badges)
    guard
      var titleRange = TitleFinder.find(in: text, shape: entry.shape, catalog: catalog)
        ?? shortLinkTitle(in: text, badges: badges) ?? reading.flatMap({ titleRange(of: $0.title, in: text) })
    else {
      guard hasSubstance(entry, text, badges: badges) else { return .skipped([]) }
      // "My research lies at the intersection of …" above a page's first paper-box: prose
      // about the list, with no year, is no entry that lost its title.
      if entry.shape == .paragraph, badges.isEmpty, VenueCatalog.years(in: entry.characters.text).isEmpty {
        return .skipped([proseNote(entry)])
      }
      return .skipped([diagnostic(at: entry.line, .entryWithoutTitle)])
    }
    text.claim(titleRange)
    var trailingVenue: String?
    (titleRange, trailingVenue) = splitTrailingVenue(titleRange, in: text)
    if trailingVenue == nil { (titleRange, trailingVenue) = splitTrailingParenthetical(titleRange, in: text) }
    var title = cleanTitle(text.readableText(titleRange))
    guard !title.isEmpty else { return .skipped([]) }
    let titleLine = text.characters[titleRange.lowerBound].line
    claimLinkLabels(in: &text, links: entry.links)
    var authors = findAuthors(in: &text, after: titleRange) ?? soleOwner(in: &text, after: titleRange)
    claimNoteItems(in: &text)
    if !coauthors.isEmpty, authors?.people.isEmpty ?? true {
      authors = AuthorListParser.Result(people: coauthors.map { Person(name: $0) }, isTruncated: false, length: 0)
    }
    // NB: a full-width comma ("Communications，Vol. 11", typed with a Chinese keyboard) separates
    // as a comma does; looked for by bytes first, since Foundation's replacing goes through
    // NSString for every entry.
    var rest = [trailingVenue, text.unclaimedText].compactMap { $0 }.joined(separator: "\n")
    if rest.containsBytes(of: "，") { rest = rest.replacingOccurrences(of: "，", with: ", ") }
    var diagnostics: [Diagnostic] = []
    var (venue, year) = resolveVenue(
      text: rest, badges: badges, imageTexts: entry.imageTexts + entry.shieldTexts, urls: entry.links.map(\.url), title: title,
      line: titleLine,
      diagnostics: &diagnostics)
    var isTitleCitation = false
    if let reading {
      // The quoted title is the title; a listed venue beats a guessed one (see +Reference).
      if prefersReadTitle(reading, over: title) {
        title = Self.withoutLeadingYear(reading.title)
        isTitleCitation = reading.isCitation
      }
      if !isListed(venue), let read = reading.venue, isListed(read) || venue == nil || isImplausible(venue, title: title) {
        venue = read
      }
      year = self.year(year, read: reading.year, in: entry)
      authors = completed(authors, by: reading, title: title, venue: venue)
    }
    if isTalk(venue: venue, links: entry.links, text: text) {
      return .skipped([Diagnostic(.note, at: SourceLocation(file: file, line: titleLine), .notCounted(title: title, reason: "a talk"))])
    }
    // "- `Chinese Patent` *Method, Device, … for Multi-Light Source Light Spot Correspondence*"
    // in a list of papers (bhipee.github.io): a patent, as under a "Patents" heading.
    // "- [Patent] 李古月；**张鑫伟**；…，CN112906035B." (xinweizhang1998.github.io) too.
    // "<span style="font-style:italic;">Chinese Patent</span> (Accepted)" as the venue line
    // (01Yan/hyyan.github.io): a short italic run that says so, where a journal would stand.
    if badges.contains(where: Self.isPatentTag) || text.runs(with: .code).contains(where: { Self.isPatentTag(text.text($0)) })
      || Self.openingBracket(of: text).map(Self.isPatentTag) == true
      || venue == nil && text.runs(with: .italic).contains(where: { Self.isPatentTag(text.text($0)) && text.text($0).split(separator: " ").count <= 3 })
    {
      return .skipped([Diagnostic(.note, at: SourceLocation(file: file, line: titleLine), .notCounted(title: title, reason: "a patent"))])
    }
    // "- <span class="blog-tag">Blog</span> [Nano-Consistent-150K](…)" among papers
    // (CaraJ7.github.io): a blog post, as under a "Blog" heading.
    let lead = text.text(0..<titleRange.lowerBound).trimming(" []()*_`|:-").lowercased()
    if (badges.map { $0.lowercased().trimmed() } + [lead]).contains(where: { ["blog", "blog post"].contains($0) }) {
      return .skipped([Diagnostic(.note, at: SourceLocation(file: file, line: titleLine), .notCounted(title: title, reason: "a blog post"))])
    }
    if Self.isAward(title), authors?.people.isEmpty ?? true {
      // "- [AAAI 2023 distinguished paper award](…)" under the paper it was given to.
      return .skipped([Diagnostic(.note, at: SourceLocation(file: file, line: titleLine), .notCounted(title: title, reason: "an award"))])
    }
    // "In *Tech Transformation and AI Readiness: Pioneering Paths for the Global South*.
    // Springer.": the book a chapter is in, not a guess from its words or its publisher.
    if !isListed(venue), let book = italicVenue(in: text, booksOnly: true) { venue = book }
    // "``ASOC 2024`` … _Applied Soft Computing_": a journal the lists know, in italics, before
    // a badge's acronym no list knows.
    if !isListed(venue), let italic = italicVenue(in: text), let journal = JournalList.standard.fullName(of: italic.name) {
      venue = Venue(name: journal, kind: .journal)
    }
    // NB: what the entry writes (an italic journal) before what its place says (an "ArXiv
    // Preprints" heading), before what a link alone says (arxiv.org, and no year written).
    venue = venue ?? italicVenue(in: text) ?? publisherLine(in: text) ?? preprintSection(section)
      ?? (year == nil || isUnpublishedSection(section) ? arXivLink(entry.links, in: text) : nil)
    year = year ?? headingYear(section)
    // "*Academy of Management (AOM).*" under "Conference Papers": a venue no list knows is of
    // the kind its heading says.
    if var guessed = venue, !isListed(guessed), [.journal, .conference, .other].contains(guessed.kind),
      let kind = headingKind(section)
    {
      guessed.kind = kind
      venue = guessed
    }
    if entry.shape == .paragraph, year == nil, venue == nil, authors?.people.isEmpty ?? true {
      // "These are the projects that **ended in peer-reviewed journals**.": prose about the
      // list, which names no year, no venue and no one, is no reference; a note still names it,
      // since nothing of a publication section goes uncounted without a word.
      return .skipped([proseNote(entry)])
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
    var publication = Publication(
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
    if isTitleCitation { publication.isTitleCitation = true }
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

  /// Code spans that name a venue (`` `ICLR 2023` ``) are badges, written in Markdown; one
  /// that numbers the entry (`` `I-J-9` ``, `` `C3` ``) is its label, claimed and dropped.
  private func claimCodeTags(in text: inout EntryText) -> [String] {
    var tags: [String] = []
    for range in text.runs(with: .code) {
      let value = text.text(range).collapsingWhitespace()
      if Self.isEntryLabel(value), catalog.mentions(in: value).isEmpty {
        text.claim(range)
        continue
      }
      guard !catalog.mentions(in: value).isEmpty || VenueCatalog.years(in: value).count == 1
        || (Self.isAcronymTag(value) && text.characters[..<range.lowerBound].allSatisfy(\.character.isWhitespace))
      else { continue }
      tags.append(value)
      text.claim(range)
    }
    return tags
  }

  /// "- **SIGMOD '26** GraphTwin: Cache-Centric …" (cogitara.github.io): a venue and year in
  /// bold opening the item, with the title after it on its line, is the item's tag, as a code
  /// tag is; left in, it was read as the title's first words and the paper had no year.
  private func claimLeadingBoldVenue(in text: inout EntryText) -> [String] {
    guard let first = text.runs(with: .bold).first, let line = text.lines.first,
      first.lowerBound >= line.lowerBound, first.upperBound < line.upperBound,
      text.characters[line.lowerBound..<first.lowerBound].allSatisfy({ $0.character.isWhitespace }),
      text.characters[first.upperBound..<line.upperBound].contains(where: \.character.isLetter)
    else { return [] }
    let value = text.text(first).collapsingWhitespace()
    guard value.split(separator: " ").count <= 4, catalog.mentions(in: value).contains(where: { $0.year != nil }) else { return [] }
    text.claim(first)
    return [value]
  }

  /// "[WWW26 Workshop][RAMA: …](…)", "[arXiv26][DAGENT: …]" (da1yuqin.github.io): a short tag
  /// in brackets right before the bracketed or linked title is the item's tag.
  private func claimLeadingBracketTag(in text: inout EntryText) -> [String] {
    // NB: what a tag before it already claimed (a code tag) is passed over.
    guard let (tag, _) = text.leadingBracketTag(skippingClaimed: true) else { return [] }
    let value = text.text((tag.lowerBound + 1)..<(tag.upperBound - 1)).collapsingWhitespace()
    guard !value.isEmpty, !catalog.mentions(in: value).isEmpty || !VenueCatalog.years(in: value).isEmpty else { return [] }
    text.claim(tag)
    return [value]
  }

  /// "IJFCC", "TOSEM": one acronym in capitals, the venue tag that opens an AcadHomepage list
  /// item (`` ``IJFCC`` [Title](…), Names ``) when the venue's lists do not know it; a link
  /// label ("PDF") is none.
  static func isAcronymTag(_ value: String) -> Bool {
    (3...12).contains(value.count) && value.allSatisfy { $0.isASCII && ($0.isUppercase || $0 == "-" || $0 == "&") }
      && value.first?.isLetter == true && !TitleFinder.isLinkLabel(value)
  }

  /// "I-J-9", "C-J-5", "J12", "C3": letters and a number, with hyphens, and no year (a lab's
  /// numbering of its journal and conference papers).
  static func isEntryLabel(_ value: String) -> Bool {
    (2...8).contains(value.count) && value.last?.isASCIIDigit == true
      && value.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
      && value.prefix(while: \.isLetter).count <= 2 && VenueCatalog.years(in: value).isEmpty
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

  /// "Title (**Journal of Statistical Theory and Practice**, 2019)", "Title (Under review in
  /// **Cell**)", "Title (**Near submission**)": where the paper is, in parentheses after its
  /// title. A parenthesis with bold text or a status in it is no part of the title.
  /// NB: the title's range may stop inside the parenthesis ("… Ratio (**Journal**" before
  /// ", 2019).").
  private func splitTrailingParenthetical(_ range: Range<Int>, in text: EntryText) -> (Range<Int>, String?) {
    var close = range.upperBound - 1
    while close > range.lowerBound, " .".contains(text.characters[close].character) { close -= 1 }
    let isClosed = text.characters[close].character == ")"
    guard let open = text.characters[range.lowerBound..<(isClosed ? close : range.upperBound)].lastIndex(where: { $0.character == "(" }),
      open > range.lowerBound, isClosed || !text.characters[open..<range.upperBound].contains(where: { $0.character == ")" })
    else { return (range, nil) }
    let inside = text.text((open + 1)..<(isClosed ? close : range.upperBound))
    let lower = inside.lowercased()
    // NB: years alone say nothing: "… comparative analysis (2023–2025)" is the title's.
    // NB: bold that stands out from a plain title; a bold title's own parenthesis is its
    // translation ("<b>金沙江…过程(Evolution of the 2018 Baige Landslides …)</b>", HuangWBill.github.io).
    let isPlace =
      (!text.characters[range.lowerBound].style.contains(.bold)
        && text.characters[(open + 1)..<(isClosed ? close : range.upperBound)].contains { $0.style.contains(.bold) })
      || Self.statusWords.contains(where: lower.containsBytes)
    var end = open
    while end > range.lowerBound, text.characters[end - 1].character == " " { end -= 1 }
    // NB: "Title (Fall round, 30/367=8.17%)" (WeijunAlexWang.github.io): an acceptance rate is
    // no part of the title, nor a venue.
    if Self.isAcceptanceRate(inside), TitleFinder.isTitleLike(text.text(range.lowerBound..<end)) {
      return (range.lowerBound..<end, nil)
    }
    guard isPlace, TitleFinder.isTitleLike(text.text(range.lowerBound..<end)) else { return (range, nil) }
    return (range.lowerBound..<end, inside)
  }

  /// "83/666=12.5%", "acceptance rate: 21%": papers accepted out of those submitted.
  private static func isAcceptanceRate(_ inside: String) -> Bool {
    guard inside.contains("%") else { return false }
    let lower = inside.lowercased()
    return lower.contains("acceptance") || lower.contains("accept rate")
      || inside.firstMatch(of: /[0-9]+ *\/ *[0-9]+/) != nil
  }

  private static let statusWords = ["under review", "submission", "submitted", "under revision", "accepted", "in press", "to appear"]

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
    return Self.withoutLeadingYear(title.trimmed())
  }

  /// The title without the year that opens it: "Names, 2026. Title, Journal" and "Names 2025.
  /// Title. Journal" put the year between the names and the title (ruishengwang.github.io).
  static func withoutLeadingYear(_ title: String) -> String {
    let utf8 = Array(title.utf8.prefix(6))
    guard utf8.count == 6, VenueCatalog.fourDigitYear(String(decoding: utf8[0..<4], as: UTF8.self)) != nil,
      utf8[4] == UInt8(ascii: ".") || utf8[4] == UInt8(ascii: ","), utf8[5] == UInt8(ascii: " ")
    else { return title }
    let rest = String(title.utf8.dropFirst(6))?.trimmed() ?? title
    return TitleFinder.isTitleLike(rest) ? rest : title
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

  /// The kind a heading gives its entries: "Conference Papers", "Refereed Conference
  /// Proceedings" → conference; "Journal Articles" → journal; nil for "Journal and Conference
  /// Papers" and any other heading.
  private func headingKind(_ section: PageSection) -> Venue.Kind? {
    // NB: the nearest heading that says: "## 🏷️ Conference Paper" › "### Co-Authored
    // Publications" (IEMCS-Lab.github.io) lists conference papers.
    for heading in section.headings.reversed().map({ $0.lowercased() }) {
      let isConference = ["conference", "proceedings"].contains(where: heading.containsBytes)
      let isJournal = heading.containsBytes(of: "journal")
      if isConference != isJournal { return isConference ? .conference : .journal }
    }
    return nil
  }

  /// The year of a heading such as "### 2024" or "2024 (5 papers)", for an entry that gives none;
  /// "2021 and before" gives none.
  private func headingYear(_ section: PageSection) -> Int? {
    guard let heading = section.headings.last, case let years = VenueCatalog.years(in: heading), years.count == 1,
      heading.filter(\.isLetter).count <= 12,
      !["before", "earlier", "older", "prior"].contains(where: heading.lowercased().containsBytes)
    else { return nil }
    return years[0]
  }

  /// Link labels (`[paper]`, `Code`) are not venue text.
  private func claimLinkLabels(in text: inout EntryText, links: [EntryLink]) {
    for (range, _) in text.linkRuns() where TitleFinder.isLinkLabel(text.text(range)) {
      text.claim(range)
    }
  }

  /// The words in brackets that open the entry ("[Patent]", "【专利】"), if any.
  private static func openingBracket(of text: EntryText) -> String? {
    guard let open = text.characters.firstIndex(where: { !$0.character.isWhitespace }),
      text.characters[open].character == "[" || text.characters[open].character == "【",
      let close = text.characters[(open + 1)...].prefix(24).firstIndex(where: { $0.character == "]" || $0.character == "】" })
    else { return nil }
    return text.text((open + 1)..<close)
  }

  /// A tag that files the item as a patent: "Chinese Patent", "US Patent", "发明专利".
  private static func isPatentTag(_ tag: String) -> Bool {
    let words = tag.lowercased().split { !$0.isLetter }
    return words.contains { $0 == "patent" || $0 == "patents" } || tag.contains("专利")
  }

  /// The note that names a paragraph read as prose by its first eight words.
  private func proseNote(_ entry: StyledEntry) -> Diagnostic {
    let words = entry.characters.text.split(whereSeparator: \.isWhitespace)
    let opening = words.prefix(8).joined(separator: " ") + (words.count > 8 ? " …" : "")
    return Diagnostic(.note, at: SourceLocation(file: file, line: entry.line), .proseParagraph(opening: opening))
  }

  /// Whether an item without a title still reads like a publication, so dropping it needs a
  /// warning: a venue badge, a link in a long enough item, or a sentence of four words or more
  /// that is not the list's legend ("† : Equal Contribution") or a pointer to the whole list
  /// ("Full publications can be seen [here](…scholar.google.com…)").
  private func hasSubstance(_ entry: StyledEntry, _ text: EntryText, badges: [String]) -> Bool {
    let written = text.text(0..<text.characters.count)
    let lower = written.lowercased()
    let isLegend = written.count <= 120 && ["equal contribution", "corresponding author"].contains(where: lower.containsBytes)
    let isPointer = written.count <= 200 && Self.listPointerWords.contains(where: lower.containsBytes)
    return !badges.isEmpty
      || !isPointer
        && ((!entry.links.isEmpty && text.characters.count > 20)
          || (written.split(whereSeparator: \.isWhitespace).count >= 4 && !isLegend))
  }

  /// A short sentence with no year that sends the reader to the whole list elsewhere.
  private static func isListPointer(_ written: String) -> Bool {
    written.count <= 80 && VenueCatalog.years(in: written).isEmpty
      && listPointerWords.contains(where: written.lowercased().containsBytes)
  }

  /// Words of a sentence that sends the reader to the whole list elsewhere.
  private static let listPointerWords = [
    "google scholar", "full list", "full publication", "complete list", "all publications", "publication list",
  ]

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
