/// The finders for titles in comma-separated citations, where the title is only a piece
/// between commas: after the names (`A, B, Title, Venue, 2024`) or before them
/// (`Title, A. Author, B. Author*, IEEE TPAMI 2025`), and the helpers that say where such a
/// piece ends.
extension TitleFinder {
  /// `[CCF-A] **A**, B, C, Title words here, Venue (ABBR), 2024.`: the first long non-name piece.
  static func citationTitle(in text: EntryText, catalog: VenueCatalog) -> Range<Int>? {
    guard let line = text.lines.first else { return nil }
    var pieceStart = afterTag(in: text, at: line.lowerBound, limit: line.upperBound)
    var sawName = false
    var i = pieceStart
    while i <= line.upperBound {
      let atEnd = i == line.upperBound
      if atEnd || isComma(text.characters[i].character) {
        let range = pieceStart..<i
        let piece = text.text(range).trimmed()
        // NB: "…, **Lu Wang\***, and Kaishun Wu, LiT: …": the serial comma's "and" opens the last name.
        let names = sawName ? withoutLeadingConjunction(piece) : piece
        let (name, _) = AuthorListParser.stripMarkers(names)
        // NB: "…, S. Cai, L. Wang and K. Wu, Oinput: …": the last two names share a piece.
        let isName = (AuthorListParser.looksLikeName(name) && !isTitleLength(name)) || (sawName && isNameList(names))
        if isName || piece.hasPrefix("[") && piece.count < 12 && !piece.contains(" ") {
          sawName = sawName || isName
        } else if !sawName, isTitleLike(piece), piece.split(separator: " ").count >= 3 {
          // "Title, A. Author, B. Author, IEEE VCIP 2024": the title comes first; the piece
          // after the names is the venue (see `titleBeforeNames`).
          return nil
        } else if sawName, isTitleLike(piece), !catalog.mentions(in: piece).isEmpty,
          let dot = sentenceEndBeforeVenue(in: text, range, catalog: catalog)
        {
          // "Title words. World Wide Web Journal (WWWJ), 2025."
          return range.lowerBound..<dot
        } else if sawName, isTitleLike(piece), catalog.mentions(in: piece).isEmpty {
          // "…, Title words. 2017 ACR/ARHP Annual Meeting.": the sentence ends the title.
          if let dot = sentenceEndBeforeYear(in: text, range) { return range.lowerBound..<dot }
          // Titles can hold commas: extend until a piece names a venue.
          return range.lowerBound..<(commaBeforeVenue(in: text, from: i, limit: line.upperBound, catalog: catalog) ?? line.upperBound)
        }
        pieceStart = i + 1
      }
      i += 1
    }
    return nil
  }

  /// The first comma at or after `start` whose next piece names a venue or a year (or opens
  /// with "accepted to appear in"): where a title that holds commas ends.
  static func commaBeforeVenue(in text: EntryText, from start: Int, limit: Int, catalog: VenueCatalog) -> Int? {
    var comma = start
    while comma < limit, !isComma(text.characters[comma].character) { comma += 1 }
    while comma < limit {
      var next = comma + 1
      while next < limit, !isComma(text.characters[next].character) { next += 1 }
      let following = text.text((comma + 1)..<next)
      if !catalog.mentions(in: following).isEmpty || !VenueCatalog.years(in: following).isEmpty
        || VenueGuess.guess(fromCitation: following) != nil || startsWithVenueLeadIn(following)
      {
        return comma
      }
      comma = next
    }
    return nil
  }

  /// Past a tag such as "[TWC] ", "[CCF-A] " or "[IEEE Wirel Commun] " at `start` (after spaces), written before the
  /// names; `start` when there is none.
  static func afterTag(in text: EntryText, at start: Int, limit: Int) -> Int {
    var open = start
    while open < limit, text.characters[open].character == " " { open += 1 }
    guard let end = text.endOfTag(at: open, limit: limit), end < limit, text.characters[end].character == " " else {
      return start
    }
    var next = end
    while next < limit, text.characters[next].character == " " { next += 1 }
    return next
  }

  /// "and Kaishun Wu" → "Kaishun Wu".
  private static func withoutLeadingConjunction(_ piece: String) -> String {
    for conjunction in ["and ", "& "] where piece.hasPrefix(conjunction) {
      return String(piece.dropFirst(conjunction.count)).trimmed()
    }
    return piece
  }

  /// A comma, or the full-width one typed with a Chinese keyboard ("Device，in the IEEE …").
  private static func isComma(_ character: Character) -> Bool {
    character == "," || character == "，"
  }

