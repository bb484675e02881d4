import Foundation

/// Reads an author list such as `A. Author, **Owner**\*, C. Author, et al.` or the APA
/// `Tan, H., <strong>Guo, Z.</strong>*, ... & Yan, J.`.
///
/// It accepts a span only when most of its pieces look like names, so a title or a venue line
/// is never mistaken for people.
enum AuthorListParser {
  struct Result {
    var people: [Person]
    var isTruncated: Bool
    /// The characters the list spans, from the start of the input (trailing text is not part).
    var length: Int
  }

  /// Reads people from `characters`; nil when they don't read as an author list.
  static func parse(_ characters: ArraySlice<StyledCharacter>, requireSeveral: Bool = false) -> Result? {
    let pieces = joiningInvertedFirstAuthor(
      joiningInvertedPairs(joiningEmphasisedInvertedName(joiningLastFirst(split(characters)))))
    var people: [Person] = []
    var truncated = false
    var length = 0
    var misses = 0
    // A capitalised word that was no name, kept in case initials follow it (APA).
    var missedFamilyName: String?
    for (index, piece) in pieces.enumerated() {
      let text = piece.text
      if text.lowercased().hasPrefix("et al") {
        // Whatever follows "et al." in the same piece ("(Spotlight) [Project]") is not a name.
        truncated = true
        length = piece.start + (text.hasPrefix("et al.") ? 6 : 5)
        break
      }
      if index == 0, let (person, end) = nameBeforeEtAl(piece) {
        // "Y. Li et al., "Title"": the one name before the list's cut, in its first piece (later
        // pieces go the usual way: "Guo R, **Shan Tao** et al." orders its names as a whole).
        people.append(person)
        truncated = true
        length = end
        break
      }
      if isEllipsis(text) || text.lowercased() == "others" {
        truncated = true
        length = piece.end
        // APA's "…, Birt, A. R., ... Zwienenberg, M.": the last author follows the dots.
        let last = text.trimmingCharacters(in: CharacterSet(charactersIn: ".…& "))
        if !last.isEmpty, !last.contains(" "), last.first?.isUppercase == true, index + 1 < pieces.count,
          isInitialsOnly(stripMarkers(pieces[index + 1].text).0)
        {
          missedFamilyName = last
          misses += 1
        }
        continue
      }
      let (name, markers) = stripMarkers(text)
      if isInitialsOnly(name), let family = missedFamilyName {
        // APA "Long, Y." and "Du, Y.": a family name that is also a word ("Long" paper) or a
        // particle ("du") is a name once its initials follow.
        people.append(Person(name: "\(name) \(family)", asWritten: "\(family), \(text)", isHighlighted: piece.isEmphasised, markers: markers))
        misses -= 1
        missedFamilyName = nil
        length = piece.end
        continue
      }
      missedFamilyName = nil
      // "Chatterjee, S, …" and "Wang, P et al.": initials without their dots.
      let (bare, hasEtAl) = bareInitials(name)
      if isInitialsOnly(name) || bare != nil, piece.text.first?.isUppercase == true, let last = people.indices.last,
        !people[last].name.contains(" ") && people[last].name.first?.isUppercase == true
          || isParticleFamilyName(people[last].name)
      {
        // APA order: "Tan, H." arrives as "Tan" then "H.", "van den Bergh, D." as "van den
        // Bergh" then "D." (11annah.github.io).
        people[last].name = "\(bare ?? name) \(people[last].name)"
        people[last].asWritten += ", " + text
        people[last].markers += markers
        people[last].isHighlighted = people[last].isHighlighted || piece.isEmphasised
        length = piece.end
        if hasEtAl, let end = etAlEnd(in: piece) {
          // NB: the list ends after "et al." ("Wang, P et al. Title …").
          truncated = true
          length = end
          break
        }
        continue
      }
      if !looksLikeName(name), let lastIndex = people.indices.last,
        let last = nameBeforeSentenceEnd(piece, afterFamilyName: !people[lastIndex].name.contains(" "))
      {
        // "…, Wang Fang. Deep learning for …": the last name ends at its sentence end; in APA
        // order ("…; Chen, J. *Title.*") it is the initials of the name before.
        if isInitialsOnly(last.name) {
          people[lastIndex].name = "\(last.name) \(people[lastIndex].name)"
          people[lastIndex].markers += last.markers
        } else {
          people.append(Person(name: last.name, asWritten: last.written, isHighlighted: piece.isEmphasised, markers: last.markers))
        }
        length = piece.start + last.written.count + 1
        break
      }
      if !looksLikeName(name), let written = withCapitalisedNames(name), isAmongNames(pieces[(index + 1)...]) {
        // "Youheng zhu, **Yiping Lu**", "…, zipei fan, Gang Yan": a name typed in lower case, among names.
        people.append(Person(name: written, asWritten: text.trimmed(), isHighlighted: piece.isEmphasised, markers: markers))
        length = piece.end
        continue
      }
      guard looksLikeName(name) else {
        misses += 1
        // NB: four words or more are a title ("PIT: A Novel Toothbrush …, Robust Plaque
        // Indication During Brushing"), never a slip in a list: the names ended before it.
        if name.split(separator: " ").count >= 4 { break }
        if piece.separator == ",", !name.contains(" "), name.first?.isUppercase == true, name.count >= 2,
          name.allSatisfy(\.isLetter), index + 1 < pieces.count, isInitialsOnly(stripMarkers(pieces[index + 1].text).0)
        {
          missedFamilyName = name
          continue
        }
        // A name list ends where names stop; anything after is someone else's text.
        if people.isEmpty || misses > 1 || index == pieces.count - 1 { break }
        continue
      }
      // NB: one word after a piece that was no name ("A. Feldmann, International Symposium on
      // Research in Attacks, Intrusions, and Defenses") is the venue going on, not a person.
      if misses > 0, !name.contains(" "), !piece.isEmphasised { break }
      people.append(
        Person(
          name: name, asWritten: text.trimmed(), isHighlighted: piece.isEmphasised,
          markers: markers))
      length = piece.end
    }
    guard !people.isEmpty else { return nil }
    // NB: "Robert Wills, et al." names one person of several.
    if requireSeveral && people.count < 2 && !truncated && !people.contains(where: \.isHighlighted)
      && !pieces.contains(where: \.isSoleInvertedName)
    {
      return nil
    }
    return Result(people: Self.orderingFamilyInitials(Self.separatingGluedNames(people)), isTruncated: truncated, length: length)
  }

