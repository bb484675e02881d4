/// A venue name as written (`In Proc. of the 26th Intl. Conference on X (XC 2024), Volume 2: Short
/// Papers, pp. 1–9`) cut down to the name of the series: no lead-in, no edition, no year, no
/// track, no volume or pages, with the acronym the text gives.
///
/// A careful reader files "Twelfth Language Resources and Evaluation Conference" and
/// "Proceedings of the Thirteenth …" under one venue, and keeps "Conference on Trust, Security
/// and Privacy in Computing" whole although it holds a comma.
struct VenueName: Hashable {
  /// The cleaned full name: "Language Resources and Evaluation Conference".
  var name: String
  /// The acronym written in parentheses or before a colon ("SenSys", "TrustCom"), without its
  /// year or edition number.
  var acronym: String?

  /// Whether the name says the venue is a workshop (a conference's student research workshop is
  /// one of its tracks, not a workshop of its own).
  var isWorkshop: Bool {
    let lower = name.lowercased()
    return lower.containsBytes(of: "workshop") && !lower.containsBytes(of: "student research workshop")
  }

  /// The acronym when there is one, else the cleaned name: what charts and tables show.
  var shortName: String { acronym ?? name }

  /// Cleans `raw`; nil when nothing of a name is left (`2024`, `pp. 1–9`).
  init?(_ raw: String) {
    var text = Self.withoutMarkup(raw)
    // "National Systems Conference 2007 Best Paper Presentation Award": an award is a note.
    text = Self.withoutAward(text).trimming(" ,.;:-–")
    // "LEGAL2026": a year glued to an acronym is no part of it.
    text = Self.withoutGluedYears(text)
    // "… Cyber-Physical Systems. ACM": the publisher after the name is no part of it.
    text = Self.withoutTrailingPublisher(text)
    text = Self.withoutVolumeGroups(text)
    var acronym: String?
    (text, acronym) = Self.splittingAcronym(text)
    if acronym == nil { (text, acronym) = Self.splittingTrailingAcronym(text) }
    // NB: "(India)", "(Oral)", "(In Chinese)", "(2024)": a place, a note, a language or a year in
    // parentheses at the end; an acronym has two capitals and was taken above.
    text = Self.withoutTrailingWordInParentheses(text)
    text = Self.cutAtTrack(text)
    text = Self.cutAtListEnd(text)
    let name = Self.withoutEditionWords(text)
    guard name.count >= 2, name.contains(where: \.isLetter) else {
      guard let acronym else { return nil }
      self.init(name: acronym, acronym: acronym)
      return
    }
    self.init(name: name, acronym: acronym)
  }

  init(name: String, acronym: String?) {
    self.name = name
    self.acronym = acronym
  }
}

extension VenueName {
  /// Markdown emphasis, TeX braces and math marks and runs of spaces gone; outer punctuation
  /// trimmed.
  private static func withoutMarkup(_ raw: String) -> String {
    // NB: and TeX math around an ordinal: "The $2^{nd}$ Forum" is "The 2nd Forum".
    let kept = raw.filter { !"*{}\"“”$^".contains($0) }
    let words = kept.split(whereSeparator: \.isWhitespace).map { word in
      // NB: `_` only as emphasis around words: `_Nature_`, not `snake_case`.
      word.hasPrefix("_") || word.hasSuffix("_") ? String(word).trimming("_") : String(word)
    }
    return words.joined(separator: " ").trimming(" ,.;:-–|")
  }

  /// "(Volume 1: Long Papers)" and "(Short Papers)" dropped: a volume is not a venue.
  private static func withoutVolumeGroups(_ text: String) -> String {
    var result = text
    while let open = result.firstRange(of: "("),
      let close = result[open.upperBound...].firstIndex(of: ")"),
      isTrack(String(result[open.upperBound..<close]))
    {
      result.removeSubrange(open.lowerBound...close)
    }
    return result.collapsingWhitespace().trimming(" ,.;:-–")
  }

