/// The venue of a BibTeX entry: the al-folio `abbr`, then the names in `booktitle`, `journal`,
/// `howpublished`, `series`, `publisher` and `eprint`, canonicalised through the catalogue; an
/// unknown venue keeps its name, with its kind from the entry type.
enum BibTeXVenue {
  /// The fields whose text `resolve` reads (so a cache can key on them).
  static let fieldsRead = [
    "abbr", "booktitle", "journal", "journaltitle", "howpublished", "series", "eventtitle", "archiveprefix", "eprinttype",
    "publisher",
  ]
  /// The fields `resolve` only checks for.
  static let fieldsPresent = ["arxiv", "eprint"]

  static func resolve(type: String, fields: [String: String], catalog: VenueCatalog) -> Venue? {
    // NB: `howpublished = {\url{…}}` is where a web page lives, not a venue.
    let named = ["abbr", "booktitle", "journal", "journaltitle", "howpublished", "series", "eventtitle"]
      .compactMap { fields[$0].map(LaTeXDecoder.decode) }.filter { !isAddress($0) }
    if let venue = catalog.venue(mentionedIn: named) { return venue }
    if type.contains("thesis") { return Venue(name: type == "phdthesis" ? "PhD thesis" : "Master's thesis", kind: .thesis) }
    let isArxiv = fields["archiveprefix"]?.lowercased() == "arxiv" || fields["eprinttype"]?.lowercased() == "arxiv"
      || fields["arxiv"] != nil || (fields["eprint"] != nil && named.isEmpty)
    if isArxiv, named.isEmpty { return catalog.venue(named: "arXiv") }
    // An unknown venue is named by its full name; the al-folio `abbr` badge only when there is none.
    let written = ["journal", "journaltitle", "booktitle", "howpublished", "abbr"]
      .compactMap { fields[$0].map(LaTeXDecoder.decode) }.filter { !$0.isEmpty && !isAddress($0) }
    if var venue = written.lazy.compactMap({ catalog.venue(inField: $0, kind: kind(of: type)) }).first {
      // The al-folio `abbr` is the short name the researcher gives a venue no list knows
      // ("AICompS" for "Artificial Intelligence Computing and Systems: Second International …").
      if let abbr = fields["abbr"].map(LaTeXDecoder.decode), isShortName(abbr), !catalog.knows(venue),
        written.first != abbr
      {
        venue.name = abbr
      }
      return venue
    }
    return fields["publisher"].map { Venue(name: LaTeXDecoder.decode($0), kind: kind(of: type)) }
  }

  /// "AICompS", "Baltic HLT", "CISC-W": at most three words and 20 characters, two capitals.
  private static func isShortName(_ text: String) -> Bool {
    text.count <= 20 && text.split(separator: " ").count <= 3 && text.filter(\.isUppercase).count >= 2
      && !text.contains(where: \.isASCIIDigit)
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
