/// Repairs of where the title stops, settled by what is written right after it:
///
/// - a description in parentheses that a title carries ("(abstract)", "(in German)") is the
///   title's, not a note;
/// - a range of years after the title's comma (", 1900–1929.") is the period the book covers;
/// - a translator written after the title (", trans. Seán Connolly.") is no part of it;
/// - a title whose last sentence names a listed journal ("… (in German). Contributions to
///   Mineralogy and Petrology, v. 28") ends before it, and a venue whose first sentence ends the
///   title ("… craton," <journal>"Argentina. Gondwana Research") gives it back.
extension ReferenceSegmentRepair {
  /// The repairs, in order, on the segments around the first title.
  static func repairingTitleTail(_ segments: [ParsedReference.Segment]) -> [ParsedReference.Segment] {
    var segments = segments
    guard let index = segments.firstIndex(where: { $0.label == .title }) else { return segments }
    keepingDescription(&segments, title: index)
    keepingParenthetical(&segments, title: index)
    keepingYearRange(&segments, title: index)
    movingTranslator(&segments, title: index)
    // NB: a quoted title's end is settled already (`endingAtClosingQuote`).
    guard !isQuoted(segments[index].text) else { return segments }
    if !takingVenueHead(&segments, title: index) {
      splittingJournal(&segments, title: index)
    }
    return segments
  }

  // MARK: - A description in parentheses

  /// The words a title may carry in parentheses after it: what the item is, or its language.
  private static let descriptions: Set<String> = [
    "abstract", "extended abstract", "editorial", "dossier", "commentary", "erratum", "corrigendum", "letter",
  ]

  /// <title>"Deposition of suevite at the Ries Crater, West Germany" <note>"(abstract).": the
  /// description belongs to the title it follows (AnyStyle's labels keep it there). A place the
  /// tagger took from the title's end before it (", Quebec, Canada (abstract)") comes back too.
  /// A status ("(in press)", "(Oral)") is no description and stays out.
  private static func keepingDescription(_ segments: inout [ParsedReference.Segment], title index: Int) {
    var end = index + 1
    if end < segments.count, segments[end].label == .location, segments[index].text.hasSuffix(","),
      segments[end].text.split(ascii: " ").count <= 3
    {
      end += 1
    }
    guard end < segments.count, [.note, .genre].contains(segments[end].label),
      let inner = parenthesised(segments[end].text), isDescription(inner),
      segments[index].text.last.map({ $0.isLetter || $0.isNumber || $0 == ")" || $0 == "," || $0 == "?" }) == true
    else { return }
    segments[index].text = segments[index...end].map(\.text).joined(separator: " ")
    segments.removeSubrange((index + 1)...end)
  }

  /// "(abstract)." → "abstract": the words of a text that is one parenthesis and its punctuation.
  private static func parenthesised(_ text: String) -> String? {
    let core = text.trimming(" .,;:")
    guard core.first == "(", core.last == ")", core.dropFirst().dropLast().allSatisfy({ $0 != "(" && $0 != ")" }) else {
      return nil
    }
    return String(core.dropFirst().dropLast())
  }

  /// Languages a title's "(in …)" names.
  private static let languages: Set<String> = [
    "Arabic", "Catalan", "Chinese", "Czech", "Danish", "Dutch", "English", "Finnish", "French", "German", "Greek",
    "Hebrew", "Hungarian", "Italian", "Japanese", "Korean", "Latin", "Norwegian", "Polish", "Portuguese", "Romanian",
    "Russian", "Spanish", "Swedish", "Turkish", "Ukrainian",
  ]

  /// "abstract", "dossier", "in German", "in Russian".
  private static func isDescription(_ inner: String) -> Bool {
    if descriptions.contains(inner.lowercased()) { return true }
    let words = inner.split(ascii: " ")
    return words.count == 2 && words[0] == "in" && languages.contains(String(words[1]))
  }