  /// "accepted for publication in the …", "to appear in …", "IEEE …": words that open a venue.
  private static func startsWithVenueLeadIn(_ piece: String) -> Bool {
    let trimmed = piece.trimmed()
    let lower = trimmed.lowercased()
    // "in SpringerBriefs in Computer Science": "in" and a capitalised name.
    if lower.hasPrefix("in "), trimmed.dropFirst(3).first?.isUppercase == true { return true }
    return venueLeadIns.contains { lower.hasPrefix($0) }
  }

  // NB: "IEEE", "ACM" and "Proceedings" open venue names; a title wrapped after its venue's
  // first words ("…, IEEE Wireless" / "Communication Magazine, 2019.") has nothing else to go by.
  private static let venueLeadIns = [
    "accepted ", "to appear", "published in", "submitted to", "presented at", "in proc", "in the ",
    "ieee ", "acm ", "proceedings ",
  ]

  /// The `. ` in `range` followed by a year ("Active RA. 2017 ACR/ARHP Annual Meeting"), when
  /// what comes before it reads as a title.
  private static func sentenceEndBeforeYear(in text: EntryText, _ range: Range<Int>) -> Int? {
    var i = range.lowerBound
    while i + 6 < range.upperBound {
      if text.characters[i].character == ".", text.characters[i + 1].character == " ",
        VenueCatalog.fourDigitYear(text.characters[(i + 2)..<(i + 6)].text) != nil,
        isTitleLike(text.text(range.lowerBound..<i))
      {
        return i
      }
      i += 1
    }
    return nil
  }

  /// `Towards enhanced detectability of forced signals. Shiheng Duan, et al. 2025`: the first
  /// sentence of the first line, when names follow it (two or more, or one and "et al.").
  static func sentenceBeforeNames(in text: EntryText) -> Range<Int>? {
    guard let line = text.lines.first else { return nil }
    let start = firstUnclaimed(in: text, from: line.lowerBound, before: line.upperBound)
    var i = start
    while i + 2 < line.upperBound {
      // NB: an initial's dot ("Nancy A. Shadick", "with A. Hermida") ends no sentence.
      if text.characters[i].character == ".", text.characters[i + 1].character == " ", i - start >= 2,
        text.characters[i - 1].character.isLowercase, text.characters[i - 2].character.isLetter,
        case let title = text.text(start..<i), title.split(separator: " ").count >= 3, isTitleLike(title),
        let names = AuthorListParser.parse(text.characters[(i + 2)..<line.upperBound], requireSeveral: true),
        names.people.count >= 2 || names.isTruncated
      {
        return start..<i
      }
      i += 1
    }
    return nil
  }

  /// `Improving Occupancy Prediction …, Z. Li, J. Zhu, D. Ding*, Z. Ma, IEEE TCSVT 2025`: the
  /// text before the first run of two or more names, when it reads as a title (commas and all:
  /// "… Using Cross-scale, Cross-group, and Cross-color Prediction") and something follows them.
  static func titleBeforeNames(in text: EntryText) -> Range<Int>? {
    guard let line = text.lines.first else { return nil }
    var commas: [Int] = []
    for i in line where isComma(text.characters[i].character) { commas.append(i) }
    guard commas.count >= 3 else { return nil }
    // Pieces between commas, after the first: a name run starts at a comma.
    for (index, comma) in commas.enumerated() where index + 2 < commas.count {
      let first = text.text((comma + 1)..<commas[index + 1])
      let second = text.text((commas[index + 1] + 1)..<commas[index + 2])
      guard isFullName(first), isFullName(second) else { continue }
      let start = afterTag(in: text, at: firstUnclaimed(in: text, from: line.lowerBound, before: comma), limit: comma)
      let title = text.text(start..<comma)
      // NB: a bracketed venue tag before the names ("[ACS Appl. Mater. Interfaces] Zhang, Y.")
      // is no title.
      let name = AuthorListParser.stripMarkers(title).0
      guard !title.hasPrefix("["), isTitleLike(title), title.split(separator: " ").count >= 3, !isNameList(title),
        isTitleLength(name) || !AuthorListParser.looksLikeName(name)
      else { return nil }
      return start..<comma
    }
    return nil
  }

