import Foundation

/// Splits the author part of a formatted reference into people, whatever the style writes.
///
/// - APA and MLA invert names: `Romero, C., Paunesku, D., & Dweck, C.`; Chicago inverts only the
///   first: `Lee, L. L., W. E. Howard, and R. E. Marsh`;
/// - IEEE and ACS keep the natural order: `S. E. Han, G. Chen,`;
/// - Vancouver and GB/T 7714 put the initials last, without periods: `Pérez-Higueras JJ, Arias A`;
/// - `;` separates names in some styles, `and`, `&`, `und`, `et` the last one.
///
/// Every name comes out in natural order ("C. Romero", "J. J. Pérez-Higueras"), the form the
/// homepage and BibTeX readers give, so the people index matches them across inputs.
// Hand-written: no Swift package splits name lists (Ruby's namae does, for AnyStyle).
enum ReferenceAuthors {
  /// The people in `text`, and whether it cut the list (`et al.`, `…`).
  static func people(in text: String) -> (people: [Person], isTruncated: Bool) {
    // "Rodriguez-Martin, B et al (includes Bruzos AL)" (ALBruzos.github.io): the list names
    // its first author and, in parentheses, the owner among the others.
    let (listed, included) = withoutIncludedNames(text)
    guard included.isEmpty else {
      let (people, _) = Self.people(in: listed)
      let known = Set(people.map(\.name.matchingKey))
      return (people + Self.people(in: included).people.filter { !known.contains($0.name.matchingKey) }, true)
    }
    var (rest, truncated) = withoutTruncation(withoutEditorMark(text))
    // A conjunction between spaces ("A and B") stands for a comma; so does each one then.
    let words = rest.split(ascii: " ")
    let hasConjunction = words.contains {
      $0.startIndex > rest.startIndex && $0.endIndex < rest.endIndex && conjunctions.contains($0.lowercased())
    }
    // NB: "Schneider & Bitsch (2021)": names joined only by a conjunction are two people; no
    // style writes one inverted name as "Family & Given", so no piece pairs with the next.
    let isJoinedByConjunctionOnly = hasConjunction && !rest.utf8.contains(UInt8(ascii: ","))
      && !rest.utf8.contains(UInt8(ascii: ";"))
    if hasConjunction {
      rest = words.map { conjunctions.contains($0.lowercased()) ? "," : String($0) }.joined(separator: " ")
    }
    // NB: not when a piece between semicolons holds two names or more ("García-Souto, D#,
    // Bruzos, AL#; Díaz-Costas, S#": a semicolon typed for a comma).
    let isSemicolonList = rest.utf8.contains(UInt8(ascii: ";"))
      && rest.split(separator: ";").allSatisfy { $0.utf8.lazy.filter { $0 == UInt8(ascii: ",") }.count <= 1 }
    let (pieces, suffixes) = withoutSuffixes(
      (isSemicolonList ? rest.split(ascii: ";") : rest.split(whereSeparator: { $0 == "," || $0 == ";" }))
        // NB: a contribution mark ("D#", "AL#*") is no part of the initials it follows.
        .map { String($0).trimming(" ,&#*†‡") }.filter { $0.contains(where: \.isLetter) })
    var names: [String] = []
    var index = 0
    // "Asness, Moskowitz & Pedersen": an odd number of one-word pieces cannot pair family and
    // given names; each is a family name alone.
    let areFamilyNamesOnly = pieces.count >= 3 && pieces.count % 2 == 1
      && pieces.allSatisfy { !$0.contains(" ") && !isInitial(Substring($0)) && $0.first?.isUppercase == true }
    while index < pieces.count {
      let piece = pieces[index]
      if !isSemicolonList, !areFamilyNamesOnly, !isJoinedByConjunctionOnly, index + 1 < pieces.count,
        isFamilyName(piece, followedBy: pieces[index + 1], isFirst: index == 0, isOnlyPair: pieces.count == 2)
      {
        let given = pieces[index + 1].split(ascii: " ").map { spelledInitials(String($0)) }.joined(separator: " ")
        names.append("\(given) \(piece)")
        index += 2
      } else {
        names.append(naturalOrder(piece))
        index += 1
      }
      if let suffix = suffixes[index - 1] { names[names.count - 1] += " " + suffix }
    }
    let people = names.map(cleaned).filter { !$0.isEmpty }.map { Person(name: $0) }
    if people.isEmpty, !truncated { truncated = false }
    return (people, truncated)
  }