  /// "…, Estrada, L., Ford B., Li, C., …" (1Dandan.github.io): in a list that writes its names
  /// "Family, I.", a name typed without the comma ("Ford B.", "Weng H.") is written family first
  /// too: B. Ford. Only a capitalised word, then initials with their dots.
  private static func orderingFamilyInitials(_ people: [Person]) -> [Person] {
    let inverted = people.filter { $0.asWritten.contains(", ") && isInitialsOnly(String($0.name.split(separator: " ").first ?? "")) }
    guard inverted.count >= 2 else { return people }
    return people.map { person in
      let words = person.name.split(separator: " ")
      guard words.count >= 2, !person.asWritten.contains(","), let family = words.first,
        family.count >= 2, family.first?.isUppercase == true, family.allSatisfy({ $0.isLetter || $0 == "-" }),
        words.dropFirst().allSatisfy({ $0.hasSuffix(".") && isInitialsOnly(String($0)) })
      else { return person }
      var reordered = person
      reordered.name = (words.dropFirst() + [family]).joined(separator: " ")
      return reordered
    }
  }

  /// "CongPan, **JunranPeng**, XingyuanBu": names typed without the space between given and
  /// family name, two or more in one list, are written apart ("Cong Pan"). One such word alone
  /// is left as written: it may be a family name that has a capital inside ("McDonald").
  private static func separatingGluedNames(_ people: [Person]) -> [Person] {
    let parts = people.map { gluedParts(of: $0.name) }
    guard parts.count(where: { $0 != nil }) >= 2 else { return people }
    return zip(people, parts).map { person, parts in
      guard let (given, family) = parts else { return person }
      var separated = person
      separated.name = "\(given) \(family)"
      return separated
    }
  }

