/// The venue of a BibTeX entry: the al-folio `abbr`, then the names in `booktitle`, `journal`
/// (and `fjournal`, the full name zbMATH and MathSciNet write beside the abbreviation),
/// `howpublished`, `series`, `publisher` (a report's `institution`) and `eprint`, canonicalised
/// through the catalogue; an unknown venue keeps its name, with its kind from the entry type.
enum BibTeXVenue {
  /// The fields whose text `resolve` reads (so a cache can key on them).
  static let fieldsRead = [
    "abbr", "booktitle", "journal", "fjournal", "journaltitle", "howpublished", "series", "eventtitle", "archiveprefix", "eprinttype",
    "publisher", "institution",
  ]
  /// The fields `resolve` only checks for.
  static let fieldsPresent = ["arxiv", "eprint"]

  static func resolve(type: String, fields: [String: String], catalog: VenueCatalog) -> Venue? {
    // NB: `howpublished = {\url{…}}` is where a web page lives, not a venue.
    let named = ["abbr", "booktitle", "journal", "fjournal", "journaltitle", "howpublished", "series", "eventtitle"]
      .compactMap { fields[$0].map(LaTeXDecoder.decode) }.filter { !isAddress($0) }
    if let venue = catalog.venue(mentionedIn: named) { return venue }
    if type.contains("thesis") { return Venue(name: type == "phdthesis" ? "PhD thesis" : "Master's thesis", kind: .thesis) }
    let isArxiv = fields["archiveprefix"]?.lowercased() == "arxiv" || fields["eprinttype"]?.lowercased() == "arxiv"
      || fields["arxiv"] != nil || (fields["eprint"] != nil && named.isEmpty)
    if isArxiv, named.isEmpty { return catalog.venue(named: "arXiv") }
    // An unknown venue is named by its full name; the al-folio `abbr` badge only when there is none.
    // NB: `fjournal` first: "Proc. Lond. Math. Soc. (3)" is "Proceedings of the London
    // Mathematical Society. Third Series".
    let written = ["fjournal", "journal", "journaltitle", "booktitle", "howpublished", "abbr"]
      .compactMap { fields[$0].map(LaTeXDecoder.decode) }.filter { !$0.isEmpty && !isAddress($0) }
    if var venue = written.lazy.compactMap({ catalog.venue(inField: $0, kind: kind(of: type)) }).first {
      // The al-folio `abbr` is the short name the researcher gives a venue no list knows
      // ("AICompS" for "Artificial Intelligence Computing and Systems: Second International …").
      if let abbr = fields["abbr"].map({ withoutYear(LaTeXDecoder.decode($0)) }), isShortName(abbr),
        !catalog.knows(venue), written.first != abbr, VenueName.isDrawn(abbr, from: venue.name)
      {
        venue.name = abbr
      }
      return venue
    }
    // A technical report appears at the institution that issues it ("GERAD", "Universidade
    // Estadual de Campinas"), which BibTeX writes in `institution`, not `publisher`.
    let issuer = fields["publisher"] ?? (["techreport", "report"].contains(type) ? fields["institution"] : nil)
    return issuer.map { Venue(name: LaTeXDecoder.decode($0), kind: kind(of: type)) }
  }

  /// "AICompS", "Baltic HLT", "CISC-W", "3PGCIC": at most three words and 20 characters, two
  /// capitals, no year.
  private static func isShortName(_ text: String) -> Bool {
    text.count <= 20 && text.split(separator: " ").count <= 3 && text.filter(\.isUppercase).count >= 2
      && VenueCatalog.years(in: text).isEmpty
  }

  /// "RECSI2026" and "InfVis'23" name the series "RECSI" and "InfVis".
  private static func withoutYear(_ abbr: String) -> String {
    var text = Substring(abbr.trimmed())
    let digits = text.reversed().prefix(while: \.isASCIIDigit).count
    guard digits == 2 || digits == 4, digits < text.count else { return abbr.trimmed() }
    text = text.dropLast(digits)
    while let last = text.last, "'’ -_".contains(last) { text = text.dropLast() }
    return String(text)
  }

  private static func isAddress(_ text: String) -> Bool {
    let lower = text.lowercased()
    return ["http", "www.", ".com", ".org/"].contains(where: lower.containsBytes)
  }

  private static func kind(of type: String) -> Venue.Kind {
    switch type {
    case "article": .journal
    case "inproceedings", "conference", "proceedings": .conference
    case "phdthesis", "mastersthesis", "thesis": .thesis
    default: .other
    }
  }
}
