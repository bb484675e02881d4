import Foundation

/// An entry written as a formatted reference (`C. Hao, **T. T. Vu**, "Title", IEEE Internet of
/// Things Journal (Impact Factor: 10.6), 2024.`), read by `ReferenceParser` where the homepage
/// rules read it poorly.
///
/// The homepage rules lean on marks — badges, a bold or linked title, a paper-box — and a page of
/// plain references has none, or has misleading ones (a bold "**Invited Paper**" note). The
/// parser reads such an entry word by word; its reading decides only where the rules found less:
/// no title, a title other than the quoted one, no venue or one no list knows, no year.
extension EntryInterpreter {
  /// The parser's reading of an entry, when the entry may be a formatted reference.
  struct ReferenceReading {
    var title: String
    var isTitleQuoted: Bool
    var authors: [Person]
    var isAuthorListTruncated: Bool
    var venue: Venue?
    var year: Int?
    /// Whether `title` is the citation of a reference written without one ("Phys. Rev. B 58, 3641").
    var isCitation = false
  }

  /// Nil for entries with homepage marks (badges, images, a paper-box) or too short to be a
  /// reference.
  func referenceReading(of entry: StyledEntry, badges: [String]) -> ReferenceReading? {
    // NB: images too are homepage marks (shields, teasers); a list of references has none.
    guard badges.isEmpty, entry.imageTexts.isEmpty, entry.shape != .paperBox else { return nil }
    // NB: without its buttons ("[PDF](…)") and the notes under it ("- BCSD does not change
    // variability indices").
    let written = withoutNoteItems(Self.withoutEntryLabel(entry.charactersWithoutLinkLabels).text).collapsingWhitespace()
    // NB: without a "(with A. Tonks)" clause, which is no part of the title (`CoauthorClause`).
    let plain = CoauthorClause.mayHold(written) ? CoauthorClause(written).text : written
    // NB: thirty characters hold a one-author physics reference ("A. Owner, Nature Phys. 12, 100
    // (2016)."); shorter text is no reference.
    guard plain.count >= 30, plain.count <= 2_000, !VenueCatalog.years(in: plain).isEmpty else { return nil }
    let reference = ReferenceParser().parse(plain)
    guard let title = reference.title.flatMap({ $0.split(separator: " ").count >= 3 ? $0 : nil }) ?? reference.citation,
      !reference.people.isEmpty
    else {
      return nil
    }
    let isQuoted = ["\"\(title)", "“\(title)", "\"**\(title)", "“**\(title)"].contains { plain.contains($0) }
    return ReferenceReading(
      title: title, isTitleQuoted: isQuoted, authors: reference.people,
      isAuthorListTruncated: reference.isAuthorListTruncated,
      venue: ReferenceVenue.resolve(reference, catalog: catalog), year: reference.year, isCitation: reference.title == nil)
  }

  /// The characters without the code span that numbers the entry (`` `C-J-3` Guo R, …``),
  /// which the reference parser would read as part of the first name.
  static func withoutEntryLabel(_ characters: [StyledCharacter]) -> [StyledCharacter] {
    guard let start = characters.firstIndex(where: { !$0.character.isWhitespace }), characters[start].style.contains(.code)
    else { return characters }
    let end = characters[start...].firstIndex(where: { !$0.style.contains(.code) }) ?? characters.endIndex
    guard isEntryLabel(characters[start..<end].text) else { return characters }
    return Array(characters[end...])
  }

  /// Where `title` is written in `text`, for an entry whose rules found no title; a space in the
  /// title matches any run of white space, or none where a wrapped line was joined.
  func titleRange(of title: String, in text: EntryText) -> Range<Int>? {
    let characters = text.characters.map(\.character)
    let wanted = Array(title)
    guard let first = wanted.first else { return nil }
    for start in characters.indices where characters[start] == first {
      if let end = Self.match(wanted, in: characters, from: start) { return start..<end }
    }
    return nil
  }

  private static func match(_ wanted: [Character], in characters: [Character], from start: Int) -> Int? {
    var index = start
    for character in wanted {
      if character == " " {
        // NB: zero or more: `EntryText` joins wrapped lines without a space.
        while index < characters.count, characters[index].isWhitespace { index += 1 }
      } else {
        guard index < characters.count, characters[index] == character else { return nil }
        index += 1
      }
    }
    return index
  }

  /// The year: the rules' unless it is a page number and the parser read another year ("2017 Dec
  /// 1;69(12):1920-5" is 2017, not 1920; "pp:1900-1914, MARCH 2023" is 2023).
  func year(_ found: Int?, read: Int?, in entry: StyledEntry) -> Int? {
    guard let found, let read, found != read else { return found ?? read }
    let plain = entry.characters.text
    let isPageNumber = [":\(found)", "\(found)-", "\(found)–", "-\(found)", "–\(found)"].contains { plain.contains($0) }
    return isPageNumber ? read : found
  }