  /// "JunranPeng" → ("Junran", "Peng"): one word of two capitalised parts of two or more
  /// letters, the first no family-name prefix ("McDonald", "DeVries", "LeCun").
  private static func gluedParts(of word: String) -> (String, String)? {
    guard !word.contains(" "), word.count >= 4, word.allSatisfy(\.isLetter), word.first?.isUppercase == true,
      case let inner = word.dropFirst(), let split = inner.firstIndex(where: \.isUppercase),
      inner[..<split].allSatisfy(\.isLowercase), inner[split...].dropFirst().allSatisfy(\.isLowercase)
    else { return nil }
    let given = String(word[..<split])
    let family = String(word[split...])
    guard given.count >= 2, family.count >= 2, !gluedNamePrefixes.contains(given) else { return nil }
    return (given, family)
  }

  private static let gluedNamePrefixes: Set<String> = ["Mc", "Mac", "De", "Le", "La", "Di", "Da", "Du", "Van", "Von", "Fitz", "Del"]

  /// The name that opens `piece` and ends at a sentence end ("Mei Lin*. *Title.* …"), when what
  /// follows starts a new sentence; an initial's dot ("J. Smith") is not a sentence end, unless
  /// the initials complete a family name before them (APA "Chen, J. Title").
  private static func nameBeforeSentenceEnd(_ piece: Piece, afterFamilyName: Bool) -> (
    name: String, written: String, markers: [Person.Marker]
  )? {
    var searchStart = piece.text.startIndex
    while let dot = piece.text.range(of: ". ", range: searchStart..<piece.text.endIndex) {
      let written = String(piece.text[..<dot.lowerBound])
      searchStart = dot.upperBound
      let next = piece.text[dot.upperBound...].first { !"*_ ".contains($0) }
      // NB: "…, Xiaohui Kuang. (CCF-C)": a note in parentheses or brackets opens after the
      // sentence end as well as a title does; "(2019, July)" is APA's date, read elsewhere.
      guard next?.isUppercase == true || next?.isNumber == true || opensWordNote(piece.text[dot.upperBound...])
      else { return nil }
      if afterFamilyName, isInitialsOnly(written + ".") {
        let initials = written + "." + followingInitials(piece.text[dot.upperBound...])
        return (initials, String(initials.dropLast()), [])
      }
      guard let lastWord = written.split(separator: " ").last, lastWord.filter(\.isLetter).count > 1 else { continue }
      let (name, markers) = stripMarkers(written)
      guard looksLikeName(name), name.split(separator: " ").count >= 2 else { return nil }
      return (name, written, markers)
    }
    return nil
  }

  /// The person written before " et al." in one piece ("Y. Li et al."), and where the list
  /// ends (after "et al." and its dot); nil when the words before it read as no name.
  private static func nameBeforeEtAl(_ piece: Piece) -> (Person, end: Int)? {
    guard let etAl = piece.text.range(of: " et al"), let end = etAlEnd(in: piece) else { return nil }
    let written = String(piece.text[..<etAl.lowerBound])
    let (name, markers) = stripMarkers(written)
    guard looksLikeName(name), name.contains(" ") else { return nil }
    return (Person(name: name, asWritten: written.trimmed(), isHighlighted: piece.isEmphasised, markers: markers), end)
  }

  /// Where a list cut with " et al" inside `piece` ends: after "et al" and its dot.
  private static func etAlEnd(in piece: Piece) -> Int? {
    guard let etAl = piece.text.range(of: " et al") else { return nil }
    let dot = piece.text[etAl.upperBound...].hasPrefix(".") ? 1 : 0
    return piece.start + piece.text.distance(from: piece.text.startIndex, to: etAl.upperBound) + dot
  }

  /// "(CCF-C)", "[Oral]": a parenthesis or bracket opening on a letter.
  private static func opensWordNote(_ rest: Substring) -> Bool {
    let text = rest.drop { "*_ ".contains($0) }
    guard let open = text.first, open == "(" || open == "[" else { return false }
    return text.dropFirst().first?.isLetter == true
  }

