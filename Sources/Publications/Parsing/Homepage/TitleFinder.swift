/// Finds an entry's title, trying the shapes pages use from the most to the least explicit.
///
/// 1. a heading (`<h3>` in restyled paper-boxes);
/// 2. in an HTML `<li>`, the first bold run that is not a name;
/// 3. the first link whose text is a title, not a label such as `[paper]` or `Code`;
/// 4. the sentence after an author list that opens the entry and ends with a full stop
///    (`Names. Title. Venue, Year.`: Vancouver, ACS, plain lists);
/// 5. the first bold run that reads as a title (not a venue, not a name);
/// 6. a quoted title (IEEE style, `"Title,"`);
/// 7. APA: the sentence after `(2025).`;
/// 8. GB/T 7714: the sentence before `[J]`, `[C]`, `[M]`;
/// 9. an italic title right after the author list (`Names, <em>Title</em>, Venue, Year`);
/// 10. a comma-separated citation: the first piece after the author names that is not a name;
/// 11. the text before an italic venue;
/// 12. a title written before the names: `Title, A. Author, B. Author*, IEEE TPAMI 2025`;
/// 13. the sentence before the names: `Title. A. Author, et al. 2025`;
/// 14. the line above a line of names.
enum TitleFinder {
  /// The character range of the title in `text`, or nil.
  static func find(in text: EntryText, shape: StyledEntry.Shape, catalog: VenueCatalog) -> Range<Int>? {
    let candidates: [() -> Range<Int>?] = [
      { text.runs(with: .heading).first(where: { isTitleLike(text.text($0)) }) },
      { shape == .htmlListItem ? boldTitle(in: text, catalog: catalog, avoidingItalic: true) : nil },
      { linkTitle(in: text, catalog: catalog) },
      { bracketedTitleAfterTag(in: text) },
      { bracketedTitle(in: text) },
      { sentenceAfterNames(in: text, catalog: catalog) },
      { boldTitle(in: text, catalog: catalog, avoidingItalic: false) },
      { quotedTitle(in: text) },
      { apaTitle(in: text) },
      { gbtTitle(in: text) },
      { italicTitleAfterNames(in: text, catalog: catalog) },
      { citationTitle(in: text, catalog: catalog) },
      { titleBeforeItalicVenue(in: text, catalog: catalog) },
      { titleBeforeNames(in: text) },
      { sentenceBeforeNames(in: text) },
      { firstLineAboveNames(in: text) },
    ]
    for candidate in candidates {
      guard let range = candidate() else { continue }
      return trimmed(withoutClosingHonour(withoutOpeningMarks(range, in: text), in: text), in: text)
    }
    return nil
  }

  /// The title without the marks a list sets before it: the stop after a venue badge
  /// (`<badge>arXiv 2026</badge>. Title`), a ranking note (`<badge>NSDI</badge> (CCF-A). Title`,
  /// WeijunAlexWang.github.io) or a presentation note ("`ACM-MM 2024` (Oral) PIP: …",
  /// "`EMNLP 2025` (Findings) …", btzyd.github.io). The notes stay in the entry's text, where
  /// the venue reads them.
  private static func withoutOpeningMarks(_ range: Range<Int>, in text: EntryText) -> Range<Int> {
    var start = range.lowerBound
    while start < range.upperBound {
      let character = text.characters[start].character
      if " .,:".contains(character) {
        start += 1
        continue
      }
      guard "([".contains(character),
        let close = text.characters[start..<min(range.upperBound, start + 40)].firstIndex(where: { ")]".contains($0.character) }),
        isOpeningNote(text.text((start + 1)..<close).trimmed())
      else { break }
      start = close + 1
    }
    return start > range.lowerBound && isTitleLike(text.text(start..<range.upperBound)) ? start..<range.upperBound : range
  }

  /// "CCF-A", "JCR Q1", "Oral", "Findings": a note that may open a title's line.
  private static func isOpeningNote(_ note: String) -> Bool {
    ReferenceMarkup.isRankingNote(note) || note.lowercased() == "findings"
      || Vocabulary.presentationNotes.contains { $0.lowercased() == note.lowercased() }
  }