  /// <title>"… Proteins in Moso Bamboo" <journal>"(Phyllostachys" <note>"edulis)."
  /// <journal>"PLoS ONE": a parenthesis written straight after the title (a species, an
  /// acronym), which the tagger began a venue with and after which the real venue follows, is
  /// the title's end.
  private static func keepingParenthetical(_ segments: inout [ParsedReference.Segment], title index: Int) {
    guard index + 2 < segments.count, venueLabels.contains(segments[index + 1].label),
      segments[index + 1].text.hasPrefix("("), segments[index].text.last.map({ $0.isLetter || $0.isNumber }) == true,
      let close = ((index + 1)..<min(index + 4, segments.count)).first(where: { segments[$0].text.contains(")") }),
      close + 1 < segments.count, venueLabels.contains(segments[close + 1].label)
    else { return }
    let parenthesis = segments[(index + 1)...close].map(\.text).joined(separator: " ")
    guard let inner = parenthesised(parenthesis), inner.first?.isUppercase == true,
      inner.split(ascii: " ").count <= 6
    else { return }
    segments[index].text += " " + parenthesis
    segments.removeSubrange((index + 1)...close)
  }

  // MARK: - A range of years

  /// <title>"The regulation and reform of the American banking system," <genre>"1900-1929.":
  /// the years a history covers finish its title when the reference has its own date elsewhere.
  /// A range in parentheses follows the title without a comma ("en France (1945-1975), Paris").
  private static func keepingYearRange(_ segments: inout [ParsedReference.Segment], title index: Int) {
    guard index + 1 < segments.count, segments[index + 1].label != .author else { return }
    let range = segments[index + 1].text.trimming(" .,;:")
    let isParenthesised = range.first == "(" && range.last == ")"
    guard isYearRange(isParenthesised ? String(range.dropFirst().dropLast()) : range),
      segments[index].text.hasSuffix(",") || isParenthesised,
      segments.indices.contains(where: { $0 != index + 1 && segments[$0].label == .date })
    else { return }
    segments[index].text += " " + segments[index + 1].text
    segments.remove(at: index + 1)
  }

  /// "1900-1929", "1700–1850": two years and a dash.
  private static func isYearRange(_ text: String) -> Bool {
    // NB: most texts are no range; the byte checks spare them the Character split below.
    guard text.utf8.count <= 13, let first = text.utf8.first, first == UInt8(ascii: "1") || first == UInt8(ascii: "2")
    else { return false }
    let parts = text.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" })
    return parts.count == 2 && text.count <= 11
      && parts.allSatisfy { $0.count == 4 && $0.allSatisfy(\.isNumber) && ($0.first == "1" || $0.first == "2") }
  }

  // MARK: - A translator

  /// The words that introduce a translator or editor after a title.
  private static let translatorMarks: Set<String> = ["trans", "trans.", "tr.", "transl.", "ed.", "eds."]

  /// <title>"Canticle of Bede …, trans." <journal>"Seán Connolly. Dublin,": the mark and the
  /// name after it are the translator; <title>"Toward an Aesthetic of Reception, Timothy"
  /// <editor>"Bahti (trans.)": a given name before the editor's family name is the editor's.
  private static func movingTranslator(_ segments: inout [ParsedReference.Segment], title index: Int) {
    var words = segments[index].text.split(ascii: " ")
    guard words.count >= 3, words[words.count - 2].hasSuffix(",") else { return }
    let last = words[words.count - 1]
    if translatorMarks.contains(last.lowercased()) {
      words.removeLast()
      segments[index].text = words.joined(separator: " ")
      segments.insert(.init(label: .editor, text: String(last)), at: index + 1)
    } else if index + 1 < segments.count, segments[index + 1].label == .editor, last.count >= 3,
      last.first?.isUppercase == true, last.dropFirst().allSatisfy(\.isLowercase),
      segments[index + 1].text.first?.isUppercase == true
    {
      words.removeLast()
      segments[index].text = words.joined(separator: " ")
      segments[index + 1].text = last + " " + segments[index + 1].text
    }
  }

  // MARK: - The journal's sentence