  /// "T." of "L. T. (2016)": the initials that go on a name's first one, each a capital and a
  /// dot, with a space before each.
  private static func followingInitials(_ rest: Substring) -> String {
    var initials = ""
    var rest = rest
    while rest.count >= 2, let letter = rest.first, letter.isUppercase, rest.dropFirst().first == ".",
      rest.count == 2 || rest.dropFirst(2).first == " "
    {
      initials += " \(letter)."
      rest = rest.dropFirst(3)
    }
    return initials
  }

  /// "S" → "S.", "SK" → "S. K.", "P et al" → "P." and the list cut: one or two capitals
  /// standing for initials whose dots were left out; nil for anything else.
  private static func bareInitials(_ name: String) -> (String?, Bool) {
    var letters = Substring(name)
    var hasEtAl = false
    if let range = name.range(of: " et al"), range.lowerBound <= name.index(name.startIndex, offsetBy: min(2, name.count)) {
      letters = name[..<range.lowerBound]
      hasEtAl = true
    }
    guard (1...2).contains(letters.count), letters.allSatisfy({ $0.isUppercase && $0.isLetter }) else { return (nil, false) }
    return (letters.map { "\($0)." }.joined(separator: " "), hasEtAl)
  }

  private static func isEllipsis(_ text: String) -> Bool {
    let t = text.trimmed()
    return t == "..." || t == "…" || t == "...." || t == "&..." || t == "& ..." || t.hasPrefix("...")
      || t.hasPrefix("…")
  }

  /// Removes equal-contribution and corresponding marks: `*`, `#`, `†`, `‡`, `✉`, `$^\dagger$`,
  /// affiliation digits, and a trailing "(Equal Contribution)".
  /// "王建伟(Jianwei Wang)*" → "Jianwei Wang*": a name in Chinese characters followed by its
  /// romanised form in parentheses, as bilingual pages write every author (HuangWBill.github.io).
  /// The romanised form is the one other lists write, so the co-author graph joins them.
  static func romanisedForm(of raw: String) -> String? {
    guard let first = raw.unicodeScalars.first, first.properties.isIdeographic,
      let open = raw.firstIndex(where: { $0 == "(" || $0 == "（" }),
      let close = raw[open...].firstIndex(where: { $0 == ")" || $0 == "）" })
    else { return nil }
    let native = raw[..<open].trimmed()
    let latin = raw[raw.index(after: open)..<close].trimmed()
    guard (2...4).contains(native.count), native.unicodeScalars.allSatisfy(\.properties.isIdeographic),
      latin.contains(" "), latin.allSatisfy({ $0.isASCII && ($0.isLetter || " -.'".contains($0)) })
    else { return nil }
    return latin + raw[raw.index(after: close)...]
  }