  /// The title without an honour or presentation note set after its full stop: "Efficient LLM
  /// Edge Collaboration Deployment with LoRA. <span class="award">Best Student Paper
  /// Award</span>" (WeijunAlexWang.github.io). The note stays in the entry's text.
  private static func withoutClosingHonour(_ range: Range<Int>, in text: EntryText) -> Range<Int> {
    guard let dot = text.characters[range].lastIndex(where: { $0.character == "." }), dot + 1 < range.upperBound,
      text.characters[dot + 1].character == " "
    else { return range }
    let note = text.text((dot + 1)..<range.upperBound).trimming(" .")
    let isNote = Vocabulary.presentationNotes.contains { $0.lowercased() == note.lowercased() }
    guard isNote || (note.count <= 40 && Vocabulary.isHonour(note)), isTitleLike(text.text(range.lowerBound..<dot)) else { return range }
    return range.lowerBound..<dot
  }

  /// Whether a link's text is a label (`[paper]`, `Code`, `Project Page`, `📦Code`, `PKU
  /// News`) rather than a title.
  static func isLinkLabel(_ label: String) -> Bool {
    // NB: emoji and brackets around the word ("📦**Code**", "🤗Huggingface") are no part of it.
    // NB: "Dataset&Code", "Paper/Code": two labels joined are a label.
    let written = withoutEdgeSymbols(label).split { $0.isWhitespace || $0 == "&" || $0 == "/" || $0 == "+" }
    let words = written.map { $0.lowercased() }
    if words.isEmpty || Vocabulary.linkLabels.contains(words.joined(separator: " ")) { return true }
    // "[[**ProjectPage**]]" (aaronliu0702.github.io): words written together, each capitalised.
    if let spaced = camelCaseSpaced(label) { return isLinkLabel(spaced) }
    guard words.count <= 3 else { return false }
    let isLabelWord = { (word: String) in Vocabulary.linkLabels.contains(word) }
    if words.allSatisfy({ isLabelWord($0) || $0.count <= 2 }) { return true }
    // "PKU News", "MIT News": a label word and an acronym written in capitals.
    return words.contains(where: isLabelWord)
      && zip(words, written).allSatisfy { word, original in
        isLabelWord(word) || word.count <= 2 || (original.count <= 5 && original.allSatisfy { $0.isUppercase || $0.isNumber })
      }
  }

  /// "ProjectPage" as "Project Page": a space before each capital that follows a small letter;
  /// nil when there is none.
  private static func camelCaseSpaced(_ text: String) -> String? {
    var spaced = ""
    var previous: Character = " "
    var changed = false
    for character in text {
      if character.isUppercase, previous.isLowercase {
        spaced.append(" ")
        changed = true
      }
      spaced.append(character)
      previous = character
    }
    return changed ? spaced : nil
  }

  /// `text` without the characters that are neither letters nor digits at its two ends.
  private static func withoutEdgeSymbols(_ text: String) -> String {
    let isWord: (Character) -> Bool = { $0.isLetter || $0.isNumber }
    guard let first = text.firstIndex(where: isWord), let last = text.lastIndex(where: isWord) else { return "" }
    return String(text[first...last])
  }

  /// Three or more words, or a word with a colon (`MuVER: …`), and some letters.
  static func isTitleLike(_ raw: String) -> Bool {
    let text = raw.collapsingWhitespace().trimming("\"“”'. ,")
    let words = text.split(separator: " ")
    guard text.contains(where: \.isLetter), !isLinkLabel(text) else { return false }
    return words.count >= 3 || (words.count >= 1 && text.count >= 12 && !text.contains("@"))
  }