  /// The name before an acronym in parentheses, and the acronym: "… Sensor Systems (SenSys
  /// '21), Coimbra, 2021" → ("… Sensor Systems", "SenSys"). Also "SustaiNLP: Workshop on …" and
  /// "TextGraphs-17: Graph-based Methods …", where the acronym leads.
  private static func splittingAcronym(_ text: String) -> (String, String?) {
    // "PrivateNLP 2025 (Sixth Workshop on Privacy in Natural Language Processing)": the
    // acronym first, the full name in parentheses.
    if let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close,
      let acronym = acronym(in: Substring(String(text[..<open]).trimming(" ,.;:-–")))
    {
      let inner = String(text[text.index(after: open)..<close]).trimming(" ")
      if inner.split(separator: " ").count >= 3 { return (inner, acronym) }
    }
    // NB: not an issue after its volume: "International Journal of Research in Computing,
    // 4(II), 56–66" (AIPHaS.github.io) has no acronym "II".
    if let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")"),
      text[..<open].last?.isNumber != true, let acronym = acronym(in: text[text.index(after: open)..<close])
    {
      let before = String(text[..<open]).trimming(" ,.;:-–")
      let after = String(text[text.index(after: close)...]).trimming(" ,.;:-–")
      if before.isEmpty {
        // "(SenSys) Conference on …": the name follows.
        return (after, acronym)
      }
      // "… Electromagnetics Society (ACES-China) Symposium": the name goes on after its acronym.
      if let word = after.split(separator: " ").first, meetingWords.contains(word.lowercased()) {
        return (before + " " + word, acronym)
      }
      return (before, acronym)
    }
    for separator in [":", " - ", " – "] {
      guard let cut = text.range(of: separator),
        let acronym = acronym(in: Substring(withoutEditionWords(String(text[..<cut.lowerBound]))))
      else { continue }
      let rest = String(text[cut.upperBound...]).trimming(" ,.;:-–")
      if !rest.isEmpty, !isTrack(rest) { return (rest, acronym) }
    }
    return (text, nil)
  }

  /// "…, 3PGCIC 2013" → ("…", "3PGCIC"): the acronym as the last comma-separated part or the
  /// last sentence ("… Systems. CISIS 2023").
  private static func splittingTrailingAcronym(_ text: String) -> (String, String?) {
    for separator in [", ", ". "] {
      guard let cut = text.ranges(of: separator).last,
        let acronym = acronym(in: Substring(String(text[cut.upperBound...]).trimming(" .")))
      else { continue }
      // NB: "*INFORMS Annual Meeting*, Indianapolis, IN": the state after a city, no acronym.
      if separator == ", ", isRegionCode(acronym), text.ranges(of: ", ").count >= 2 { continue }
      return (String(text[..<cut.lowerBound]), acronym)
    }
    return (text, nil)
  }

  /// `SenSys` from `SenSys '21`, `#SMM4H`, `IWPT 2021`, `TextGraphs-17`: one word with at least two
  /// capitals, then perhaps a year or an edition number.
  static func acronym(in text: Substring) -> String? {
    let words = text.split(separator: " ")
    guard let first = words.first, words.count <= 2 else { return nil }
    if words.count == 2, !words[1].allSatisfy({ $0.isASCIIDigit || "'’-".contains($0) }) { return nil }
    var word = String(first).trimming("#'’")
    // An edition or year glued on: "TextGraphs-17", "FAW'20", "IWPT2021".
    while let last = word.last, last.isASCIIDigit || "'’-".contains(last) {
      if word.dropLast().allSatisfy({ $0.isASCIIDigit }) { break }
      word.removeLast()
    }
    // Two capitals ("SenSys"), or a lowercase letter before capitals ("iThings", "eScience").
    let capitals = word.filter(\.isUppercase).count
    let isPrefixed = word.first?.isLowercase == true && word.dropFirst().first?.isUppercase == true
    guard !notVenueAcronyms.contains(word.uppercased()), word.count >= 2, word.count <= 16,
      capitals >= 2 || isPrefixed && capitals >= 1,
      word.allSatisfy({ $0.isLetter || $0.isASCIIDigit || "&-/".contains($0) }),
      word.contains(where: \.isLetter)
    else { return nil }
    return word
  }

  /// Publishers, societies and book series: written in capitals beside a venue, never its name.
  private static let notVenueAcronyms: Set<String> = [
    "IEEE", "ACM", "IFIP", "USENIX", "SIAM", "SPIE", "IEEE/CVF", "IEEE/ACM", "ACM/IEEE", "LNCS", "LNAI", "LNBI",
    "CCIS", "AISC", "CEUR", "CEUR-WS", "PMLR", "JMLR", "USA", "UK",
  ]

  /// The name before a track or volume: "…: Volume 2, Short Papers", "…. Posters",
  /// "… – System Demonstrations".
  private static func cutAtTrack(_ text: String) -> String {
    for separator in [": ", ". ", " - ", " – ", ", "] {
      var searchStart = text.startIndex
      while let range = text[searchStart...].range(of: separator) {
        if isTrack(String(text[range.upperBound...])) {
          return String(text[..<range.lowerBound]).trimming(" ,.;:-–")
        }
        searchStart = range.upperBound
      }
    }
    return text
  }

  private static let trackWords: Set<String> = [
    "volume", "vol", "posters", "poster", "short", "long", "system", "systems", "demonstrations", "demonstration",
    "demo", "demos", "tutorial", "tutorials", "student", "panels", "panel", "industry", "main", "abstracts",
    "extended", "papers", "companion", "shared", "part", "track", "oral",
  ]

  /// Whether `text` names a track or volume of a proceedings ("Short Papers", "Volume 2",
  /// "Student Research Workshop", "System Demonstrations").
  private static func isTrack(_ text: String) -> Bool {
    guard let words = leadingWords(of: text, atMost: 8), let first = words.first else { return false }
    if first == "student" { return words.contains("research") || words.contains("session") }
    if first == "shared" { return words.contains("task") || words.contains("tasks") }
    // A book series printed after the venue: "… - Lecture Notes in Computer Science".
    if first == "lecture" { return words.dropFirst().first == "notes" }
    if first == "lncs" || first == "ccis" || first == "lnai" { return true }
    if first == "system" || first == "systems" { return words.contains { $0.hasPrefix("demo") } }
    return trackWords.contains(String(first))
  }

  /// The lower-cased words of `text`, or nil when it has more than `limit`.
  ///
  /// NB: `cutAtTrack` asks this of the rest of the text after every separator; reading only up to
  /// the limit keeps that linear in the text's length (splitting the whole rest each time made a
  /// long venue field quadratic).
  private static func leadingWords(of text: String, atMost limit: Int) -> [String]? {
    var words: [String] = []
    var word = ""
    for character in text {
      if character.isLetter || character.isASCIIDigit {
        word.append(character)
        continue
      }
      guard !word.isEmpty else { continue }
      guard words.count < limit else { return nil }
      words.append(word.lowercased())
      word = ""
    }
    if !word.isEmpty {
      guard words.count < limit else { return nil }
      words.append(word.lowercased())
    }
    return words
  }

  /// The name before its list's end: a comma followed by a volume, pages, a year, a month or a
  /// place ends the name; a comma inside a list of topics ("Trust, Security and Privacy") does not.
  private static func cutAtListEnd(_ text: String) -> String {
    let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmed() }
    guard parts.count > 1 else { return withoutTrailingNumbers(text) }
    var kept = [parts[0]]
    var index = 1
    while index < parts.count {
      if continuesName(parts[index]) {
        kept.append(parts[index])
      } else if let end = listEnd(in: parts, from: index) {
        kept += parts[index...end]
        index = end
      } else {
        break
      }
      index += 1
    }
    return withoutTrailingNumbers(kept.joined(separator: ", "))
  }

  /// A comma-separated part that carries on the name: it has a joining word ("and", "of", "for")
  /// and no digits, or it is one capitalised topic word before an "and" list goes on.
  private static func continuesName(_ part: String) -> Bool {
    // NB: lowercase parts too: many .bib files write venues in lowercase.
    guard !part.isEmpty, !part.contains(where: \.isASCIIDigit), part.first?.isLetter == true || part.hasPrefix("&")
    else { return false }
    let lower = part.lowercased()
    guard !publisherWords.contains(where: lower.containsBytes) else { return false }
    // NB: a state ("Indianapolis, IN") is not the joining word "in".
    if isRegionCode(part) { return false }
    let words = Set(lower.split(separator: " ").map(String.init))
    return !words.isDisjoint(with: ["and", "of", "for", "on", "in", "&", "with"])
  }

  /// "IN", "CA", "UK": two capitals after a city name its state or country.
  private static func isRegionCode(_ text: String) -> Bool {
    text.count == 2 && text.allSatisfy { $0.isLetter && $0.isUppercase }
  }

  /// A part after a comma that names the publisher, not the venue.
  private static let publisherWords = [
    "press", "publishing", "publishers", "springer", "elsevier", "association for computational linguistics",
    "institute of electrical", "verlag", "inc.", "ltd",
  ]

  /// The index of the "and …" part that closes a list of short topic words starting at `start`
  /// ("Speech, Vision, and Language Technologies"), or nil when no such part follows.
  private static func listEnd(in parts: [String], from start: Int) -> Int? {
    var index = start
    while index < parts.count {
      let part = parts[index]
      if continuesName(part) { return index }
      let words = part.split(separator: " ")
      guard !words.isEmpty, words.count <= 3, part.first?.isLetter == true,
        !part.contains(where: \.isASCIIDigit)
      else { return nil }
      index += 1
    }
    return nil
  }

  /// "Journal of Sound and Vibration 512:116402 2022" → "Journal of Sound and Vibration".
  static func withoutTrailingNumbers(_ text: String) -> String {
    var words = text.split(separator: " ")
    // NB: and "Ser." before a series number ("… Society of Japan Ser II"); "Series" stays, a
    // word of names such as "Journal of Physics: Conference Series".
    let numberWords: Set<String> = ["vol", "vol.", "no", "no.", "pp", "pp.", "p.", "issue", "article", "art.", "ser", "ser."]
    while let last = words.last,
      last.contains(where: \.isASCIIDigit) && last.filter(\.isLetter).count <= 1
        || numberWords.contains(last.lowercased())
        || romanNumerals.contains(String(last)) && words.count > 2
    {
      words.removeLast()
    }
    return words.joined(separator: " ").trimming(" ,.;:-–(")
  }

  private static let romanNumerals: Set<String> = [
    "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX",
    "XX",
  ]

  /// "In Proc. of the 26th Annual …" → "…"; an edition or year further in goes too
  /// ("Joint Workshop of the 7th Financial …" → "Joint Workshop of the Financial …").
  static func withoutEditionWords(_ text: String) -> String {
    var words = text.split(separator: " ").map(String.init)[...]
    // NB: "Second" is an edition in "Second Workshop on …", a word in "Second Language Research".
    let namesMeeting = words.contains { meetingWords.contains($0.lowercased()) }
    while let first = words.first,
      leadIn.contains(first.lowercased()) || isEdition(first) && (namesMeeting || first.first?.isASCIIDigit == true)
        || first.lowercased() == "annual" && words.dropFirst().first.map(isMeetingWord) == true
    {
      words.removeFirst()
    }
    // NB: further in, only numbered editions go: "Second" may be a word of the name there.
    let kept = words.filter { !(isEdition($0) && $0.first?.isASCIIDigit == true) }
    return kept.joined(separator: " ").trimming(" ,.;:-–")
  }

  private static let leadIn: Set<String> = [
    "in", "in:", "proc.", "proc", "procs.", "proceedings", "proceeding", "of", "the", "to", "appear", "at", "actes",
    // "accepted for publication in", "published in": the news of a paper, before its venue.
    "accepted", "for", "publication", "published", "presented",
    "de", "la", "du", "-", "–", ":", "st", "nd", "rd", "th",
  ]

  private static let meetingWords: Set<String> = [
    "conference", "workshop", "symposium", "meeting", "summit", "congress", "colloquium", "forum", "conférence",
  ]

  /// "Annual" goes before these ("Annual Meeting of …" is the meeting), not elsewhere ("Annual
  /// Review of Astronomy").
  private static func isMeetingWord(_ word: String) -> Bool {
    ["meeting", "conference", "international", "symposium", "workshop", "acm", "ieee", "joint"]
      .contains(word.lowercased())
  }

  /// An edition or a year: "26th", "8ème", "2024", "Twelfth", "Thirty-Seventh".
  private static func isEdition(_ word: String) -> Bool {
    let lower = word.lowercased().trimming(",.:;")
    if VenueCatalog.fourDigitYear(lower) != nil { return true }
    if let first = lower.first, first.isASCIIDigit {
      let suffix = lower.drop(while: \.isASCIIDigit)
      return ["", "st", "nd", "rd", "th", "ème", "eme", "e", "er", "re", "."].contains(String(suffix))
    }
    return lower.split(separator: "-").allSatisfy { ordinalWords.contains(String($0)) || tensWords.contains(String($0)) }
  }

  private static let ordinalWords: Set<String> = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
  ]
  private static let tensWords: Set<String> = ["twenty", "thirty", "forty", "fifty", "sixty"]

  /// Whether the letters of `abbr` are drawn in order from `name`, starting at a word's first
  /// letter: "JICCE" from "J. Inf. Commun. Converg. Eng.", "PGCIC" from "… P2P, Parallel, Grid,
  /// Cloud and Internet Computing"; "ESE" is not drawn from "Lingue e Linguaggi", so it is no
  /// name for that journal.
  static func isDrawn(_ abbr: String, from name: String) -> Bool {
    let letters = Array(abbr.lowercased().filter(\.isLetter))
    let source = Array(name.lowercased())
    guard let first = letters.first else { return false }
    let starts = source.indices.filter { source[$0] == first && ($0 == 0 || !source[$0 - 1].isLetter) }
    return starts.contains { start in
      var next = 0
      for character in source[start...] where next < letters.count && character == letters[next] { next += 1 }
      return next == letters.count
    }
  }

  /// A venue's kind from the words of its name, nil when they do not say.
  static func kind(ofName name: String) -> Venue.Kind? {
    let lower = name.lowercased()
    if lower.containsBytes(of: "workshop") { return .workshop }
    if journalWords.contains(where: lower.containsBytes) || isJournalNamedProceedings(lower) { return .journal }
    if conferenceWords.contains(where: lower.containsBytes) { return .conference }
    if namesThesis(lower) { return .thesis }
    return nil
  }

  /// Whether `text` says "thesis" or "dissertation" as a word: "Phase Synthesis of …", "a
  /// hypothesis test" and "Photosynthesis" name no thesis (the bytes alone did, and such papers
  /// went uncounted).
  static func namesThesis(_ text: String) -> Bool {
    text.split(whereSeparator: { !$0.isLetter }).contains { word in
      ["thesis", "theses", "dissertation", "dissertations"].contains(word.lowercased())
    }
  }

  /// "Proceedings of the London Mathematical Society", "… of the Royal Society A", "… of the
  /// National Academy of Sciences", "Proceedings of the IEEE", "Proceedings of the ACM on
  /// Programming Languages": journals, though named proceedings; a society's meeting says so
  /// ("Proceedings of the Human Factors and Ergonomics Society Annual Meeting"), and SPIE's
  /// proceedings are a conference's ("Proceedings of the Society of Photo-Optical …").
  private static func isJournalNamedProceedings(_ lower: String) -> Bool {
    guard lower.hasPrefix("proceedings of the ") || lower.hasPrefix("proc. of the ") else { return false }
    let isOfBody = [" society", " academy", "proceedings of the ieee", "proceedings of the acm on "].contains(where: lower.containsBytes)
    return isOfBody && !lower.containsBytes(of: "photo-optical")
      && !conferenceWords.contains { $0 != "proceedings" && lower.containsBytes(of: $0) }
  }

  private static let journalWords = [
    "journal", "transactions", "letters", "review", "magazine", "annals", "bulletin",
    // Chinese and Japanese journals: "西安交通大学学报" (Journal of Xi'an Jiaotong University),
    // "中国图象图形学报", "计算机研究与发展杂志", "情報処理学会論文誌".
    "学报", "學報", "杂志", "雜誌", "期刊", "論文誌",
  ]
  private static let conferenceWords = [
    "conference", "symposium", "proceedings", "congress", "meeting", "colloquium", "summit", "seminar",
    "conférence", "congrès", "colloque",
    "forum", "convention",
    "会议", "會議", "研讨会", "大会", "论坛", "論壇", "年会", "年會", "峰会",
  ]

  /// "Proc. of the IEEE Intl. Conf. on Robotics and Automation" with its abbreviated words
  /// written out, so that the catalogue's full names match it.
  static func expandingAbbreviations(_ text: String) -> String {
    text.split(separator: " ").map { word in abbreviations[word.lowercased()] ?? String(word) }
      .joined(separator: " ")
  }

  private static let abbreviations: [String: String] = [
    "intl.": "International", "intl": "International", "int.": "International", "conf.": "Conference",
    "conf": "Conference", "symp.": "Symposium", "proc.": "Proceedings", "trans.": "Transactions",
    "annu.": "Annual", "workshop.": "Workshop", "wksp.": "Workshop", "comput.": "Computing",
  ]
}