  /// <title>"… (in German). Contributions to Mineralogy and Petrology," <volume>"28": the title's
  /// last sentences are a listed journal and no venue follows, or a listed journal's first
  /// words (<title>"… communication. The Bell System" <journal>"Technical Journal").
  private static func splittingJournal(_ segments: inout [ParsedReference.Segment], title index: Int) {
    let next = index + 1 < segments.count ? segments[index + 1] : nil
    if let next, next.label == .journal {
      let venue = next.text.trimming(" .,;:")
      guard let (head, tail) = splitAtSentence(segments[index].text, where: { isListedJournal($0 + " " + venue) }),
        head.split(ascii: " ").count >= 3
      else { return }
      segments[index].text = head
      segments[index + 1].text = tail + " " + next.text
    } else if !segments[(index + 1)...].contains(where: { venueLabels.contains($0.label) || $0.label == .publisher }) {
      guard let (head, tail) = splitAtSentence(segments[index].text, where: isListedJournal),
        head.split(ascii: " ").count >= 3
      else { return }
      segments[index].text = head
      segments.insert(.init(label: .journal, text: tail), at: index + 1)
    }
  }

  /// <title>"… craton," <journal>"Argentina. Gondwana Research": a venue whose first sentences
  /// are a few words and whose rest is a listed journal gives those sentences back to the title.
  /// A venue that is itself listed ("Am. J. Anat.", whose "J. Anat." is listed too) stays whole.
  /// Returns whether it did.
  private static func takingVenueHead(_ segments: inout [ParsedReference.Segment], title index: Int) -> Bool {
    // NB: a venue without a sentence break has no head to give; checked first, on bytes, as
    // the journal lookups cost more than the rest of this repair.
    guard index + 1 < segments.count, venueLabels.contains(segments[index + 1].label),
      segments[index + 1].text.range(ofASCII: ". ") != nil,
      !isListedJournal(segments[index + 1].text),
      segments[index].text.last.map({ $0.isLetter || $0 == "," || $0 == ":" || $0 == "." }) == true,
      let (head, rest) = splitAtSentence(segments[index + 1].text, where: isListedJournal),
      head.split(ascii: " ").count <= 5,
      // NB: "Ann. Rev. Nucl. Part." <journal>"Sci.": abbreviated words are the journal's own.
      head.split(ascii: " ").dropLast().allSatisfy({ !$0.hasSuffix(".") || $0.dropLast().allSatisfy(\.isNumber) }),
      rest.contains(" ") || !rest.hasSuffix(".")
    else { return false }
    segments[index].text += " " + head
    segments[index + 1].text = rest
    return true
  }

  /// `"Little Higgs review",`: a title that ends on its closing quote.
  private static func isQuoted(_ title: String) -> Bool {
    title.trimming(" .,;:").last.map(closingQuotes.contains) == true
  }

  /// A journal of the shipped list, written with or without its closing punctuation.
  private static func isListedJournal(_ text: String) -> Bool {
    let name = text.trimming(" .,;:")
    return name.first?.isUppercase == true && JournalList.standard.fullName(of: name) != nil
  }

  /// The text cut after its first sentence break whose rest passes `isWanted`: the head keeps
  /// its period. A break is a period after a word of two letters or more, a number or a
  /// parenthesis, then a space ("… (in German). Contributions"; not "J. Smith", "vs. X").
  private static func splitAtSentence(_ text: String, where isWanted: (String) -> Bool) -> (String, String)? {
    guard text.range(ofASCII: ". ") != nil else { return nil }
    var index = text.startIndex
    while let period = text[index...].firstIndex(of: ".") {
      let after = text.index(after: period)
      index = after
      guard after < text.endIndex, text[after] == " " else { continue }
      let word = text[..<period].lastPiece(ascii: " ") ?? ""
      let letters = word.filter(\.isLetter)
      guard word.last == ")" || word.last?.isNumber == true
        || (letters.count >= 2 && !abbreviations.contains(letters.lowercased()))
      else { continue }
      let rest = text[after...].trimmingSpaces()
      if isWanted(rest) { return (String(text[...period]), rest) }
    }
    return nil
  }

  private static let abbreviations: Set<String> = ["vs", "etc", "al", "eg", "ie", "cf", "dr", "st", "mr", "no", "vol"]
}