  /// `- Cost-effective Swarm Navigation System via Close Cooperation [[paper](…)] [[video](…)]`
  /// with the authors on the next line and the venue under them: the item's first line, up to
  /// its link labels, when it reads as a title and the line after it is a list of names.
  ///
  /// Lines the reader has already explained come first in a paper-box (its badge, "VLA model"):
  /// the first line with text of its own is the one read.
  static func firstLineAboveNames(in text: EntryText) -> Range<Int>? {
    guard
      var index = text.lines.firstIndex(where: { firstUnclaimed(in: text, from: $0.lowerBound, before: $0.upperBound) < $0.upperBound }),
      index + 1 < text.lines.count
    else { return nil }
    // NB: "- <span class="conf-badge">EMNLP 2026</span>" on a line of its own: the venue tag
    // opens the item, the title is the line under it (GitZH-Chen.github.io).
    if index + 2 < text.lines.count, isVenueTag(text.text(text.lines[index])) { index += 1 }
    let line = text.lines[index]
    let start = afterVenueElement(in: text, at: firstUnclaimed(in: text, from: line.lowerBound, before: line.upperBound), limit: line.upperBound)
    var end = start
    while end < line.upperBound, text.characters[end].link == nil, text.characters[end].character != "[" { end += 1 }
    let title = text.text(start..<end)
    guard isTitleLike(title), title.split(separator: " ").count >= 3, !isNameList(title),
      isNameList(text.text(text.lines[index + 1])) || opensWithNames(text.lines[index + 1], in: text)
    else { return nil }
    return start..<end
  }

  /// Past a venue tag set in an element of its own at `start` (`<span class="paper-venue">ICCV
  /// 2025</span> DeRIS: …`, Dmmm1997.github.io): the tag stays for the venue, out of the title.
  private static func afterVenueElement(in text: EntryText, at start: Int, limit: Int) -> Int {
    guard start < limit, text.characters[start].style.contains(.venueHint) else { return start }
    var end = start
    while end < limit, text.characters[end].style.contains(.venueHint) { end += 1 }
    guard isVenueTag(text.text(start..<end)) else { return start }
    return firstUnclaimed(in: text, from: end, before: limit)
  }

  /// "Rui Wang, Zihao Bi, **Ziheng Chen**. IJCAI 2026.": a line that opens with two or more
  /// names, one of them the owner's (emphasised), and goes on to the venue.
  private static func opensWithNames(_ line: Range<Int>, in text: EntryText) -> Bool {
    if ownerAlone(opening: line, in: text) != nil { return true }
    guard let names = AuthorListParser.parse(text.characters[line], requireSeveral: true) else { return false }
    return names.people.count >= 2 && names.people.contains(where: \.isHighlighted)
  }

  /// "**Yuanchao Li**. The 12th Honda R&D Technical Forum. 2019" (yc-li20.github.io): a work of
  /// the owner alone, the name in bold and then a stop.
  static func ownerAlone(opening line: Range<Int>, in text: EntryText) -> Range<Int>? {
    guard let first = line.first(where: { !text.characters[$0].character.isWhitespace }),
      text.characters[first].style.contains(.bold)
    else { return nil }
    let end = line[first...].first { !text.characters[$0].style.contains(.bold) } ?? line.upperBound
    guard end < line.upperBound, ".,".contains(text.characters[end].character), isFullName(text.text(first..<end))
    else { return nil }
    return first..<end
  }

  /// The first index from `start` that is neither claimed (a badge, a link label) nor a space.
  private static func firstUnclaimed(in text: EntryText, from start: Int, before limit: Int) -> Int {
    var index = start
    while index < limit, text.claimed[index] || text.characters[index].character == " " { index += 1 }
    return index
  }

  /// "Scalable Point Cloud Attribute Compression": five or more capitalised words and no name
  /// particle ("de", "van") read as a title, not as one person, though each could start a name.
  private static func isTitleLength(_ piece: String) -> Bool {
    let words = piece.split(separator: " ")
    return words.count >= 5 && !words.contains { Vocabulary.nameParticles.contains($0.lowercased()) }
  }

  /// "J. Wang", "D. Ding*", "Zhan Ma": a name of two to four words, marks aside.
  private static func isFullName(_ piece: String) -> Bool {
    let (name, _) = AuthorListParser.stripMarkers(withoutLeadingConjunction(piece.trimmed()))
    return AuthorListParser.looksLikeName(name) && (2...4).contains(name.split(separator: " ").count)
  }

  /// The `. ` that ends a title sentence before the venue named later in `range`.
  private static func sentenceEndBeforeVenue(in text: EntryText, _ range: Range<Int>, catalog: VenueCatalog) -> Int? {
    var i = range.upperBound - 2
    while i > range.lowerBound {
      if text.characters[i].character == ".", text.characters[i + 1].character == " " {
        let head = text.text(range.lowerBound..<i)
        let tail = text.text((i + 1)..<range.upperBound)
        if !catalog.mentions(in: tail).isEmpty, catalog.mentions(in: head).isEmpty, isTitleLike(head) { return i }
      }
      i -= 1
    }
    return nil
  }
}
