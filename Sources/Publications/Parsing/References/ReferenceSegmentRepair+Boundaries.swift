/// Repairs of the title's two ends that the punctuation settles, whatever the model learnt:
///
/// - a quoted title ends at its closing quote (“Title,” Journal → the journal is no title);
/// - a year written before the title is no part of it ("———. 1805. Biographical account …");
/// - an author list cut inside a name ("Cooper," <title>"James Fenimore. The Deerslayer", "Goethe,
///   Johann" <title>"Wolfgang von. Wilhelm Meister") takes the name's end back from the title;
/// - an author list cut before its last "and" takes that name back ("… Murdock," <title>"and
///   Tong-Haing Fin. Tools"), and a title cut after its first words takes them back ("McCarthy,
///   Kathleen. Slaves, Masters," <title>"and the Art of Authority").
extension ReferenceSegmentRepair {
  /// The repairs, in order, on the segments around the first title.
  static func repairingTitleEnds(_ segments: [ParsedReference.Segment]) -> [ParsedReference.Segment] {
    var segments = segments
    guard let index = segments.firstIndex(where: { $0.label == .title }) else { return segments }
    endingAtClosingQuote(&segments, title: index)
    continuingAuthorList(&segments, title: index)
    guard let title = movingLeadingYear(&segments, title: index) else { return segments }
    completingAuthorName(&segments, title: title)
    return segments
  }

  // MARK: - Quotes

  private static let openingQuotes: Set<Character> = ["“", "«", "\"", "„"]
  /// The quotes that close a quoted title; `+TitleTail` leaves such a title alone too.
  static let closingQuotes: Set<Character> = ["”", "»", "\""]

  /// <title>"“A Run for Their Money,\" Barron's": the words after the closing quote of a title
  /// that opened with one are where it appeared; they join the venue after them, or become it.
  private static func endingAtClosingQuote(_ segments: inout [ParsedReference.Segment], title index: Int) {
    let text = segments[index].text
    let opensQuote = text.first.map(openingQuotes.contains) == true
      || (index > 0 && segments[index - 1].text.last.map(openingQuotes.contains) == true)
    guard opensQuote else { return }
    // NB: the last closing quote, so that two quoted titles read as one ("“A” and “B.”") keep both;
    // the quote the title opened with is not a closing one.
    let body = text.first.map(openingQuotes.contains) == true ? text.dropFirst() : Substring(text)
    guard let quote = body.lastIndex(where: closingQuotes.contains) else { return }
    let rest = body[body.index(after: quote)...].drop { " ,.;:".contains($0) }
    guard rest.contains(where: \.isLetter), rest.first?.isUppercase == true || rest.first?.isNumber == true else { return }
    segments[index].text = String(text[...quote])
    let venue = String(rest)
    if index + 1 < segments.count, venueLabels.contains(segments[index + 1].label) {
      segments[index + 1].text = venue + " " + segments[index + 1].text
    } else {
      segments.insert(.init(label: .container, text: venue), at: index + 1)
    }
  }

  // MARK: - A year before the title

  /// <title>"1805. Biographical account …": the year goes before the title as its own date.
  /// Returns where the title is now.
  private static func movingLeadingYear(_ segments: inout [ParsedReference.Segment], title index: Int) -> Int? {
    let words = segments[index].text.split(ascii: " ", maxSplits: 1)
    guard words.count == 2, isYearSentence(words[0]) else { return index }
    segments[index].text = String(words[1])
    segments.insert(.init(label: .date, text: String(words[0])), at: index)
    return index + 1
  }

  /// "1805.", "(2004).", "2011a." — a year alone, ended as a sentence ("2001:" starts a title).
  private static func isYearSentence(_ word: Substring) -> Bool {
    guard word.last == "." else { return false }
    let core = String(word.dropLast()).trimming("()")
    let digits = core.prefix(while: \.isNumber)
    return digits.count == 4 && core.dropFirst(4).count <= 1 && core.dropFirst(4).allSatisfy(\.isLowercase)
  }

  // MARK: - The last "and"

  /// The words that join the last name of a list: English, German, French, Spanish.
  private static let conjunctions: Set<String> = ["and", "&", "und", "et", "y"]

