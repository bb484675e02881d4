extension VenueCatalog {
  /// The venue a venue field names: a BibTeX `journal` or `booktitle`, a CSL `container-title`,
  /// a Hugo `publication`, the venue part of a citation.
  ///
  /// 1. A venue of the catalogue named in the text ("Proceedings of the 2016 Conference on
  ///    Empirical Methods …" is EMNLP), or once "Intl. Conf." is read as "International
  ///    Conference"; a conference named beside "Workshop" is that workshop.
  /// 2. The name cleaned (`VenueName`): a catalogue venue by that name or its acronym.
  /// 3. A journal of the public abbreviation lists, by full name or ISO 4 abbreviation.
  /// 4. Else the cleaned name itself, or the acronym the text gives, with its kind from its
  ///    words ("Workshop", "Journal", "Conference") or else `kind`.
  ///
  /// Returns nil when no name is left after cleaning (`2024`, `pp. 1–9`).
  func venue(inField field: String, kind: Venue.Kind?) -> Venue? {
    let ascii = VenueName.withASCIIPunctuation(field)
    let text = VenueName.uninvertedIEEEName(ascii) ?? ascii
    for written in [text, VenueName.expandingAbbreviations(text)] {
      if let mention = bestMention(in: written) { return workshop(at: mention, in: written) ?? mention.venue }
    }
    // NB: the list is asked before editions are stripped: "Second Language Research" is a journal.
    if let journal = journal(named: VenueName.withoutTrailingNumbers(text), kind: kind) { return journal }
    // "Circulation: Cardiovascular Imaging - Journal of the American Heart Association" and
    // "Archives of Computational Methods in Engineering. State of the Art Reviews": a listed
    // journal, then its publisher or subtitle. Only in a journal's field: a book "Concurrent
    // Engineering - Enhanced Interoperable Systems" is not the journal "Concurrent Engineering".
    for separator in [" - ", " – ", ". ", ", "] where kind == .journal {
      guard let cut = text.range(of: separator), case let head = String(text[..<cut.lowerBound]),
        head.split(separator: " ").count >= 2, let journal = journal(named: head, kind: kind)
      else { continue }
      return journal
    }
    guard let name = VenueName(text) else { return nil }
    // NB: the acronym in parentheses names a catalogue venue only when the written name does not
    // call itself a journal while that venue is a meeting: "IEEE Signal Processing Magazine (SPM)"
    // is no symposium SPM.
    let isJournalByName = VenueName.kind(ofName: name.name) == .journal
    let byAcronym = name.acronym.flatMap(venue(named:)).flatMap { known in
      isJournalByName && [.conference, .workshop].contains(known.kind) ? nil : known
    }
    if let known = venue(named: name.name) ?? byAcronym {
      // "Euro-Par 2011: Parallel Processing Workshops" are the workshops, not the conference.
      guard name.isWorkshop, known.kind == .conference else { return known }
      return venue(named: known.name + "W") ?? Venue(name: known.name + " Workshops", kind: .workshop)
    }
    // NB: a one-word name cut from longer text ("Complex, …") is not the journal "Complex";
    // one that opens the text before its acronym ("Neurocomputing (NEUCOM), 2023") is.
    let isWholeWord = !text.contains(" ") || text.trimmed().hasPrefix(name.name + " (")
    if name.name.contains(" ") || isWholeWord, let journal = journal(named: name.name, kind: kind) {
      return journal
    }
    let wordKind = VenueName.kind(ofName: name.name)
    return Venue(name: name.shortName, kind: name.isWorkshop ? .workshop : wordKind ?? kind ?? .other)
  }

  /// A journal of the public lists; a book series there ("Lecture Notes in Computer Science",
  /// "Studies in Computational Intelligence") keeps the kind the entry gives.
  private func journal(named name: String, kind: Venue.Kind?) -> Venue? {
    // NB: a journal's name with one letter too many ("IEEE Internets of Things Journal") is
    // still that journal.
    let isJournal = kind == .journal || VenueName.kind(ofName: name) == .journal
    let nearly = isJournal ? JournalList.standard.fullName(nearly: name) ?? JournalList.standard.fullName(withAndChanged: name) : nil
    guard let fullName = JournalList.standard.fullName(of: name) ?? nearly else { return nil }
    // "IEEE Trans. Pattern Anal. Mach. Intell." is TPAMI once written out.
    if let known = venue(named: fullName) ?? venue(mentionedIn: [fullName]) { return known }
    let lower = fullName.lowercased()
    let isSeries = ["lecture notes", "studies in", "advances in intelligent", "series", "proceedings"]
      .contains(where: lower.containsBytes)
    return Venue(name: fullName, kind: isSeries ? VenueName.kind(ofName: fullName) ?? kind ?? .other : .journal)
  }

  /// The catalogue venue named in the first of `texts` that names one (step 1 of
  /// `venue(inField:kind:)`), nil when none does.
  func venue(mentionedIn texts: [String]) -> Venue? {
    for text in texts {
      if let mention = bestMention(in: text) { return workshop(at: mention, in: text) ?? mention.venue }
    }
    return nil
  }

  /// A real venue before a preprint server in the same text ("ICML 2025 (arXiv:…)" is ICML).
  private func bestMention(in text: String) -> Mention? {
    let found = mentions(in: text).filter { !isJournalInsideMeetingName($0, in: text) }
    return found.first { $0.venue.kind != .preprint } ?? found.first
  }

  /// Whether a journal's name is only words of a meeting's name: "International Workshop on the
  /// Analysis of Multi-temporal Remote Sensing Images" names no journal "Remote Sensing", nor
  /// does "International Conference on Renewable Energy Research and Applications" the journal
  /// "Renewable Energy".
  ///
  /// The meeting word must come first: a journal named before a meeting ("Remote Sensing,
  /// special issue of the … Symposium") is still that journal.
  private func isJournalInsideMeetingName(_ mention: Mention, in text: String) -> Bool {
    guard mention.venue.kind == .journal, mention.tokenOffset > 0 else { return false }
    return VenueToken.tokenize(text).prefix(mention.tokenOffset).contains { Self.meetingWords.contains($0.text) }
  }

  private static let meetingWords: Set<String> = [
    "workshop", "workshops", "conference", "symposium", "congress", "colloquium", "meeting", "summit",
  ]

  /// The workshop when a conference is named as its host: "NeurIPS 2023 Workshop on Distribution
  /// Shifts (DistShift)" is DistShift, "Workshop on X @ KDD 2024" a KDD workshop, "ICCV 2023
  /// Workshops" ICCVW; nil when the conference itself is meant.
  ///
  /// Only "Workshop" within a few words of the conference counts, so that a workshop in a paper's
  /// title does not move the paper; a conference's student research workshop is a track.
  func workshop(at mention: Mention, in text: String) -> Venue? {
    guard mention.venue.kind == .conference else { return nil }
    let tokens = VenueToken.tokenize(text)
    let end = mention.tokenOffset + mention.tokenLength
    // "ICLR-W 2022" (CYP0630.github.io), as "CVPR-W": the conference's workshops.
    if end < tokens.count, tokens[end].original == "W", tokens[end].precededBy == "-" {
      return venue(named: mention.venue.name + "W") ?? Venue(name: mention.venue.name + " Workshop", kind: .workshop)
    }
    let near = tokens[max(0, mention.tokenOffset - 12)..<min(tokens.count, end + 4)].map(\.text)
    guard let at = near.firstIndex(where: { $0 == "workshop" || $0 == "workshops" }),
      at == 0 || near[at - 1] != "research"
    else { return nil }
    let start = max(0, mention.tokenOffset - 12)
    // NB: "ACL 2024; ICLR 2024 Workshop on LLM Agents." (231sm.github.io): a semicolon ends the
    // mention's venue, and the workshop after it is another venue's.
    let between = [tokens[start + at].range, tokens[mention.tokenOffset].range].sorted { $0.lowerBound < $1.lowerBound }
    guard !text[between[0].upperBound..<between[1].lowerBound].contains(";") else { return nil }
    // "Ant Colony Optimization, 4th International Workshop, ANTS 2004": the series' own name
    // when it was a workshop, right before its acronym; no workshop held at a conference.
    if start + at + 1 == mention.tokenOffset, tokens[start + at].text == "workshop" { return nil }
    if let own = venue(named: mention.venue.name + "W"), own.kind == .workshop { return own }
    // The workshop's own name, once the host ("@ KDD 2024", "(LREC2022)") is taken out.
    var own = text
    let hostEnd = tokens[end...].prefix(1).allSatisfy(\.isNumber) && end < tokens.count ? end + 1 : end
    if start + at < mention.tokenOffset {
      // "MHFAIA Workshop at ICML 2024 & Under Review": named before its host, and ends there but
      // for its acronym ("… Workshop held in conjunction with ACL 2016 (LAW-X 2016)").
      let rest = text[tokens[hostEnd - 1].range.upperBound...].drop { $0 == " " }
      own = Self.withoutTrailingHostWords(String(text[..<tokens[mention.tokenOffset].range.lowerBound]))
        + (rest.hasPrefix("(") ? " " + rest : "")
    } else {
      own.removeSubrange(tokens[mention.tokenOffset].range.lowerBound..<tokens[hostEnd - 1].range.upperBound)
    }
    own = Self.pieceNamingWorkshop(own).replacing("@", with: " ").replacing("()", with: " ")
    if let name = VenueName(own), name.isWorkshop || name.acronym != nil, name.name.split(separator: " ").count > 1
      || name.acronym != nil
    {
      return Venue(name: Self.acronymOfWorkshop(name.name) ?? name.shortName, kind: .workshop)
    }
    return Venue(name: mention.venue.name + " Workshop", kind: .workshop)
  }

  /// The piece of `text` that says "workshop", when lines or "|" (where an entry's title and
  /// links were taken out) divide it: "[ | ] Workshop on Reasoning." is "Workshop on Reasoning.".
  private static func pieceNamingWorkshop(_ text: String) -> String {
    let pieces = text.split(whereSeparator: { $0 == "|" || $0 == "\n" })
    guard pieces.count > 1, let piece = pieces.first(where: { $0.localizedCaseInsensitiveContains("workshop") }) else { return text }
    return String(piece).trimming(" []()")
  }

  /// "SoLaR Workshop at", "… Workshop, co-located with": the name without the words that lead
  /// to its host.
  private static func withoutTrailingHostWords(_ text: String) -> String {
    var words = text.split(separator: " ")
    let leading: Set<String> = ["at", "@", "in", "with", "co-located", "colocated", "held", "conjunction", "the", "(", "-", "–"]
    while let last = words.last, leading.contains(last.lowercased().trimming(" ,;:")) || last.allSatisfy({ ",;:(".contains($0) }) {
      words.removeLast()
    }
    return words.joined(separator: " ").trimming(" ,;:(")
  }

  /// "DAI" from "DAI Workshop": an acronym with the word "Workshop" is the acronym.
  private static func acronymOfWorkshop(_ name: String) -> String? {
    let words = name.split(separator: " ")
    guard words.count == 2, ["workshop", "workshops"].contains(words[1].lowercased()) else { return nil }
    return VenueName.acronym(in: words[0])
  }

  /// Whether `venue` is one the catalogue or the public journal list names, not a name read
  /// from the text alone.
  func knows(_ venue: Venue) -> Bool {
    self.venue(named: venue.name) != nil || JournalList.standard.fullName(of: venue.name) == venue.name
  }
}