  private static func boldTitle(in text: EntryText, catalog: VenueCatalog, avoidingItalic: Bool) -> Range<Int>? {
    for range in text.runs(with: .bold) {
      if avoidingItalic, text.characters[range.lowerBound].style.contains(.italic) { continue }
      if text.characters[range.lowerBound].style.contains(.authorsHint) { continue }
      // NB: a badge set in bold (`<div class="badge" style="font-weight: bold;">ACL 2026
      // (CCF-A)</div>`, aaronliu0702.github.io) names the venue, never the paper.
      if text.characters[range.lowerBound].style.contains(.badge) { continue }
      let value = text.text(range)
      guard isTitleLike(value), !isNameList(value), !isSingleName(value) else { continue }
      // "**Received Best Paper Award:** Names, **Title**", "🏆 ESI 高被引论文" set in bold after
      // the venue (NianWang-HJJGCDX.github.io): an honour is a note, not the title.
      if Vocabulary.isHonour(value) { continue }
      // `**NeurIPS 2024**`, `**Under Review**` and `**Chemical Engineering Journal**` are venue
      // lines, not titles.
      if isVenueLine(value, catalog: catalog) || isShortVenueWithYear(value) { continue }
      return range
    }
    return nil
  }

  /// `Zhou Wei, **Chen Lin**, Wang Fang. Title words. *Journal*, 2023.` and the ACS
  /// `Zhang, W.; Lin, M.*. *Title.* **Journal** 2023, 412, 1.`: the sentence (or the italic run)
  /// right after a full stop that ends an author list opening the first line.
  private static func sentenceAfterNames(in text: EntryText, catalog: VenueCatalog) -> Range<Int>? {
    guard let line = text.lines.first else { return nil }
    var start = line.lowerBound
    while start < line.upperBound, text.claimed[start] || " \u{A0}".contains(text.characters[start].character) { start += 1 }
    start = afterTag(in: text, at: start, limit: line.upperBound)
    guard start < line.upperBound, let names = AuthorListParser.parse(text.characters[start..<line.upperBound], requireSeveral: true)
    else { return nil }
    let listEnd = start + names.length
    guard listEnd > start, listEnd < line.upperBound, text.characters[listEnd - 1].character == "." else { return nil }
    var titleStart = listEnd
    while titleStart < line.upperBound, text.characters[titleStart].character == " " { titleStart += 1 }
    // NB: "Guo R, Lin Z, et al., *Title*, …" and "Siemering, K.R., et al., Title. Curr Biol":
    // the comma after "et al." opens the title.
    if titleStart < line.upperBound, text.characters[titleStart].character == "," {
      titleStart += 1
      while titleStart < line.upperBound, text.characters[titleStart].character == " " { titleStart += 1 }
    }
    guard titleStart < line.upperBound else { return nil }
    var titleEnd = sentenceEnd(in: text, from: titleStart, limit: line.upperBound)
    if text.characters[titleStart].style.contains(.italic),
      let italicEnd = text.characters[titleStart..<line.upperBound].firstIndex(where: { !$0.style.contains(.italic) })
    {
      titleEnd = min(titleEnd, italicEnd)
    }
    // GB/T 7714 closes the title with its document type: "Title[J]. Journal, 2022", and
    // "Title[C]//Findings of the …: EMNLP 2025. 2025: 1–3.", whose sentence goes on past it.
    if let tag = gbtTags.lazy.compactMap({ firstIndex(of: $0, in: text.characters, titleStart..<titleEnd) }).min() {
      titleEnd = tag
    }
    if titleEnd > titleStart, text.characters[titleEnd - 1].character == "]",
      let open = text.characters[max(titleStart, titleEnd - 8)..<titleEnd].lastIndex(where: { $0.character == "[" })
    {
      titleEnd = open
    }
    // "Names. Title, IEEE Wireless Communication Magazine, 2019.": a sentence that goes on
    // past the title to the venue.
    if let comma = commaBeforeVenue(in: text, from: titleStart, limit: titleEnd, catalog: catalog),
      isTitleLike(text.text(titleStart..<comma))
    {
      titleEnd = comma
    }
    let title = text.text(titleStart..<titleEnd)
    guard isTitleLike(title), !isVenueLine(title, catalog: catalog) else { return nil }
    return titleStart..<titleEnd
  }