  /// The list without a parenthetical "(includes A. Owner)" or "(including …)", and the names
  /// it holds ("" when it has none).
  private static func withoutIncludedNames(_ text: String) -> (listed: String, included: String) {
    guard text.utf8.contains(UInt8(ascii: "(")),
      let open = text.range(of: "(includes ", options: .caseInsensitive) ?? text.range(of: "(including ", options: .caseInsensitive),
      let close = text[open.upperBound...].firstIndex(of: ")")
    else { return (text, "") }
    let included = String(text[open.upperBound..<close]).trimmed()
    return (String(text[..<open.lowerBound] + text[text.index(after: close)...]).trimmed(), included)
  }

  /// The pieces without the generational suffixes written as pieces of their own ("Marcotte,
  /// W. R., Jr"; "John Smith, Jr., Jane Doe"), and each suffix by the piece it follows, so that
  /// it ends that person's name ("W. R. Marcotte Jr") instead of being read as a person.
  private static func withoutSuffixes(_ pieces: [String]) -> (pieces: [String], suffixes: [Int: String]) {
    var kept: [String] = []
    var suffixes: [Int: String] = [:]
    for piece in pieces {
      // NB: the length first: this runs for every piece of every author list.
      if !kept.isEmpty, piece.utf8.count <= 4, Vocabulary.generationalSuffixes.contains(piece.lowercased()) {
        suffixes[kept.count - 1] = piece
      } else {
        kept.append(piece)
      }
    }
    return (kept, suffixes)
  }

  /// The words joining the last name to the others, in the languages of the training data.
  private static let conjunctions: Set<String> = ["and", "&", "und", "et", "y", "e", "with", "i", "og", "en"]

  /// Whether `piece` is a family name whose given names are `next` (APA `Romero, C.`, MLA
  /// `Adams, Nicholson B.`): a piece without initials, and a next piece of initials, a name and
  /// initials, or — at the start, after a one-word family name — a given name (two or three of
  /// them when the list holds only the two pieces: Chicago's `Cooper, James Fenimore`).
  private static func isFamilyName(_ piece: String, followedBy next: String, isFirst: Bool, isOnlyPair: Bool) -> Bool {
    let words = piece.split(ascii: " ")
    guard !words.isEmpty, words.count <= 3, !words.contains(where: isInitial),
      words.last?.first?.isUppercase == true || words.last?.first?.isLetter == false
    else { return false }
    let given = next.split(ascii: " ")
    guard !given.isEmpty, given.count <= 3 else { return false }
    if given.allSatisfy(isInitial) { return true }
    // NB: MLA inverts its first name ("Adams, Nicholson B."); further in, "Shan Tao, Li M"
    // (IEMCS-Lab.github.io) is two names in Vancouver order, the second's initial bare.
    let isBareInitials = given.dropFirst().allSatisfy { !$0.contains(".") && $0.allSatisfy(\.isUppercase) }
    if given.count >= 2, given.dropFirst().allSatisfy(isInitial), given.first?.first?.isUppercase == true,
      isFirst || !isBareInitials
    {
      return true
    }
    // NB: "Goethe, Johann Wolfgang von", "Franz, Marie-Luise von": a particle ends the given names.
    let endsOnParticle = given.count > 1 && Vocabulary.nameParticles.contains(String(given[given.count - 1]))
    let givenNames = endsOnParticle ? given.dropLast() : given[...]
    if isOnlyPair, words.count == 1, givenNames.allSatisfy(isCapitalisedName) {
      return true
    }
    // "Mac Lane, Saunders", "Van Breugel, Floris": a list of one inverted name whose family
    // name has two words; two people in natural order would not leave a lone given name.
    if isOnlyPair, words.count == 2, given.count == 1, isCapitalisedName(given[0]), given[0].count > 2,
      words.allSatisfy({ $0.first?.isUppercase == true })
    {
      return true
    }
    // "Smith, John, Doe, Jane": a one-word piece is a family name — a full name has two words.
    return words.count == 1 && given.count == 1 && given[0].first?.isUppercase == true && given[0].count > 2
      && (isFirst || piece.count > 1)
  }