  /// Whether the parser's title is the better one: it is quoted in the entry; or the rules' title
  /// stops on a word no title ends with ("… in Patients with", cut at a line break) and the
  /// parser's goes on; or the rules' title is names only ("Tuhina Neogi and Yvonne C. Lee").
  /// NB: not when the rules' title holds the parser's with a lead-in: "AsyncDiff: …", "DE-DQN: …"
  /// and "Do Not …" are titles whose first word the parser can take for an author.
  func prefersReadTitle(_ reading: ReferenceReading, over title: String) -> Bool {
    let read = reading.title.lettersAndDigitsKey
    let found = title.lettersAndDigitsKey
    // NB: a reference without a title, whose journal the rules took for one ("Phys. Rev. B 58"):
    // its citation names it.
    if reading.isCitation { return read.hasPrefix(found) }
    // The same words, where the rules joined a wrapped line without a space ("Direct MedicalCosts").
    if read == found { return reading.title.utf8.count(of: UInt8(ascii: " ")) > title.utf8.count(of: UInt8(ascii: " ")) }
    guard read.count >= 12 else { return false }
    // NB: a quoted title the parser ended early ("… domain isolation on" before `android",`,
    // which it took for a name) loses to the rules' whole one.
    if reading.isTitleQuoted { return !(found.count > read.count && found.hasPrefix(read)) }
    if let last = title.split(separator: " ").last, Self.joiningWords.contains(last.lowercased()), read.hasPrefix(found) {
      return true
    }
    // NB: names of two to four words: the parser can take a title for one long "name".
    let people = reading.authors.filter { (2...4).contains($0.name.split(separator: " ").count) }
    let names = Set(people.flatMap { $0.name.split(separator: " ").map { String($0).lettersAndDigitsKey } })
    func isName(_ word: String) -> Bool {
      names.contains(word.lettersAndDigitsKey) || (word.count <= 3 && word.allSatisfy(\.isUppercase))
        || ["and", "et", "al"].contains(word.lowercased())
    }
    // "W. Hu and K. Wu. A Low Latency …": the rules' title holds the parser's after the last
    // names of the author list, written with initials.
    if let start = title.range(of: reading.title), start.lowerBound > title.startIndex,
      Self.isInitialledNameList(title[..<start.lowerBound])
    {
      return true
    }
    let words = title.split(whereSeparator: { !$0.isLetter }).map(String.init)
    return !words.isEmpty && words.allSatisfy(isName)
  }

  /// "W. Hu and K. Wu." or "J.-P. Li, K. Wu*,": names each written as initials and a family name.
  private static func isInitialledNameList(_ text: Substring) -> Bool {
    let names = text.replacingOccurrences(of: " and ", with: ",").split(separator: ",")
      .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " .*:")) }.filter { !$0.isEmpty }
    return !names.isEmpty && names.allSatisfy { name in
      let words = name.split(separator: " ")
      guard words.count >= 2, let family = words.last, family.first?.isUppercase == true,
        family.dropFirst().allSatisfy({ $0.isLowercase || $0 == "-" })
      else { return false }
      return words.dropLast().allSatisfy { $0.hasSuffix(".") && $0.filter(\.isLetter).count <= 2 && $0.first?.isUppercase == true }
    }
  }

  static let joiningWords: Set<String> = ["with", "of", "for", "and", "in", "on", "the", "a", "an", "to", "from", "by"]

  /// A venue name no one would write: cut inside a parenthesis ("IEEE Internet of Things Journal
  /// (Impact Factor"), a sentence or more long, or holding the title's last four words.
  func isImplausible(_ venue: Venue?, title: String) -> Bool {
    guard let name = venue?.name else { return false }
    if name.filter({ $0 == "(" }).count > name.filter({ $0 == ")" }).count || name.split(separator: " ").count > 14 {
      return true
    }
    let titleWords = title.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    let venueText = " " + name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ") + " "
    // NB: the title's last four words: a book sharing a chapter's lead words ("Federated
    // Learning: Theory and Practice" for "Personalized Federated Learning: Theory and Open
    // Problems") is a real venue.
    guard titleWords.count >= 4 else { return false }
    return venueText.contains(" " + titleWords.suffix(4).joined(separator: " ") + " ")
  }

  /// The rules' author list, or the parser's when it holds every name the rules found and more
  /// (the rules stop early at "…, and *Tuan Dung Nguyen*. “**Title**”"); the marks the rules
  /// read (bold owner, `*` equal contribution) are kept on the names they found.
  func completed(_ found: AuthorListParser.Result?, by reading: ReferenceReading, title: String, venue: Venue?)
    -> AuthorListParser.Result?
  {
    let people = found?.people ?? []
    let readKeys = reading.authors.map { PersonName($0.name).key }
    let foundKeys = Set(people.map { PersonName($0.name).key })
    // NB: a name the rules did not find must read as a whole name, and not as words of the
    // title: the parser can take a title's lead-in ("GKD-Recruiter: …", "Adaptive Filtering
    // Technique and …" after a mismatched quote) for one more author, or a label ("Best Paper,
    // Title …") for the only one.
    let added = reading.authors.filter { !foundKeys.contains(PersonName($0.name).key) }
    let titleText = title.lowercased()
    // NB: nor as words of the venue: "Jiujun Zhang, _Energy and AI_, 2023" is no author "A. I. Energy".
    let venueWords = Set([venue?.name, reading.venue?.name].compactMap { $0?.lowercased() }.flatMap { $0.split(separator: " ") })
    guard reading.authors.count > people.count, people.allSatisfy({ readKeys.contains(PersonName($0.name).key) }),
      added.allSatisfy({
        $0.name.split(separator: " ").count >= 2 && !Self.isSuspiciousName($0) && !titleText.contains($0.name.lowercased())
          && AuthorListParser.looksLikeName($0.name) && !venueWords.contains(Substring(PersonName($0.name).family.lowercased()))
      })
    else {
      return found
    }
    let marked = Dictionary(people.map { (PersonName($0.name).key, $0) }, uniquingKeysWith: { first, _ in first })
    let merged = reading.authors.map { marked[PersonName($0.name).key] ?? $0 }
    return AuthorListParser.Result(people: merged, isTruncated: reading.isAuthorListTruncated, length: found?.length ?? 0)
  }

  /// Whether the catalogue or the journal lists know `venue`: a name read from a list, not guessed.
  func isListed(_ venue: Venue?) -> Bool {
    guard let venue else { return false }
    return catalog.knows(venue) || venue.kind == .preprint
  }
}