  /// `Names, <em>Title</em>, Venue, Year`: the first italic run, when it reads as a title (not a
  /// venue, not names) and everything before it is the author list.
  private static func italicTitleAfterNames(in text: EntryText, catalog: VenueCatalog) -> Range<Int>? {
    guard let range = text.runs(with: .italic).first(where: { !text.claimed[$0.lowerBound] }) else { return nil }
    let value = text.text(range)
    guard isTitleLike(value), !isNameList(value), !isVenueLine(value, catalog: catalog) else { return nil }
    var start = 0
    while start < range.lowerBound, text.claimed[start] || text.characters[start].character.isWhitespace { start += 1 }
    var end = range.lowerBound
    while end > start, text.characters[end - 1].character.isWhitespace || text.characters[end - 1].character == "," {
      end -= 1
    }
    if end <= start { return isOpeningTitle(range, in: text) ? range : nil }
    guard let names = AuthorListParser.parse(text.characters[start..<end]), start + names.length >= end else { return nil }
    return range
  }

  /// "Unital associahedra, *Forum Math.* **26** (2014), 593–620.": with no author list (the
  /// page's owner is not written), the plain words opening the entry before an italic journal
  /// are the title.
  private static func titleBeforeItalicVenue(in text: EntryText, catalog: VenueCatalog) -> Range<Int>? {
    guard let italic = text.runs(with: .italic).first(where: { !text.claimed[$0.lowerBound] }),
      isVenueLine(text.text(italic).trimming(" .,"), catalog: catalog)
    else { return nil }
    var start = 0
    while start < italic.lowerBound, text.claimed[start] || text.characters[start].character.isWhitespace { start += 1 }
    // NB: back over what is claimed too: ", with P. Humphries and S. Shekatkar." names co-authors.
    var end = italic.lowerBound
    while end > start, text.claimed[end - 1] || " ,.".contains(text.characters[end - 1].character) { end -= 1 }
    guard end > start, !(start..<end).contains(where: { text.claimed[$0] }) else { return nil }
    let value = text.text(start..<end)
    guard isTitleLike(value), !isNameList(value), isOpeningTitle(start..<end, in: text) else { return nil }
    return start..<end
  }

  /// "*Unital associahedra*, Forum Math. 26 (2014), 593–620.": a mathematician's list names no
  /// author (the page's owner), so the italic run that opens the entry is the title when the
  /// reference goes on after a comma or full stop and gives a year.
  private static func isOpeningTitle(_ range: Range<Int>, in text: EntryText) -> Bool {
    let rest = String(text.characters.indices[range.upperBound...].lazy.filter { !text.claimed[$0] }.map { text.characters[$0].character })
    guard let next = rest.first(where: { !$0.isWhitespace }), next == "," || next == "." else { return false }
    return !VenueCatalog.years(in: rest).isEmpty
  }

  /// Whether `value` is mostly a venue's name (`NeurIPS 2024`, `Chemical Engineering Journal`).
  /// `**ACMMM 2026 Workshop**`, `**ABC 2025 Oral**`: a few words around a year, the rest naming a
  /// kind of venue or written in capitals, name a venue the catalogue may not know; a title of
  /// four words or fewer rarely holds a year.
  private static func isShortVenueWithYear(_ value: String) -> Bool {
    let words = value.split(whereSeparator: { $0 == " " || $0 == "," }).map { String($0).trimming("()[].:") }
    guard (2...4).contains(words.count), let yearIndex = words.firstIndex(where: { Int($0).map { (1950...2100).contains($0) } ?? false })
    else { return false }
    let others = words.indices.filter { $0 != yearIndex }.map { words[$0] }
    return VenueName.kind(ofName: value) != nil
      || others.allSatisfy { $0.count >= 2 && $0.allSatisfy { $0.isUppercase || $0.isNumber } }
  }

  /// "NeurIPS 2025", "EMNLP 2026" on a line of its own or before a linked title: a few words
  /// with a year and no comma, the tag that opens an item. NB: looser than
  /// `isShortVenueWithYear`, which decides whether bold text is a title or a venue.
  static func isVenueTag(_ text: String) -> Bool {
    !text.contains(",") && text.split(whereSeparator: \.isWhitespace).count <= 4 && !VenueCatalog.years(in: text).isEmpty
  }