  /// "James", "Marie-Luise": a given name written out, each part capitalised.
  private static func isCapitalisedName(_ word: Substring) -> Bool {
    word.split(ascii: "-").allSatisfy { $0.first?.isUppercase == true && $0.dropFirst().allSatisfy(\.isLowercase) }
  }

  /// "Pérez-Higueras JJ" → "J. J. Pérez-Higueras"; "Heidegger M." → "M. Heidegger";
  /// "Smith, J." → "J. Smith"; a name in natural order stays.
  static func naturalOrder(_ piece: String) -> String {
    if let comma = piece.firstIndex(of: ",") {
      let family = String(piece[..<comma]).trimming(" ")
      let given = String(piece[piece.index(after: comma)...]).trimming(" ")
      return given.isEmpty ? family : "\(given) \(family)"
    }
    var words = piece.split(ascii: " ").map(String.init)
    guard words.count >= 2, !isInitial(Substring(words[0])) else { return piece }
    var initials: [String] = []
    while let last = words.last, words.count > 1, isInitial(Substring(last)) {
      initials.insert(spelledInitials(last), at: 0)
      words.removeLast()
    }
    guard !initials.isEmpty else { return piece }
    return (initials + words).joined(separator: " ")
  }

  /// "JJ" → "J. J."; "J.-P." and "M." stay; "E.I", whose last dot went with the list's end,
  /// gets it back ("E.I.").
  private static func spelledInitials(_ word: String) -> String {
    if word.utf8.contains(UInt8(ascii: ".")) {
      return word.last != "." && word.last?.isUppercase == true && isInitial(Substring(word)) ? word + "." : word
    }
    guard word.allSatisfy(\.isUppercase) else { return word }
    return word.map { "\($0)." }.joined(separator: " ")
  }

  /// "J.", "J.J.", "J.-P.", "Ch.", or Vancouver's "JJ" / "A" (one to three capitals).
  private static func isInitial(_ word: Substring) -> Bool {
    // NB: on scalars, without building strings: this runs for every word of every author list.
    guard word.utf8.count <= 12 else { return false }
    var letters = 0
    var part = 0
    var longestPart = 0
    var hasPeriod = false
    var isAllUppercase = true
    for scalar in word.unicodeScalars {
      switch scalar {
      case ".":
        hasPeriod = true
        part = 0
      case "-":
        continue
      default:
        // NB: ASCII answered by range; the Unicode property tables are a binary search.
        let isASCII = scalar.isASCII
        let isLetter = isASCII ? (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) : scalar.properties.isAlphabetic
        guard isLetter else { return false }
        let isUppercase = isASCII ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
        if letters == 0, !isUppercase { return false }
        isAllUppercase = isAllUppercase && isUppercase
        letters += 1
        part += 1
        longestPart = max(longestPart, part)
      }
    }
    guard letters > 0, letters <= 3 else { return false }
    return hasPeriod ? longestPart <= 2 : isAllUppercase
  }