  static func stripMarkers(_ raw: String) -> (String, [Person.Marker]) {
    // NB: nearly every name carries no mark; one byte scan says so and skips the work below.
    if isUnmarked(raw.utf8) { return (withoutSentenceDot(raw).collapsingWhitespace(), []) }
    if let romanised = romanisedForm(of: raw) { return stripMarkers(romanised) }
    // "[Zeyuan Yang], [Hao-Wei Chen], **Haoyu Zhen**" (anyezhy.github.io): a name written as a
    // reference link whose address is defined in another file; a closing bracket alone
    // ("Zeyuan Yang]") goes too.
    if raw.hasSuffix("]"), raw.count > 2, !raw.dropFirst().dropLast().contains(where: { "[]".contains($0) }) {
      return stripMarkers(String(raw.hasPrefix("[") ? raw.dropFirst().dropLast() : raw.dropLast()))
    }
    // NB: "P.‑C.", "Hamdi‑Sultan": a non-breaking hyphen (U+2011, typed by some editors) is a hyphen.
    var text = raw.replacingOccurrences(of: "\u{2011}", with: "-").replacingOccurrences(of: "\u{2010}", with: "-")
    var markers: [Person.Marker] = []
    let mayHoldLaTeX = text.contains(where: { $0 == "$" || $0 == "\\" || $0 == "^" })
    // NB: "$^{\ast}$" (ansonshe.github.io) before "$\ast$", which would leave "$^{}" behind.
    for latex in [
      "$^{\\dagger}$", "$^\\dagger$", "$\\dagger$", "\\dagger", "$^{\\ast}$", "$^\\ast$", "$\\ast$", "$^{*}$", "$^*$", "^*", "^†",
    ]
    where mayHoldLaTeX {
      if text.contains(latex) {
        text = text.replacingOccurrences(of: latex, with: "")
        markers.append(.equalContribution)
      }
    }
    // "Jie Zhang (equal contribution)", "Jie Zhang [*the corresponding author*]", "Xingxing Wei
    // (Supervisor)", "Mingjie Ma (Rank 2nd in students)": a note on the name, in parentheses or
    // brackets.
    if let paren = roleNoteStart(in: text) {
      // NB: "(*Equal Contribution)" closing a list explains the stars; it marks no one.
      if text[paren...].lowercased().contains("corresponding") { markers.append(.corresponding) }
      text = String(text[..<paren])
    }
    // NB: "∗" (U+2217) after a backslash, as some pages escape it: "CongPan\∗".
    // NB: "★" and "☆" as pages set equal contribution in `<sup>` (hannieliao.github.io).
    // NB: "{" and "}" as TeX groups marks ("Haidong Xin$^{\*†}$", xhd0728.github.io).
    // NB: "+" as some mark equal contribution ("Sheng-Wei Huang+, Che-Tsung Lin+", alexofntu.github.io).
    let markChars: Set<Character> = ["*", "∗", "\\", "#", "†", "‡", "✉", "§", "¶", "✝", "^", "$", "¹", "²", "³", "★", "☆", "{", "}", "+"]
    // "Mei Lin*." ends its sentence after the mark.
    text = withoutSentenceDot(text.trimmed())
    // NB: an emoji or another symbol after a name marks it too: "Zheng Liu📌, Ruicong Liu📌,
    // Feng Lu📩" (bhipee.github.io), an envelope the corresponding author; "Yunhong He❁"
    // (zhengqingyuan's page, "❁Equal contributions").
    while let last = text.last, markChars.contains(last) || isSymbolMark(last) || last == " " || isAffiliationDigit(last, in: text) {
      if last == "✉" || ["📩", "📧", "✉️", "📨"].contains(last) {
        markers.append(.corresponding)
      } else if markChars.contains(last) || isSymbolMark(last) {
        markers.append(.equalContribution)
      }
      text.removeLast()
    }
    while let first = text.first, markChars.contains(first) || first == " " { text.removeFirst() }
    // A link label right after the last name leaves "[" or "(" behind: "Xinchao Wang [".
    text = text.trimming(" [(|")
    text = text.trimming("\"'“”").trimmed()
    text = withoutSentenceDot(text)
    return (text.collapsingWhitespace(), Array(Set(markers)).sorted { $0.rawValue < $1.rawValue })
  }

  /// Where a note on the name starts: a group in parentheses or brackets that names a role
  /// ("equal", "corresponding"), or one of a few words closing the text after a name of two or
  /// more words ("(Supervisor)", "(Rank 2nd in students)").
  private static func roleNoteStart(in text: String) -> String.Index? {
    guard let open = text.firstIndex(where: { $0 == "(" || $0 == "[" }) else { return nil }
    let lower = text.lowercased()
    if lower.contains("equal") || lower.contains("corresponding") { return open }
    let head = text[..<open].trimmingCharacters(in: .whitespaces)
    let note = text[text.index(after: open)...].dropLast()
    // "Liu ZH(指导研究生)" ("supervised student"): a note in Chinese after a Latin name.
    if head.contains(where: \.isLetter), head.unicodeScalars.allSatisfy({ !$0.properties.isIdeographic }),
      note.unicodeScalars.contains(where: \.properties.isIdeographic), !note.contains(where: \.isASCII)
    {
      return open
    }
    // "Lichao Sun (AAAI 26 Demo Track)", "Lichao Sun (AAAI 2026)": the venue after the last
    // name (zhengqingyuan's page), not a part of it.
    let noteText = String(note)
    // NB: only a note that closes the piece: "Ma Z (2023) Initiations of … Satellite Data"
    // (jhsunlab.github.io) is the last name, the year and the title, no name with a note.
    let close = text[open...].firstIndex { $0 == ")" || $0 == "]" }
    let closesPiece = close.map { !text[text.index(after: $0)...].contains(where: \.isLetter) } ?? true
    if head.contains(" "), closesPiece,
      !VenueCatalog.years(in: noteText).isEmpty || VenueCatalog.standard.mentions(in: noteText).contains(where: { $0.year != nil })
    {
      return open
    }
    // NB: an acronym in parentheses names the thing before it ("Signal Processing (SP)").
    guard let last = text.last, last == ")" || last == "]",
      head.split(separator: " ").count >= 2, note.split(separator: " ").count <= 5,
      note.contains(where: \.isLowercase)
    else { return nil }
    return open
  }