  private static func isVenueLine(_ value: String, catalog: VenueCatalog) -> Bool {
    if JournalList.standard.fullName(of: value.trimming(" .,")) != nil { return true }
    let mentions = catalog.mentions(in: value)
    let letters = value.filter(\.isLetter).count
    let venueLetters = mentions.reduce(0) { $0 + $1.matchedText.filter(\.isLetter).count }
    return !mentions.isEmpty && venueLetters * 2 >= letters
  }

  /// "``ICANN`` [NAS-Bench-Compre: A Comprehensive …]. **Di Wang**, …" (wdi-nancy.github.io):
  /// a title in brackets that were to be a link, first on the line after the item's tag.
  private static func bracketedTitle(in text: EntryText) -> Range<Int>? {
    guard let (open, line) = text.firstText(skippingClaimed: true),
      text.characters[open].character == "[", text.characters[open].link == nil,
      let close = text.characters[(open + 1)..<line.upperBound].firstIndex(where: { "[]".contains($0.character) }),
      text.characters[close].character == "]", close + 1 < line.upperBound, ".,".contains(text.characters[close + 1].character)
    else { return nil }
    let range = (open + 1)..<close
    let title = text.text(range)
    return isTitleLike(title) && title.split(separator: " ").count >= 3 && !isNameList(title) ? range : nil
  }

  /// "[arXiv26][DAGENT: Optimizing Multi-Hop RAG as Executable Reasoning Workflows]" opening
  /// the entry (da1yuqin.github.io): a short tag in brackets, then the title in brackets with
  /// no link.
  private static func bracketedTitleAfterTag(in text: EntryText) -> Range<Int>? {
    // NB: the tag may be claimed already (as the item's tag).
    guard let (tag, line) = text.leadingBracketTag(skippingClaimed: false), text.characters[tag.upperBound].character == "[",
      let end = text.characters[(tag.upperBound + 1)..<line.upperBound].firstIndex(where: { $0.character == "]" })
    else { return nil }
    let range = (tag.upperBound + 1)..<end
    return isTitleLike(text.text(range)) ? range : nil
  }

  private static func quotedTitle(in text: EntryText) -> Range<Int>? {
    // NB: mixed pairs last: a title typed `"…”` (an editor changed one quote) is still quoted.
    let pairs: [(Character, Character)] = [("“", "”"), ("\"", "\""), ("‘", "’"), ("\"", "”"), ("“", "\"")]
    for (lineIndex, line) in text.lines.enumerated() {
      // NB: a quoted title may wrap onto the next lines ("Lifeisgood: Learning Invariant" /
      // "Features via …," mozhenling.github.io): its closing quote is looked for up to two
      // lines on.
      let reach = text.lines[min(lineIndex + 2, text.lines.count - 1)].upperBound
      for (open, close) in pairs {
        guard let start = text.characters[line].firstIndex(where: { $0.character == open }) else { continue }
        guard let end = text.characters[(start + 1)..<reach].firstIndex(where: { $0.character == close })
        else { continue }
        let range = (start + 1)..<end
        if isTitleLike(text.text(range)), !followsWord(start, in: text, line: line) { return range }
      }
    }
    return nil
  }

  /// Whether the quote at `index` comes right after a lower-case word: a phrase quoted inside a
  /// title ("Lessons from the “Japan paradox.”"), not a quoted title, which follows the names'
  /// comma or full stop.
  private static func followsWord(_ index: Int, in text: EntryText, line: Range<Int>) -> Bool {
    var i = index - 1
    while i >= line.lowerBound, text.characters[i].character == " " { i -= 1 }
    return i >= line.lowerBound && text.characters[i].character.isLowercase
  }