  /// The list without its cut mark (`et al.`, `…`, `and others`), and whether it had one.
  private static func withoutTruncation(_ text: String) -> (String, Bool) {
    let lower = text.lowercased()
    guard ["et", "…", "...", "others"].contains(where: lower.containsBytes) else { return (text, false) }
    let words = text.split(ascii: " ")
    for (index, word) in words.enumerated() {
      let lower = word.lowercased()
      let next = index + 1 < words.count ? words[index + 1].lowercased() : ""
      let isCut =
        ((lower == "et" || lower == "et.") && next.hasPrefix("al")) || lower.hasPrefix("etal")
        || (lower == "and" && next.hasPrefix("others"))
      if isCut { return (words[..<index].joined(separator: " "), true) }
      if let ellipsis = ellipsisStart(in: word) {
        // NB: APA 7 lists the first nineteen, "…", then the last author ("Ziegler, M., … Bosch,
        // T."): a name after the ellipsis is an author too.
        let rest = word[ellipsis...].drop { $0 == "…" || $0 == "." }
        let after = ([String(rest)] + words[(index + 1)...].map(String.init)).joined(separator: " ").trimming(" ,;")
        let before = (words[..<index].map(String.init) + [String(word[..<ellipsis])]).joined(separator: " ")
        return (after.contains(where: \.isLetter) ? before.trimming(" ,") + ", " + after : before, true)
      }
    }
    return (text, false)
  }

  /// Where "…" or "..." starts in `word`.
  private static func ellipsisStart(in word: Substring) -> Substring.Index? {
    guard word.utf8.contains(0x2E) || word.utf8.contains(0xE2) else { return nil }
    var index = word.startIndex
    while index < word.endIndex {
      if word[index] == "…" || word[index...].hasPrefix("...") { return index }
      index = word.index(after: index)
    }
    return nil
  }

  /// "Smith, J. (Ed.)", "J. Smith, eds." → without the editor mark.
  private static func withoutEditorMark(_ text: String) -> String {
    let rest = text.trimming(" .,;:")
    guard endsWithEditorMark(rest), let space = rest.lastIndex(of: " "), rest.distance(from: space, to: rest.endIndex) <= 12 else {
      return rest
    }
    let last = String(rest[rest.index(after: space)...]).lowercased().trimming(" ,.;:()")
    guard editorMarks.contains(last) else { return rest }
    return String(rest[..<space]).trimming(" .,;:")
  }

  /// Whether `text` ends with an editor mark: "(Ed.)", "ed.", "Eds.", "(Hrsg.)", or is one.
  /// A capitalised "Ed." after a name may be a given name ("Smith, Ed."), unless alone.
  static func endsWithEditorMark(_ text: String) -> Bool {
    let trimmed = text.trimming(" .,;:")
    // NB: only the last word counts; no mark is longer than "(editors)." and its punctuation.
    guard let last = trimmed.lastPiece(ascii: " "), last.utf8.count <= 16 else { return false }
    let core = String(last).trimming(".,;:()").lowercased()
    guard editorMarks.contains(core) else { return false }
    let isAlone = last.startIndex == trimmed.startIndex
    return isAlone || last.hasPrefix("(") || last.first?.isLowercase == true || core != "ed"
  }

  private static let editorMarks: Set<String> = ["eds", "ed", "editors", "editor", "hrsg", "hg", "coord", "dir", "comp", "comps"]

  /// The name without markers (`*`, `†`, digits of affiliations) and stray punctuation.
  private static func cleaned(_ name: String) -> String {
    // NB: on bytes: every marker is ASCII or starts with 0xE2 ("†", "‡"), and hashing each
    // scalar into a set was a tenth of splitting names.
    let mayBeMarked = name.utf8.contains { $0 == 0xE2 || $0 == 0x2A || $0 == 0x23 || (0x30...0x39).contains($0) }
    let marked = mayBeMarked && name.unicodeScalars.contains { markers.contains($0) }
    let kept = marked ? String(String.UnicodeScalarView(name.unicodeScalars.filter { !markers.contains($0) })) : name
    return kept.trimming(" .,;:()[]{}").collapsingWhitespace()
  }

  private static let markers = Set("*†‡#0123456789".unicodeScalars)
}
