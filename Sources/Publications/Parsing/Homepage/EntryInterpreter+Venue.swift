extension EntryInterpreter {
  /// Chooses the venue and year from the entry's own text, its badges and image texts.
  ///
  /// The entry's text is what the researcher wrote about this paper; a badge is often copied
  /// from a template and left stale. So the text wins, and a disagreeing badge gets a warning.
  func resolveVenue(
    text: String, badges: [String], imageTexts: [String], urls: [String], title: String, line: Int,
    diagnostics: inout [Diagnostic]
  ) -> (Venue?, Int?) {
    // NB: "ICSE 2022 (CCF-A)": a ranking note is no part of the badge's venue (the catalogue
    // matches a short all-capitals acronym only when it stands alone).
    let badges = badges.map { VenueGuess.separatingGluedYear(ReferenceMarkup.withoutRankingNotes($0)) }
    let textMention = best(catalog.mentions(in: text))
    let badgeText = badges.joined(separator: " ")
    let badgeMention = best(badges.flatMap { catalog.mentions(in: $0) })
    let textYear = textMention?.year ?? VenueCatalog.years(in: text).first
    let badgeYear = badgeMention?.year ?? VenueCatalog.years(in: badgeText).first
    let imageMention = best(imageTexts.flatMap { catalog.mentions(in: $0) })
    let imageYear = imageMention?.year ?? VenueCatalog.years(in: imageTexts.joined(separator: " ")).first

    if let textMention {
      if let badgeMention, disagree(badgeMention.venue, badgeYear, textMention.venue, textYear) {
        diagnostics.append(
          Diagnostic(
            at: SourceLocation(file: file, line: line),
            .badgeDisagrees(
              badge: badgeText, text: textMention.matchedText + (textYear.map { " \($0)" } ?? ""),
              title: title, linkAgrees: urls.contains { linkConfirms($0, textMention.venue, textYear) })))
      }
      // NB: a badge that names another venue is stale, and so is its year; one that names no
      // venue the catalogue knows ("GRSL 2023" before the journal's name) still dates the paper.
      // A shield's image (`![ICML 2026](…img.shields.io/badge/ICML-2026-blue)`) dates the paper the
      // same way.
      let year = textYear ?? (badgeMention == nil || badgeMention?.venue == textMention.venue ? badgeYear : nil)
        ?? (imageMention == nil || imageMention?.venue == textMention.venue ? imageYear : nil)
      return (catalog.workshop(at: textMention, in: text) ?? textMention.venue, year)
    }
    if let badgeMention {
      let venue = catalog.workshop(at: badgeMention, in: badgeText) ?? badgeMention.venue
      // NB: the note may sit in the badge itself: "``ACL 2024 (Findings)``" (Biqing-Qi.github.io).
      return (findings(of: venue, noted: text + " " + badgeText) ?? venue, badgeYear ?? textYear)
    }
    if let imageMention {
      return (imageMention.venue, textYear ?? imageMention.year)
    }
    let badgeGuess = badges.lazy.compactMap(VenueGuess.guess(fromBadge:)).first
    // NB: "``INT J NUMER METH BIO 2024``" (houguang-liu.github.io): a journal's Web of Science
    // abbreviation on the badge, before the badge is read as a name of its own.
    let badgeJournal = badges.lazy.compactMap(VenueGuess.journal(webOfScienceBadge:)).first
    var unknown = VenueGuess.guess(fromCitation: text) ?? badgeJournal ?? VenueGuess.guess(fromCitation: badgeText) ?? badgeGuess
    // "``ICLP 2026`` … The 42nd International Conference on Logic Programming": a venue no list
    // knows goes by the badge's acronym when its letters are drawn from the name, as the
    // al-folio `abbr` does for BibTeX.
    if let named = unknown, let acronym = badgeGuess?.name, acronym != named.name, !acronym.contains(" "),
      VenueName.isDrawn(acronym, from: named.name)
    {
      unknown = Venue(name: acronym, kind: named.kind)
    }
    return (unknown, textYear ?? badgeYear ?? imageYear)
  }

  /// "`EMNLP 2025` (Findings) Title" (btzyd.github.io) or "`ACL 2024 (Findings)`": the badge
  /// names the conference, the note its Findings, a venue of its own.
  private func findings(of venue: Venue, noted text: String) -> Venue? {
    guard text.containsBytes(of: "(Findings)") || text.containsBytes(of: "[Findings]") else { return nil }
    return catalog.venue(named: venue.name + " Findings")
  }

  /// Whether a link's address names the venue (and the year, when it has one): `…/CVPR2025/…`.
  private func linkConfirms(_ url: String, _ venue: Venue, _ year: Int?) -> Bool {
    // Addresses are often lowercase (aclanthology.org/2021.emnlp-main): compare in capitals.
    let path = url.split(separator: "/").dropFirst().joined(separator: " ").uppercased()
    return catalog.mentions(in: path).contains { $0.venue == venue && ($0.year == nil || $0.year == year) }
  }

  /// The most telling mention: under review over a real venue over a preprint; then one with a
  /// year; then the first.
  private func best(_ mentions: [VenueCatalog.Mention]) -> VenueCatalog.Mention? {
    func rank(_ m: VenueCatalog.Mention) -> Int {
      let kind = switch m.venue.kind {
      case .underReview: 3
      case .conference, .journal, .workshop, .thesis: 2
      case .preprint: 1
      case .other: 0
      }
      return kind * 2 + (m.year == nil ? 0 : 1)
    }
    return mentions.enumerated().max { a, b in
      let (ra, rb) = (rank(a.element), rank(b.element))
      return ra != rb ? ra < rb : a.offset > b.offset
    }?.element
  }

  private func disagree(_ badge: Venue, _ badgeYear: Int?, _ text: Venue, _ textYear: Int?) -> Bool {
    if badge.name != text.name {
      // "arXiv" on a badge for a paper whose text says where it is under review is no conflict
      // worth a warning; a different real venue is.
      return !(badge.kind == .preprint && text.kind == .underReview)
    }
    if let b = badgeYear, let t = textYear { return b != t }
    return false
  }

  /// Links by role: the title link and `[paper]`/`PDF`/`arXiv` are the paper, `Code`/GitHub the
  /// code, `Project`/`Page` the project page.
  func classifyLinks(_ links: [EntryLink], in text: EntryText, titleRange: Range<Int>) -> Publication.Links {
    var result = Publication.Links()
    let used = Set(text.characters.compactMap(\.link))
    let titleLink = text.characters[titleRange].first?.link
    for (index, link) in links.enumerated() where used.contains(index) {
      let url = link.url
      guard !url.isEmpty, !url.hasPrefix("#"), !url.lowercased().hasPrefix("javascript:") else { continue }
      let label = link.label.lowercased()
      let host = url.lowercased()
      if index == titleLink || label.contains("paper") || label.contains("pdf") || label.contains("arxiv") {
        if result.paper == nil { result.paper = url } else if !result.other.contains(url) { result.other.append(url) }
      } else if label.contains("code") || label.contains("github") || host.contains("github.com") {
        if result.code == nil { result.code = url }
      } else if label.contains("project") || label.contains("page") || label.contains("website") {
        if result.project == nil { result.project = url }
      } else if !host.contains("img.shields.io"), !result.other.contains(url) {
        result.other.append(url)
      }
    }
    return result
  }
}