  /// `Authors (2025). Title. Journal, 1(2).` or `(2019, July).`: the year's parenthesis ends in
  /// a full stop ("China (1985–2009): Evidence …" is a title's own years), or follows names
  /// written in Chinese characters alone ("杨雯婷, 孙建华, 傅慎明 (2024) 1981～2020 年华南地区…研究.
  /// 大气科学 48(3)", jhsunlab.github.io).
  private static func apaTitle(in text: EntryText) -> Range<Int>? {
    for (number, line) in text.lines.enumerated() {
      let chars = text.characters
      var i = line.lowerBound
      while i + 6 < line.upperBound {
        if chars[i].character == "(", VenueCatalog.fourDigitYear(chars[(i + 1)..<(i + 5)].text) != nil,
          let close = chars[(i + 5)..<line.upperBound].firstIndex(where: { $0.character == ")" }), close - i < 20,
          close + 1 < line.upperBound,
          chars[close + 1].character == "." || chars[close + 1].character == " " && isNamesBeforeYear(text.text(line.lowerBound..<i))
        {
          var start = close + 1
          var limit = line.upperBound
          while start < limit, chars[start].character == "." || chars[start].character == " " { start += 1 }
          // NB: names and year on a line of their own, the title on the next ("Beer, C., &
          // Wright, L. T. (2016).  " / "Better together? A hospitality case …").
          if start == limit, number + 1 < text.lines.count { (start, limit) = (text.lines[number + 1].lowerBound, text.lines[number + 1].upperBound) }
          let end = apaSentenceEnd(in: text, from: start, limit: limit)
          if end > start, isTitleLike(text.text(start..<end)) { return start..<end }
        }
        i += 1
      }
    }
    return nil
  }

  /// Where an APA title ends: its sentence end, or past a question in it ("Better together? A
  /// hospitality case …") when the next sentence ends the line or the italic venue follows it.
  private static func apaSentenceEnd(in text: EntryText, from start: Int, limit: Int) -> Int {
    var end = sentenceEnd(in: text, from: start, limit: limit)
    // NB: "Invisible wings: U.S. government practices …": no sentence starts in lower case.
    while end + 2 < limit, text.characters[end].character == ".", text.characters[end + 1].character == " ",
      text.characters[end + 2].character.isLowercase
    {
      end = sentenceEnd(in: text, from: end + 1, limit: limit)
    }
    // NB: "… A case study in Washington, D.C. Metro. *INFORMS Journal …*": the dot of an
    // initialism, then a word or two up to the venue, are the title's.
    if end >= 2, end + 1 < limit, text.characters[end].character == ".", text.characters[end - 2].character == "." {
      let next = sentenceEnd(in: text, from: end + 1, limit: limit)
      if text.text((end + 1)..<next).split(separator: " ").count <= 2, isFollowedByVenue(next, in: text, limit: limit) {
        end = next
      }
    }
    guard end > start, end < limit, "?!".contains(text.characters[end - 1].character) else { return end }
    let next = sentenceEnd(in: text, from: end, limit: limit)
    return isFollowedByVenue(next, in: text, limit: limit) ? next : end
  }

  /// Whether only spaces and full stops stand between `index` and the line's end or an italic
  /// run (the venue).
  private static func isFollowedByVenue(_ index: Int, in text: EntryText, limit: Int) -> Bool {
    var gap = index
    while gap < limit, " .".contains(text.characters[gap].character) { gap += 1 }
    return gap == limit || text.characters[gap].style.contains(.italic)
  }

  /// `Authors. Title[J]. Journal, 2023, 1(2): 3-4.`
  private static func gbtTitle(in text: EntryText) -> Range<Int>? {
    for line in text.lines {
      for tag in gbtTags {
        guard let end = firstIndex(of: tag, in: text.characters, line) else { continue }
        var start = line.lowerBound
        var k = end - 1
        while k > line.lowerBound {
          if text.characters[k].character == ".", text.characters[k + 1].character == " " {
            start = k + 2
            break
          }
          k -= 1
        }
        if isTitleLike(text.text(start..<end)) { return start..<end }
      }
    }
    return nil
  }

  /// GB/T 7714 document-type tags, in the order they are tried.
  private static let gbtTags: [[Character]] = ["[J]", "[C]", "[M]", "[D]", "[A]", "[EB/OL]", "[R]", "[P]"].map(Array.init)