  /// "Xinchao Wang." ends a sentence; "J." is an initial and keeps its dot.
  private static func withoutSentenceDot(_ text: String) -> String {
    guard text.hasSuffix("."), let lastWord = text.split(separator: " ").last, lastWord.count > 2,
      !lastWord.dropLast().contains("."), !["Jr.", "Sr.", "Jun.", "Sen."].contains(String(lastWord))
    else { return text }
    return String(text.dropLast())
  }

  /// Whether `line` is a list of names and nothing more: three or more, or two or more with an
  /// emphasised one, up to its end.
  static func isNameList(_ line: ArraySlice<StyledCharacter>) -> Bool {
    guard let start = line.firstIndex(where: { !$0.character.isWhitespace }),
      let names = parse(line[start...], requireSeveral: true)
    else { return false }
    let rest = line[(start + names.length)...]
    let hasOwner = line.contains { !$0.style.intersection(.emphasis).isEmpty }
    return (names.people.count >= 3 || names.people.count >= 2 && hasOwner)
      && !rest.contains { $0.character.isLetter || $0.character.isNumber }
  }

  /// An emoji or a symbol (Unicode's "other symbol": ❁, ♠, ✦), which no name is spelled with.
  private static func isSymbolMark(_ character: Character) -> Bool {
    character.isEmoji || character.unicodeScalars.first?.properties.generalCategory == .otherSymbol
  }

