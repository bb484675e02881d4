/// Where an entry's author list is and who is on it.
extension EntryInterpreter {
  /// The author list: an element marked as authors, the italic list of an `<li>`, the rest of
  /// the title's line, the next lines, or the text before the title (APA, IEEE, GB/T).
  func findAuthors(in text: inout EntryText, after title: Range<Int>) -> AuthorListParser.Result? {
    var candidates: [Range<Int>] = []
    candidates += text.runs(with: .authorsHint)
    // NB: one word set in bold italics ("**_Neurocomputing_**") is a venue, not an emphasised owner.
    candidates += text.runs(with: .italic).filter { range in
      let written = text.text(range)
      // NB: "*In AIAA Aviation, Chicago, IL, June 2022*": the venue after its lead-in.
      guard !Self.opensWithVenueLeadIn(written) else { return false }
      // NB: "*Design, Automation and Test in Europe Conference (DATE), 2024*" (wh-xu.github.io):
      // an italic venue with commas names no one.
      guard catalog.mentions(in: written).isEmpty, VenueCatalog.years(in: written).isEmpty else { return false }
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
      let slice = text.characters[span.lowerBound..<min(citationYearStart(in: text, span), italicVenueStart(in: text, span))]
      guard let parsed = AuthorListParser.parse(slice, requireSeveral: true) else { continue }
      let result = withoutTrailingJournal(parsed, from: span.lowerBound, in: text)
      var listed = span.lowerBound..<(span.lowerBound + result.length)
      // NB: "…, Lichao Sun (AAAI 26 Demo Track)": the venue in parentheses after the last name
      // is left to the venue, not claimed with the names.
      if let open = trailingParenthesis(of: listed, in: text) { listed = listed.lowerBound..<open }
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

  /// Where a parenthesis that closes `range` opens, when it names a venue and the text before
  /// it names none.
  private func trailingParenthesis(of range: Range<Int>, in text: EntryText) -> Int? {
    guard let close = range.last(where: { !text.characters[$0].character.isWhitespace }), text.characters[close].character == ")",
      let open = range.last(where: { text.characters[$0].character == "(" }), open > range.lowerBound,
      !catalog.mentions(in: text.text(open..<range.upperBound)).isEmpty,
      catalog.mentions(in: text.text(range.lowerBound..<open)).isEmpty
    else { return nil }
    return open
  }

  /// "*Contemporary Finance and Economics*": italic words without a comma read like two people
  /// but are a journal (APA and Chicago set the venue in italics); an italic author list
  /// separates its names with commas.
  func isItalicPhrase(_ range: Range<Int>, in text: EntryText) -> Bool {
    let letters = text.characters[range].filter { $0.character.isLetter }
    return !letters.isEmpty && letters.allSatisfy { $0.style.contains(.italic) }
      && !text.characters[range].contains { $0.character == "," && $0.style.contains(.italic) }
  }

  /// "In AIAA Aviation", "In Proceedings of …", "In the 14th …": "In" and then no name ("In So
  /// Kweon" is one).
  static func opensWithVenueLeadIn(_ text: String) -> Bool {
    let words = text.trimmed().split(separator: " ").prefix(2)
    guard words.count == 2, words[0] == "In" || words[0] == "in" else { return false }
    let next = words[1]
    return next.count >= 2 && next.allSatisfy({ $0.isUppercase || $0.isNumber || "/-".contains($0) })
      || ["proceedings", "proc.", "the", "proceeding"].contains(next.lowercased())
  }

  /// A line of names that ends with a comma goes on with the next ("**Runze Suo**," / "**Wanqi
  /// Zhou**, …"), and so does one wrapped inside a name ("…, Yingqian Min, Beichen" / "Zhang,
  /// Junjie Zhang, …": Markdown joins the lines of a paragraph): the range of both.
  func continuedOverTrailingComma(_ line: Range<Int>, lineIndex: Int, in text: EntryText) -> Range<Int> {
    var range = line
    var index = lineIndex
    while index + 1 < text.lines.count,
      let last = text.characters[range].lastIndex(where: { !" *_".contains($0.character) }),
      text.characters[last].character == ","
        || isWrappedInsideName(text.lines[index], next: text.lines[index + 1], in: text)
    {
      index += 1
      range = range.lowerBound..<text.lines[index].upperBound
    }
    return range
  }

  /// Whether a names line breaks between the two words of a name: the line lists names with
  /// commas and ends with one bare word, and the next line opens with one word and a comma.
  private func isWrappedInsideName(_ line: Range<Int>, next: Range<Int>, in text: EntryText) -> Bool {
    let written = text.text(line).trimmed()
    let following = text.text(next).trimmed()
    guard written.filter({ $0 == "," }).count >= 2, let end = written.last, end.isLetter,
      let lastComma = written.lastIndex(of: ","), let nextComma = following.firstIndex(of: ",")
    else { return false }
    let tail = written[written.index(after: lastComma)...].trimmed()
    let head = following[..<nextComma]
    return Self.isBareNameWord(tail) && Self.isBareNameWord(head)
  }

  /// One capitalised word of letters ("Beichen", "Zhang"): half of a name, never a whole one.
  private static func isBareNameWord<S: StringProtocol>(_ word: S) -> Bool {
    guard let first = word.first, first.isUppercase, word.count >= 2 else { return false }
    return word.allSatisfy { $0.isLetter || $0 == "-" }
  }

  /// "…, Jian Yang, Pattern Recognition, 93: 283-292, 2019.": a journal's name after the last
  /// author reads like one more person; it is the venue, and the list ends before it.
  func withoutTrailingJournal(_ parsed: AuthorListParser.Result, from start: Int, in text: EntryText)
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

  /// Whether `range` is an author list and nothing else but punctuation, or APA's year in
  /// parentheses ("**Chen, S.**, Park, C., & Sun, Y. (2023).").
  func isWholeNameList(_ range: Range<Int>, in text: EntryText) -> Bool {
    let span = skipLeadingPunctuation(range, in: text)
    let yearStart = citationYearStart(in: text, span)
    guard !span.isEmpty, span.upperBound == range.upperBound,
      let names = AuthorListParser.parse(text.characters[span.lowerBound..<yearStart], requireSeveral: true)
    else { return false }
    let isPunctuation = { (c: StyledCharacter) in " .,:;\u{A0}".contains(c.character) }
    guard text.characters[(span.lowerBound + names.length)..<yearStart].allSatisfy(isPunctuation) else { return false }
    guard yearStart < span.upperBound else { return true }
    // The year's parenthesis, then only punctuation.
    guard let close = text.characters[yearStart..<span.upperBound].firstIndex(where: { $0.character == ")" }), close - yearStart <= 20
    else { return false }
    return text.characters[(close + 1)..<span.upperBound].allSatisfy(isPunctuation)
  }

  /// Where `(2021` or `(2021, May)` starts in `span`: APA puts the year right after the names.
  func citationYearStart(in text: EntryText, _ span: Range<Int>) -> Int {
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

  /// Where an italic venue after the names starts in `span` ("…, Dai Zhou, _Energy_, 2024, 287"
  /// or "… and Tsubasa Okaze, _Building and Environment_, 2021"): an italic run after a comma,
  /// followed by a number (the year or the volume). An italic name in the list is followed by
  /// more names or ends the list.
  func italicVenueStart(in text: EntryText, _ span: Range<Int>) -> Int {
    let characters = text.characters
    guard let first = characters[span].first(where: { $0.character != " " }), !first.style.contains(.italic) else {
      return span.upperBound
    }
    var i = span.lowerBound + 1
    while i < span.upperBound {
      defer { i += 1 }
      guard characters[i].style.contains(.italic), !characters[i - 1].style.contains(.italic),
        let comma = characters[span.lowerBound..<i].lastIndex(where: { $0.character != " " }),
        characters[comma].character == ","
      else { continue }
      let end = characters[i..<span.upperBound].firstIndex { !$0.style.contains(.italic) } ?? span.upperBound
      let next = characters[end..<span.upperBound].first { !" ,.;:".contains($0.character) }
      if next?.character.isASCIIDigit == true { return comma }
    }
    return span.upperBound
  }

  /// The owner named alone in bold on a line under the title ("**Yuanchao Li**. The 12th Honda
  /// R&D Technical Forum. 2019", yc-li20.github.io): a list of one, which the name-list parser
  /// (two names, or one set apart by a comma) does not take.
  func soleOwner(in text: inout EntryText, after title: Range<Int>) -> AuthorListParser.Result? {
    guard let titleLine = text.lineIndex(of: title.lowerBound) else { return nil }
    for line in text.lines.dropFirst(titleLine + 1).prefix(3) {
      guard let range = TitleFinder.ownerAlone(opening: line, in: text), !text.claimed[range.lowerBound] else { continue }
      text.claim(range)
      let (name, markers) = AuthorListParser.stripMarkers(text.text(range))
      return AuthorListParser.Result(
        people: [Person(name: name, asWritten: text.text(range), isHighlighted: true, markers: markers)], isTruncated: false,
        length: range.count)
    }
    return nil
  }

  func skipLeadingPunctuation(_ range: Range<Int>, in text: EntryText) -> Range<Int> {
    var lower = range.lowerBound
    // NB: a title's closing quote ("Title", A. Author, …) or bracket ("[Title]. **Di Wang**",
    // wdi-nancy.github.io) is no part of the names after it.
    // NB: and an emoji ("🧑‍🎓 **Boyu Ning**, …"): a picture before the names is none of them.
    while lower < range.upperBound,
      text.claimed[lower] || " ,.:;-–—|\"”]\u{A0}".contains(text.characters[lower].character)
        || text.characters[lower].character.isEmoji
    {
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
}