  /// <author>"… J William Murdock," <title>"and Tong-Haing Fin. Tools and methods …": a title
  /// that opens with "and" and a name (or "others") up to its first period is the author list's
  /// end. A title that opens with "and the …" began in the author list instead ("McCarthy,
  /// Kathleen. Slaves, Masters," <title>"and the Art of Authority"): the words after the
  /// list's last period come back to it.
  private static func continuingAuthorList(_ segments: inout [ParsedReference.Segment], title index: Int) {
    guard index > 0, segments[index - 1].label == .author,
      let first = segments[index].text.firstPiece(ascii: " "), conjunctions.contains(first.lowercased())
    else { return }
    let words = segments[index].text.split(ascii: " ")
    guard words.count >= 3 else { return }
    if let end = words.prefix(6).firstIndex(where: { $0.hasSuffix(".") }), end + 1 < words.count,
      words[1...end].allSatisfy(isListedNameWord)
    {
      segments[index - 1].text += " " + words[...end].joined(separator: " ")
      segments[index].text = words[(end + 1)...].joined(separator: " ")
    } else if words[1].first?.isLowercase == true, let start = titleStart(inAuthors: segments[index - 1].text) {
      let authors = segments[index - 1].text
      segments[index - 1].text = String(authors[..<start]).trimmingSpaces()
      segments[index].text = authors[start...] + " " + segments[index].text
    }
  }

  /// "Tong-Haing", "Fin.", "others.", "(Hrsg.).", "(eds.)": a word of a name at the end of a list.
  private static func isListedNameWord(_ word: Substring) -> Bool {
    let lower = word.lowercased().trimming(".,()")
    let isInitial = word.count == 2 && word.first?.isUppercase == true && word.last == "."
    return ["others", "hrsg", "eds", "ed", "dir"].contains(lower) || isNameWord(word) || isInitial
  }

  /// "McCarthy, Kathleen. Slaves, Masters,": where a title begins after an inverted first name
  /// and its period — up to four capitalised words ending on a comma.
  private static func titleStart(inAuthors authors: String) -> String.Index? {
    guard authors.hasSuffix(","), let period = authors.range(ofASCII: ". ", backwards: true) else { return nil }
    let head = authors[..<period.lowerBound]
    let tail = authors[period.upperBound...].split(ascii: " ")
    guard head.contains(","), !head.contains(" and "), (1...4).contains(tail.count),
      tail.allSatisfy({ $0.first?.isUppercase == true && $0.dropLast().allSatisfy(\.isLetter) }),
      head.lastPiece(ascii: " ").map({ $0.count > 2 }) == true
    else { return nil }
    return period.upperBound
  }

  // MARK: - A name cut in two

  /// <author>"Cooper," <title>"James Fenimore. The Deerslayer": an author list that stops inside
  /// a name — on a lone family name and its comma, on "and", or on an initial written without a
  /// period ("George L" <title>"Kelling. Broken windows") — ends with the title's first
  /// sentence when that is one to three capitalised words. A first sentence that ends on a
  /// particle ("Wolfgang von.") ends a name wherever the list stopped.
  private static func completingAuthorName(_ segments: inout [ParsedReference.Segment], title index: Int) {
    // NB: the first three words decide whether to look further; most titles end no sentence there.
    guard index > 0, segments[index - 1].label == .author,
      segments[index].text.split(ascii: " ", maxSplits: 3).prefix(3).contains(where: { $0.hasSuffix(".") })
    else { return }
    let words = segments[index].text.split(ascii: " ")
    guard let end = words.prefix(3).firstIndex(where: { $0.hasSuffix(".") }), end + 1 < words.count else { return }
    // NB: "Wolfgang von." ends on a particle, which ends a name and never a title's sentence.
    let endsOnParticle = end > 0 && Vocabulary.nameParticles.contains(String(words[end].dropLast()))
      && words[..<end].allSatisfy(isNameWord)
    guard endsOnParticle || isCutInsideName(segments[index - 1].text) && words[...end].allSatisfy(isNameWord) else {
      return
    }
    segments[index - 1].text += " " + words[...end].joined(separator: " ")
    segments[index].text = words[(end + 1)...].joined(separator: " ")
  }

  /// "Cooper,", "… Murdock, and", "… George L": the list's last name is not finished.
  private static func isCutInsideName(_ authors: String) -> Bool {
    let words = authors.split(ascii: " ")
    guard let last = words.last else { return false }
    if words.count == 1 { return last.hasSuffix(",") && last.dropLast().allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" } }
    if ["and", "&"].contains(last.lowercased()) { return true }
    // NB: a bare initial after a given name ("George L"); Vancouver's "Jones C." has its period.
    return words.count >= 2 && last.count <= 2 && last.allSatisfy(\.isUppercase) && words[words.count - 2].first?.isUppercase == true
      && words[words.count - 2].dropFirst().contains(where: \.isLowercase)
  }

  /// "Fenimore.", "Tong-Haing", "Écrits:" is not one (a colon ends no name).
  private static func isNameWord(_ word: Substring) -> Bool {
    let letters = word.hasSuffix(".") ? word.dropLast() : word
    return letters.first?.isUppercase == true && letters.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" }
  }
}
