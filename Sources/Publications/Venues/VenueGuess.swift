/// A venue the catalogue does not know, read from a citation's venue part.
enum VenueGuess {
  /// The venue named by a citation part of `text`, with its kind from its words.
  ///
  /// `*Journal of Foo Studies*, 12(3)` → `Journal of Foo Studies`, journal;
  /// `In the 14th International Workshop of Frontiers in Algorithmics (FAW'20), 2020` → `FAW`,
  /// workshop: an acronym the author wrote in parentheses is the short name people use;
  /// `Neural Networks, 168, 104–117` → `Neural Networks`, journal, because the journal lists
  /// know it. Returns nil when no part of the text reads as a venue.
  static func guess(fromCitation text: String) -> Venue? {
    let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "|" }).map { ReferenceMarkup.withoutRankingNotes($0.collapsingWhitespace()) }
    for line in lines {
      for part in parts(of: line) {
        if let venue = venue(in: part) { return venue }
      }
    }
    return lines.lazy.compactMap(nameBeforeYear).first
  }

  /// The last resort, for `"Title", Authors, Black Hat 2018` and `…, Mobile Security
  /// Technologies 2014`: the words between the last comma and the year, when they read as a
  /// name (capitalised, one to eight words, no month, no note).
  private static func nameBeforeYear(in line: String) -> Venue? {
    guard let year = firstYear(in: line) else { return nil }
    let before = line[..<year]
    let pieces = before.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimming(" .;:()[]\"”“*_'") }
    var name = pieces.last ?? ""
    // "Neurocomputing, 2023" on a line of its own: the name before the comma, when it opens the
    // line and is no publisher ("Springer, 2019").
    if name.isEmpty, pieces.count == 2, !publisherWords.contains(where: pieces[0].lowercased().containsBytes) {
      name = pieces[0]
    }
    // "地球科学与环境学报(Journal of Earth Science and Environment), 2022": a bilingual page
    // gives the name in Chinese, then in English in parentheses; the English name is the one
    // other lists write.
    // NB: "…实现[C]. 中国物联网学术会议(CWSN 2023)": what GB/T 7714's document type leaves of
    // itself before the venue is no part of it.
    name = withoutDocumentTypeMark(name)
    // NB: the name as written says the kind when what is kept does not: "中国物联网学术会议(CWSN"
    // keeps "CWSN" from a conference (会议), "Proceedings of the XYZW" keeps "XYZW".
    let written = name
    if let english = englishName(in: name) { name = english }
    // NB: "in the 13th …" goes as in any venue name; "accepted at" is this position's own lead-in.
    name = VenueName.withoutEditionWords(withoutLeadIn(name, ["accepted at", "accepted by", "accepted in"]))
    // NB: "LEGAL2026 / CALD-pseudo 2026": a year glued to an acronym is no part of it.
    name = withoutPublisherBeforeAcronym(VenueName.withoutGluedYears(name))
    let words = name.split(separator: " ")
    // NB: "软件学报, 2022." (Journal of Software; 231sm.github.io): a name in Chinese characters
    // has no capitals, and says it is a journal or a conference in its last word.
    let isCJKName = name.unicodeScalars.first?.properties.isIdeographic == true && VenueName.kind(ofName: name) != nil
    guard (1...8).contains(words.count), name.count >= 3 || isCJKName, name.first?.isUppercase == true || isCJKName,
      name.contains(where: \.isLetter), !months.contains(words[0].lowercased().trimming("."))
    else { return nil }
    return Venue(name: name, kind: VenueName.kind(ofName: name) ?? VenueName.kind(ofName: written) ?? .other)
  }

  /// The parenthesised English name after a name in Chinese characters, or nil.
  private static func englishName(in name: String) -> String? {
    guard let first = name.unicodeScalars.first, first.properties.isIdeographic,
      let open = name.lastIndex(where: { $0 == "(" || $0 == "（" })
    else { return nil }
    let english = String(name[name.index(after: open)...]).trimming(" )）")
    guard english.allSatisfy({ $0.isASCII }), english.first?.isUppercase == true else { return nil }
    // A name of two words or more, or an acronym ("中国物联网学术会议(CWSN").
    let isAcronym = english.count >= 3 && english.allSatisfy { $0.isUppercase || $0.isNumber }
    return english.split(separator: " ").count >= 2 || isAcronym ? english : nil
  }

  /// `name` without a leading GB/T 7714 document type ("C]. ", "[J]. ").
  private static func withoutDocumentTypeMark(_ name: String) -> String {
    let body = name.hasPrefix("[") ? name.dropFirst() : Substring(name)
    guard let close = body.firstIndex(of: "]"), body.distance(from: body.startIndex, to: close) <= 5,
      body[..<close].allSatisfy({ $0.isUppercase || $0 == "/" })
    else { return name }
    return String(body[body.index(after: close)...]).trimming(" .,/")
  }

  /// "IEEE VCIP" → "VCIP", "ACM SIGSPATIAL" → "SIGSPATIAL": venues go by their acronym (the
  /// catalogue's "ICIP" is written "IEEE ICIP" as often as not); "IEEE Access" stays.
  private static func withoutPublisherBeforeAcronym(_ name: String) -> String {
    let words = name.split(separator: " ")
    guard words.count == 2, ["IEEE", "ACM", "IEEE/CVF", "ACM/IEEE", "IEEE/ACM"].contains(String(words[0])),
      let acronym = VenueName.acronym(in: words[1]), acronym == String(words[1])
    else { return name }
    return acronym
  }

  private static let months: Set<String> = [
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
    "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
  ]

  /// The index of the first four-digit year standing as a word.
  private static func firstYear(in line: String) -> String.Index? {
    var index = line.startIndex
    while index < line.endIndex {
      guard line[index].isASCIIDigit else {
        index = line.index(after: index)
        continue
      }
      let run = line[index...].prefix { $0.isASCIIDigit }
      let before = index > line.startIndex ? line[line.index(before: index)] : " "
      let after = run.endIndex < line.endIndex ? line[run.endIndex] : " "
      if run.count == 4, VenueCatalog.fourDigitYear(String(run)) != nil, !before.isLetter, !after.isLetter { return index }
      index = run.endIndex
    }
    return nil
  }

  /// `text` without the lead-in words it opens with ("in the", "accepted by"), case-insensitively.
  private static func withoutLeadIn(_ text: String, _ leadIns: [String]) -> String {
    var rest = Substring(text)
    var changed = true
    while changed {
      changed = false
      for leadIn in leadIns where rest.lowercased().hasPrefix(leadIn + " ") {
        rest = rest.dropFirst(leadIn.count + 1).drop { $0 == " " }
        changed = true
      }
    }
    return String(rest)
  }

  /// "in Elsevier Computer Networks" → "Computer Networks".
  private static func withoutLeadingPublisher(_ text: String) -> String {
    let rest = withoutLeadIn(text, ["in", "published in", "accepted in", "accepted by", "the"])
    for publisher in ["Elsevier", "Springer", "Wiley", "MDPI", "SAGE", "Taylor & Francis"] where rest.hasPrefix(publisher + " ") {
      return String(rest.dropFirst(publisher.count + 1))
    }
    return text
  }

  /// The line, then its sentences (an APA reference's journal follows its title's full stop),
  /// without a publisher's sentence at the end.
  private static func parts(of line: String) -> [String] {
    var sentences = line.split(separator: ". ").map(String.init)
    // NB: only after a sentence with a date: "Title. ICML." ends in its venue.
    if sentences.count > 1, let last = sentences.last, isPublisherSentence(last),
      sentences.dropLast().contains(where: { firstYear(in: $0) != nil })
    {
      sentences.removeLast()
    }
    // NB: "… Ser II 90(4):553–573. https://doi.org/10.2151/jmsj.2012-408": an address written
    // out after the citation is no part of the venue (jhsunlab.github.io).
    sentences.removeAll(where: isAddress)
    let kept = sentences.joined(separator: ". ")
    return sentences.count > 1 ? [kept] + sentences : [kept]
  }

  /// "https://doi.org/…", "doi:10.1000/1", "DOI: 10.…": a sentence that is only an address.
  private static func isAddress(_ sentence: String) -> Bool {
    let text = sentence.trimming(" .,;")
    let lower = text.lowercased()
    let isOneWord = !text.contains(" ") || lower.hasPrefix("doi: ")
    return isOneWord && ["http://", "https://", "www.", "doi:", "doi.org/"].contains(where: lower.hasPrefix)
  }

  /// "AIAA.", "American Institute of Aeronautics and Astronautics.", "Springer.": a sentence
  /// that names the publisher after the venue and its date, no venue of its own.
  private static func isPublisherSentence(_ sentence: String) -> Bool {
    let text = sentence.trimming(" .,;*_")
    guard !text.isEmpty, !text.contains(where: \.isNumber) else { return false }
    let isAcronym = !text.contains(" ") && text.count >= 2 && text.count <= 6 && text.allSatisfy(\.isUppercase)
    let lower = text.lowercased()
    return isAcronym || lower.hasPrefix("american institute of") || publisherWords.contains { lower.containsBytes(of: $0) }
  }

  private static func venue(in part: String) -> Venue? {
    if let journal = JournalList.standard.fullName(of: VenueName.withoutTrailingNumbers(part.trimming(" ,.;:*_"))) {
      return Venue(name: journal, kind: .journal)
    }
    // "Software: Practice and Experience, John Wiley & Sons, 2012, 44": the journal is one of
    // the comma-separated pieces, and the lists know it.
    // "in Elsevier Computer Networks, Volume 250": a publisher written before the journal.
    let pieces = part.split(separator: ",")
    for (index, piece) in pieces.enumerated() where piece.count >= 8 {
      // NB: "Structures, Structural Dynamics, and Materials Conference": a piece of a list
      // inside a name (the next piece opens with "and") is no journal of its own.
      if index + 1 < pieces.count, pieces[index + 1].trimmed().hasPrefix("and ") { continue }
      let written = String(piece).trimming(" .;:*_")
      let stripped = withoutLeadingPublisher(written)
      // NB: one word left is no journal of the publisher's ("Springer Nature" is no "Nature").
      let name = stripped.split(separator: " ").count >= 2 ? stripped : written
      if let journal = JournalList.standard.fullName(of: VenueName.withoutTrailingNumbers(name)) {
        return Venue(name: journal, kind: .journal)
      }
    }
    if let book = bookOfChapter(in: part) { return book }
    if let journal = chineseJournal(in: part) { return journal }
    guard let name = VenueName(part) else { return nil }
    let words = name.name.split(separator: " ")
    // NB: a name after its acronym may be written in lower case ("ComPAS: conférence en …").
    guard words.count <= 14, name.name.count >= 4, words.first?.first?.isUppercase == true
        || name.acronym.map({ part.trimming(" *_").hasPrefix($0) }) == true
    else { return nil }
    if let journal = JournalList.standard.fullName(of: name.name) { return Venue(name: journal, kind: .journal) }
    // NB: "Proceedings of the XYZW": the lead-in cut from the name says it is a meeting's.
    guard let kind = VenueName.kind(ofName: name.name) ?? (isProceedingsLeadIn(part) ? .conference : nil) else { return nil }
    if kind == .journal, let journal = JournalList.standard.fullName(nearly: name.name) {
      return Venue(name: journal, kind: .journal)
    }
    // NB: a journal no list knows goes by its name: its acronym ("TOSN") is ambiguous (ACM's
    // and IEEE's Transactions on Sensor Networks share it); a meeting by its acronym.
    let isJournal = kind == .journal && !name.isWorkshop
    return Venue(name: isJournal ? name.name : name.shortName, kind: name.isWorkshop ? .workshop : kind)
  }

  /// "Proceedings of …", "In Proc. of the …": a part that opens with a meeting's proceedings.
  /// NB: not one cut off in "on" ("… Proceedings of the 40th IEEE Con- ference on"): what is
  /// left of such a name is no name.
  private static func isProceedingsLeadIn(_ part: String) -> Bool {
    let lower = withoutLeadIn(part.trimming(" *_,.;").lowercased(), ["in"])
    return ["proceedings of ", "proc. of ", "proc "].contains(where: lower.hasPrefix) && !lower.hasSuffix(" on")
  }

  /// "“面向云网融合的…”，计算机研究与发展，2021": a piece of Chinese characters only, longer than
  /// a name (names have two to four), or of four before its volume, after the title: the
  /// journal. Its name is kept as written.
  private static func chineseJournal(in part: String) -> Venue? {
    for piece in part.split(whereSeparator: { $0 == "," || $0 == "，" }) {
      let written = piece.trimmingCharacters(in: .whitespaces)
      let name = String(written.prefix { $0.unicodeScalars.allSatisfy(\.properties.isIdeographic) })
      let volume = written.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
      // NB: "大气科学 48(3) 906-922" (jhsunlab.github.io): a name of four characters is a journal
      // when its volume follows; alone it may be a person's name or a place.
      // NB: "中国物联网学术会议, 2023": a name that says it is a conference (会议) is one.
      let kind = VenueName.kind(ofName: name) ?? .journal
      if volume.isEmpty, (5...30).contains(name.count) { return Venue(name: name, kind: kind) }
      if volume.first?.isASCIIDigit == true, (4...30).contains(name.count) { return Venue(name: name, kind: kind) }
    }
    return nil
  }

  /// A chapter's venue is its book: `Chapter 7, Federated Learning: Theory and Practice,
  /// Elsevier` (the book after the marker) or `Software Ecosystems: Tooling and Analytics, Book
  /// chapter, Springer Nature` (before it). A publisher's name is never the book.
  private static func bookOfChapter(in part: String) -> Venue? {
    let pieces = part.split(separator: ",").map { String($0).trimming(" .;") }
    guard let marker = pieces.firstIndex(where: isChapterMarker) else { return nil }
    let numbered = pieces[marker].contains(where: \.isNumber)
    let neighbours = numbered ? [marker + 1, marker - 1] : [marker - 1, marker + 1]
    for index in neighbours where pieces.indices.contains(index) {
      let piece = pieces[index]
      let words = piece.split(separator: " ")
      guard words.count >= 2, piece.first?.isUppercase == true, VenueCatalog.years(in: piece).isEmpty,
        !publisherWords.contains(where: { piece.lowercased().containsBytes(of: $0) })
      else { continue }
      return Venue(name: piece, kind: .other)
    }
    return nil
  }

  /// "Chapter 7", "Book chapter", "Ch. 3".
  private static func isChapterMarker(_ piece: String) -> Bool {
    let words = piece.lowercased().split(separator: " ")
    guard (1...3).contains(words.count), words.contains(where: { $0 == "chapter" || $0 == "ch." }) else { return false }
    return words.allSatisfy { ["book", "chapter", "ch.", "a"].contains($0) || $0.allSatisfy(\.isNumber) }
  }

  private static let publisherWords = [
    "springer", "elsevier", "wiley", "press", "publish", "crc", "igi global", "taylor", "routledge",
    "world scientific", "now publishers", "morgan", "academic", "cambridge", "oxford", "mit",
  ]

  /// "Meas. Sci. Technol.2024" as "Meas. Sci. Technol. 2024": a year typed against an
  /// abbreviation's dot, split off so the abbreviation reads whole.
  static func separatingGluedYear(_ badge: String) -> String {
    var characters = Array(badge)
    var i = characters.count - 5
    while i >= 1 {
      if characters[i] == ".", characters[i - 1].isLetter, characters[(i + 1)...].prefix(4).allSatisfy(\.isASCIIDigit),
        characters.count == i + 5 || !characters[i + 5].isASCIIDigit
      {
        characters.insert(" ", at: i + 1)
      }
      i -= 1
    }
    return String(characters)
  }

  /// The journal a badge names by its Web of Science abbreviation and year: `COMPUT METHOD
  /// BIOMEC 2022`, `Eur J Mech A-solid 2025`.
  static func journal(webOfScienceBadge badge: String) -> Venue? {
    // NB: "`**ELECTR POW SYST RES** 2024`": emphasis typed inside the code span is no part of it.
    let words = badge.split(separator: " ").map { String($0).trimming("*_") }
    let name = words.filter { VenueCatalog.fourDigitYear($0) == nil }.joined(separator: " ")
    guard name.count < words.joined(separator: " ").count, let journal = JournalList.standard.fullName(webOfScienceAbbreviation: name) else { return nil }
    return Venue(name: journal, kind: .journal)
  }

  /// A badge such as `CVMJ 2024` or `FAW'20` for a venue the catalogue does not know: the
  /// acronym is the name; its kind is unknown. A badge with more words than an acronym and a
  /// year keeps them: `JMIR Human Factors 2023` is "JMIR Human Factors", not JMIR.
  /// A badge in Chinese or Japanese (`西安交通大学学报 2020`) names its venue in those words.
  static func guess(fromBadge badge: String) -> Venue? {
    let words = badge.split(separator: " ")
    guard let first = words.first, words.count <= 6 else { return nil }
    if first.unicodeScalars.contains(where: \.properties.isIdeographic) {
      let name = words.filter { !$0.allSatisfy(\.isASCIIDigit) }.joined(separator: " ")
      return Venue(name: name, kind: VenueName.kind(ofName: name) ?? .other)
    }
    let named = words.prefix { !$0.contains(where: \.isASCIIDigit) || $0 == first }
    if named.count > 1, first.filter(\.isUppercase).count >= 2 {
      let name = named.joined(separator: " ")
      if let journal = JournalList.standard.fullName(of: name) { return Venue(name: journal, kind: .journal) }
      return Venue(name: name, kind: VenueName.kind(ofName: name) ?? .other)
    }
    let acronym = String(first.prefix(while: { $0.isLetter || $0 == "-" || $0 == "&" })).trimming("-&")
    guard acronym.count >= 2, acronym.count <= 12, acronym.filter(\.isUppercase).count >= 2 else { return nil }
    return Venue(name: acronym, kind: .other)
  }
}