  /// Where `tag` first starts within `line` of `characters`. Compares in place: this runs for
  /// every line of every entry, and copying a slice per position made it a hot spot.
  private static func firstIndex(of tag: [Character], in characters: [StyledCharacter], _ line: Range<Int>) -> Int? {
    guard line.count >= tag.count else { return nil }
    return (line.lowerBound...(line.upperBound - tag.count)).first { start in
      tag.indices.allSatisfy { characters[start + $0].character == tag[$0] }
    }
  }

  /// Whether the text before "(2023) Title" is the author list, as Springer's style writes it
  /// with no stop after the year: Han names ("杨雯婷, 孙建华 (2024) …") or names of two or three
  /// words ("Fu Y, Sun J, Fu S, Zhang Y, Ma Z (2023) …", jhsunlab.github.io).
  private static func isNamesBeforeYear(_ value: String) -> Bool {
    isHanNameList(value) || isNameList(value.trimmed())
  }

  /// "杨雯婷, 孙建华, 傅慎明": names of two to four Chinese characters, separated by commas.
  private static func isHanNameList(_ value: String) -> Bool {
    let names = value.split(whereSeparator: { ",，、".contains($0) }).map { String($0).trimmed() }
    return !names.isEmpty && names.allSatisfy { name in
      (2...4).contains(name.count) && name.unicodeScalars.allSatisfy(\.properties.isIdeographic)
    }
  }

  static func isNameList(_ value: String) -> Bool {
    guard let result = AuthorListParser.parse(ArraySlice(value.map {
      StyledCharacter(character: $0, style: [], link: nil, line: 0)
    })) else { return false }
    // Titles join capitalised words with "and" too ("Parallel and High-Fidelity …"); people in
    // a list have at least two names each.
    return result.people.count >= 2 && result.length >= value.count - 2
      && result.people.allSatisfy { (2...3).contains($0.name.split(separator: " ").count) }
  }

  /// A bold "Leqian Zheng" is the owner, not a two-word title.
  private static func isSingleName(_ value: String) -> Bool {
    let (name, _) = AuthorListParser.stripMarkers(value)
    return AuthorListParser.looksLikeName(name) && name.split(separator: " ").count <= 3
  }

  /// The end of the sentence starting at `start`: a `. ` or `? ` or the line end.
  private static func sentenceEnd(in text: EntryText, from start: Int, limit: Int) -> Int {
    var i = start
    while i < limit {
      let c = text.characters[i].character
      if (c == "." || c == "?" || c == "!"), i + 1 == limit || text.characters[i + 1].character == " " {
        return c == "." ? i : i + 1
      }
      if c == ".", isGluedSentenceEnd(in: text, at: i, limit: limit) { return i }
      i += 1
    }
    return limit
  }

  /// "… tunisian arabic and english.Canadian Journal of …": a full stop whose space was lost
  /// (a PDF copied into the page) between a lower-case word of three letters or more and a
  /// capitalised one. "Node.js", "e.g.", "U.S.A." and "ASP.NET" are no sentence ends.
  private static func isGluedSentenceEnd(in text: EntryText, at dot: Int, limit: Int) -> Bool {
    guard dot >= 3, dot + 3 < limit else { return false }
    let before = text.characters[(dot - 3)..<dot].map(\.character)
    let after = text.characters[(dot + 1)..<(dot + 4)].map(\.character)
    return before.allSatisfy(\.isLowercase) && after[0].isUppercase && after.dropFirst().allSatisfy(\.isLowercase)
  }

  /// The range without surrounding spaces, quotes and trailing punctuation.
  private static func trimmed(_ range: Range<Int>, in text: EntryText) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    let strip: Set<Character> = [" ", "\u{A0}", "\t", "*"]
    while lower < upper, strip.contains(text.characters[lower].character) { lower += 1 }
    while upper > lower, strip.contains(text.characters[upper - 1].character) || text.characters[upper - 1].character == ","
    {
      upper -= 1
    }
    return lower..<upper
  }
}