  /// Whether `stripMarkers` would leave `text` as it is but for the sentence dot: no mark,
  /// digit, parenthesis, bracket or LaTeX anywhere (nor `†`, `‡`, `✉`, `§`, `¹`, NBSP or curly quotes,
  /// whose UTF-8 starts 0xC2 or 0xE2, nor an emoji, 0xF0), and nothing it trims at either end.
  private static func isUnmarked(_ text: String.UTF8View) -> Bool {
    guard let first = text.first, let last = text.last else { return true }
    if trimmedAtEnds.contains(first) || trimmedAtEnds.contains(last) { return false }
    return !text.contains { byte in
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "$"), UInt8(ascii: "\\"), UInt8(ascii: "^"),
        UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "*"), UInt8(ascii: "#"), UInt8(ascii: "+"), 0xC2, 0xE2, 0xF0:
        true
      default: false
      }
    }
  }

  private static let trimmedAtEnds = Array(" [(|\"'".utf8)

  /// A digit glued to a name ("Wang1", "Li2,3") is an affiliation mark; "IJCAI 2021" is not a name.
  private static func isAffiliationDigit(_ c: Character, in text: String) -> Bool {
    guard c.isASCIIDigit else { return false }
    let beforeDigits = text.reversed().drop(while: \.isASCIIDigit).first
    return text.reversed().prefix(while: \.isASCIIDigit).count <= 2 && beforeDigits?.isLetter == true
  }

  /// "van den Bergh", "de la Cruz", "von Neumann": particles in lower case, then a capitalised
  /// family name.
  static func isParticleFamilyName(_ name: String) -> Bool {
    let words = name.split(separator: " ")
    guard (2...4).contains(words.count), let last = words.last, last.first?.isUppercase == true,
      last.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" })
    else { return false }
    return words.dropLast().allSatisfy { Vocabulary.nameParticles.contains(String($0)) }
  }

  static func isInitialsOnly(_ name: String) -> Bool {
    let compact = name.filter { !$0.isWhitespace }
    guard !compact.isEmpty, compact.count <= 8 else { return false }
    // "H.", "J.-P.", "Z.Y."
    return compact.allSatisfy { $0.isUppercase || $0 == "." || $0 == "-" } && compact.contains(".")
  }

  private static let urlMarks = [":", "http", "/", "?", "!", "="]

  /// Whether `name` reads as a person's name: 1–6 capitalised words or initials, no digits.
  static func looksLikeName(_ name: String) -> Bool {
    // NB: bytes first, Characters only when a byte says they may matter: a Character can only
    // be an ASCII digit or bracket where that byte is, and 60 bytes are at most 60 Characters.
    // The parsers ask this of every candidate name, many times an entry.
    guard !name.isEmpty, name.utf8.count <= 60 || name.count <= 60 else { return false }
    let bytes = name.utf8
    if bytes.contains(where: { (0x30...0x39).contains($0) }), name.contains(where: \.isASCIIDigit) { return false }
    if bytes.contains(where: { Self.bracketBytes.contains($0) }), name.contains(where: { "()[]{}<>|".contains($0) }) {
      return false
    }
    if urlMarks.contains(where: name.containsASCII) { return false }
    if name.unicodeScalars.allSatisfy({ $0.properties.isIdeographic || $0 == "·" || $0 == " " }) {
      return (2...6).contains(name.count)
    }
    let words = name.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
    guard (1...6).contains(words.count) else { return false }
    var capitalised = 0
    // "Ada Lovelace. CVPR": a full word with a dot inside a name ends a sentence.
    for word in words.dropLast() where word.hasSuffix(".") && word.filter(\.isLetter).count > 2 {
      if !["Jr.", "Sr.", "Jun.", "Sen."].contains(String(word)) { return false }
    }
    // "Shuaimin Li. Neurocomputing" (curya-wangyiyu.github.io): a family name of two letters
    // ends a sentence after a written-out given name; "Ch. Wang", "Max Q.-H. Meng" and "Julia
    // St. Clair" do not.
    for (previous, word) in zip(words.dropLast(2), words.dropFirst().dropLast())
    where word.count == 3 && word.hasSuffix(".") && word.first?.isUppercase == true && word.dropFirst().first?.isLowercase == true
      && !previous.contains(".") && previous.filter(\.isLetter).count > 2 && !["St.", "Jr.", "Sr."].contains(String(word))
    {
      return false
    }
    for word in words {
      let lower = word.lowercased()
      if Vocabulary.nameParticles.contains(lower) { continue }
      guard let first = word.first(where: \.isLetter) else { return false }
      if first.isUppercase { capitalised += 1 } else { return false }
      // "Jean-Pierre" is a name; "Text-to-Lip" is not.
      if !hyphenatedPartsAreCapitalised(word) { return false }
      if Vocabulary.wordsNeverInNames.contains(lower) { return false }
    }
    // A single word is a name only when it is not a common label ("Preprint", "Oral").
    if words.count == 1 { return capitalised == 1 && words[0].count >= 2 && !Vocabulary.labelsNotNames.contains(words[0].lowercased()) }
    return capitalised >= 1
  }

  private static let bracketBytes = Set("()[]{}<>|".utf8)

  /// False when a word of two or more hyphen-separated parts has a part that does not start
  /// upper-case; empty parts (`--`) do not count.
  private static func hyphenatedPartsAreCapitalised(_ word: Substring) -> Bool {
    var parts = 0
    var allCapitalised = true
    var atPartStart = true
    for character in word {
      if character == "-" {
        atPartStart = true
        continue
      }
      if atPartStart {
        parts += 1
        allCapitalised = allCapitalised && character.isUppercase
        atPartStart = false
      }
    }
    return parts < 2 || allCapitalised
  }
}
