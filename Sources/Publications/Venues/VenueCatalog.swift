/// The venues pubreport knows, and how to find them in free text.
///
/// The catalogue is data (`VenueCatalog.table`), so teaching a venue is a one-line change.
public struct VenueCatalog: Sendable {
  /// A venue found in a piece of text, with the year written next to it when there is one.
  public struct Mention: Sendable, Hashable {
    public var venue: Venue
    public var year: Int?
    /// The words of the text that named the venue, as written.
    public var matchedText: String
    /// Where the venue name starts in the searched text (for preferring earlier mentions).
    var tokenOffset: Int
    var tokenLength: Int
  }

  private struct Alias: Sendable {
    var tokens: [String]
    var venue: Venue
    var exactOnly: Bool
    /// A one-word acronym in mixed case ("MedIA", "NeurIPS", "TIP"): matches as written (any of
    /// its spellings: "COLM", "CoLM") or in capitals, never as an ordinary word ("media", "tip").
    var spellings: [String]
  }

  /// Aliases by their first token; each list sorted longest first.
  private let aliasesByFirstToken: [String: [Alias]]
  private let venuesByName: [String: Venue]
  /// The user's venue names and kinds (`venues:` in pubreport.yml), by folded name.
  var userRules = UserRules()

  /// The user's own venue names and kinds, kept beside the catalogue's entries so that a venue a
  /// reader found another way (a `journal` field, a guess from free text) still takes them.
  struct UserRules: Sendable {
    var canonicalByKey: [String: String] = [:]
    var kindByKey: [String: Venue.Kind] = [:]
  }

  /// The catalogue built from the shipped table, widened by the public conference list
  /// (`Data/SOURCES.md`); where both name a venue, the table's entry wins.
  public static let standard = VenueCatalog(table: VenueCatalog.table + "\n" + VenueCatalog.conferenceTable)

  /// Builds a catalogue from lines of `name <TAB> kind <TAB> alias|alias…`.
  public init(table: String) {
    var byFirst: [String: [Alias]] = [:]
    var byName: [String: Venue] = [:]
    var seen: Set<[String]> = []
    for line in table.split(separator: "\n") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 3 else { continue }
      let name = fields[0].trimmed()
      guard byName[Self.key(name)] == nil else { continue }
      let venue = Venue(name: name, kind: Self.kind(code: String(fields[1])))
      byName[Self.key(name)] = venue
      for rawAlias in fields[2].split(separator: "|") {
        let exactOnly = rawAlias.hasPrefix("=")
        let aliasText = exactOnly ? String(rawAlias.dropFirst()) : String(rawAlias)
        let tokens = VenueToken.tokenize(aliasText).map(\.text)
        let capitals = aliasText.filter(\.isUppercase).count
        let spelling = tokens.count == 1 && capitals >= 2 ? aliasText : nil
        guard let first = tokens.first else { continue }
        // NB: the first venue to claim an alias keeps it; later lines cannot take it over. The
        // same venue may spell its acronym twice ("COLM|CoLM").
        guard seen.insert(tokens).inserted else {
          if let spelling, let index = byFirst[first]?.firstIndex(where: { $0.tokens == tokens && $0.venue == venue && !$0.spellings.isEmpty }) {
            byFirst[first]?[index].spellings.append(spelling)
          }
          continue
        }
        byFirst[first, default: []].append(Alias(tokens: tokens, venue: venue, exactOnly: exactOnly, spellings: spelling.map { [$0] } ?? []))
      }
    }
    aliasesByFirstToken = byFirst.mapValues { $0.sorted { $0.tokens.count > $1.tokens.count } }
    venuesByName = byName
  }

  static func kind(code: String) -> Venue.Kind {
    switch code.trimmed() {
    case "C": .conference
    case "J": .journal
    case "W": .workshop
    case "P": .preprint
    case "U": .underReview
    case "T": .thesis
    default: .other
    }
  }

  private static func key(_ name: String) -> String {
    VenueToken.tokenize(name).map(\.text).joined(separator: " ")
  }

  /// The known venue with this canonical name or alias, if any.
  public func venue(named name: String) -> Venue? {
    if let venue = venuesByName[Self.key(name)] { return venue }
    let tokens = VenueToken.tokenize(name).map(\.text)
    guard let first = tokens.first else { return nil }
    return aliasesByFirstToken[first]?.first { $0.tokens == tokens }?.venue
  }

  /// Every venue named in `text`, longest names first where they overlap, in text order.
  ///
  /// A year next to a venue (`CVPR 2025`, `NeurIPS'25`, `AAAI-26`, `ICLR2025`) is attached to
  /// it; a year elsewhere in the text is attached to the nearest venue before it.
  ///
  /// - Complexity: O(n · a) for n words of text and a aliases sharing a first word.
  public func mentions(in text: String) -> [Mention] {
    // NB: "the IEEE 34th International Conference on Distributed Computing Systems" is ICDCS:
    // an edition's ordinal is no part of a venue's name.
    let allTokens = VenueToken.tokenize(text)
    let (tokens, positions) = Self.droppingOrdinals(allTokens)
    var mentions: [Mention] = []
    var index = 0
    while index < tokens.count {
      guard let alias = longestAlias(at: index, in: tokens) else {
        index += 1
        continue
      }
      let end = index + alias.tokens.count
      let matched = String(text[tokens[index].range.lowerBound..<tokens[end - 1].range.upperBound])
      mentions.append(
        Mention(
          venue: alias.venue,
          year: Self.year(after: end, in: tokens) ?? Self.spacedShortYear(after: end, in: tokens, text: text, venue: alias.venue),
          matchedText: matched,
          tokenOffset: positions?[index] ?? index,
          tokenLength: (positions?[end - 1] ?? end - 1) - (positions?[index] ?? index) + 1))
      index = end
    }
    return mentions
  }

  /// Publishers named before a venue's acronym, as tokens. Not "springer": "Springer Nature"
  /// is a publisher, not the journal Nature.
  private static let publisherWords: Set<String> = ["acm", "ieee", "cvf", "usenix", "aaai", "sigchi", "siam"]

  /// Whether `tokens` hold a word outside `span` other than a year or a publisher's name.
  private static func hasOtherWords(than span: Range<Int>, in tokens: [VenueToken]) -> Bool {
    tokens.indices.contains { !span.contains($0) && !tokens[$0].isNumber && !publisherWords.contains(tokens[$0].text) }
  }

  private func longestAlias(at index: Int, in tokens: [VenueToken]) -> Alias? {
    guard let candidates = aliasesByFirstToken[tokens[index].text] else { return nil }
    for alias in candidates where index + alias.tokens.count <= tokens.count {
      guard tokens[index..<(index + alias.tokens.count)].lazy.map(\.text).elementsEqual(alias.tokens) else {
        continue
      }
      if !alias.spellings.isEmpty {
        let written = tokens[index].original
        guard alias.spellings.contains(written) || written == written.uppercased() else { continue }
      }
      // NB: "ACM CSCW 2023", "IEEE ICRA": a publisher's name before an acronym leaves it whole.
      if alias.exactOnly, Self.hasOtherWords(than: index..<(index + alias.tokens.count), in: tokens) {
        continue
      }
      // NB: a full name that goes on with "and …" is another venue's: "International Conference
      // on Machine Learning and Soft Computing" is not ICML, nor is "… on Cloud Computing in
      // Emerging Markets" the IEEE Cloud conference.
      let next = index + alias.tokens.count
      if alias.tokens.count >= 3, next < tokens.count, Self.extendsName(tokens, at: next) {
        continue
      }
      // NB: and the name a longer one ends in: "IEEE Geoscience and Remote Sensing Magazine"
      // is not MDPI's Remote Sensing.
      if alias.tokens.count >= 2, index > 0, ["and", "&"].contains(tokens[index - 1].text) {
        continue
      }
      return alias
    }
    return nil
  }

  /// The tokens without ordinals (`34th` arrives as `34` and `th`, `22nd` as `22` and `nd`),
  /// with the position each kept token has in `tokens` (mentions count in those; nil when
  /// nothing was dropped).
  private static func droppingOrdinals(_ tokens: [VenueToken]) -> ([VenueToken], [Int]?) {
    guard tokens.contains(where: { $0.precededBy?.isASCIIDigit == true && !$0.isNumber }) else {
      return (tokens, nil)
    }
    var kept: [VenueToken] = []
    var positions: [Int] = []
    for (position, token) in tokens.enumerated() {
      if ["st", "nd", "rd", "th"].contains(token.text), token.precededBy?.isASCIIDigit == true,
        kept.last?.isNumber == true
      {
        kept.removeLast()
        positions.removeLast()
        continue
      }
      kept.append(token)
      positions.append(position)
    }
    return (kept, positions)
  }

  /// Whether the words at `index` go on with a venue's name: "and …", or "in"/"for"/"with"
  /// and a capitalised word.
  private static func extendsName(_ tokens: [VenueToken], at index: Int) -> Bool {
    let word = tokens[index].text
    if word == "and" || word == "&" { return true }
    guard ["in", "for", "with"].contains(word), index + 1 < tokens.count else { return false }
    return tokens[index + 1].original.first?.isUppercase == true
  }

  /// The year written right after a venue name: `2025`, `'25`, `-26`, or `25` glued on.
  private static func year(after end: Int, in tokens: [VenueToken]) -> Int? {
    guard end < tokens.count, tokens[end].isNumber else { return nil }
    let token = tokens[end]
    if let year = Self.fourDigitYear(token.text) { return year }
    let glued = token.precededBy.map { "'’-‘".contains($0) || $0.isLetter } ?? false
    if token.text.count == 2, glued, let short = Int(token.text) { return 2000 + short }
    return nil
  }

  /// "(ICLR 26)", "(EACL 26 Main Conference)" (zhengqingyuan's page): a meeting's year in two
  /// digits after a space, closing its parenthesis or followed by words. NB: only for a
  /// conference or workshop, and never before a digit, a comma or an opening parenthesis:
  /// "Advances in Neural Information Processing Systems 25 (2012)" is a volume, as is
  /// "TPAMI 45, 2023".
  private static func spacedShortYear(after end: Int, in tokens: [VenueToken], text: String, venue: Venue) -> Int? {
    guard venue.kind == .conference || venue.kind == .workshop, end < tokens.count, tokens[end].text.count == 2,
      tokens[end].precededBy == " ", let short = Int(tokens[end].text)
    else { return nil }
    let rest = text[tokens[end].range.upperBound...].drop { $0 == " " }
    guard let next = rest.first else { return 2000 + short }
    return next == ")" || next.isLetter ? 2000 + short : nil
  }

  /// `text` as a year when it is four digits between 1900 and 2099.
  static func fourDigitYear(_ text: String) -> Int? {
    guard text.count == 4, let value = Int(text), (1900...2099).contains(value) else {
      return nil
    }
    return value
  }

  /// Every plausible publication year written in `text`, in order.
  ///
  /// Numbers that are part of identifiers (`2012.05168`, `10.1109/…`) are not years.
  /// "Meas. Sci. Technol.2024": a year typed right after an abbreviation's dot, and ending
  /// the text or its clause (in a DOI, "j.catena.2022.106866", it goes on).
  private static func isGluedAfterAbbreviation(_ token: VenueToken, in text: String) -> Bool {
    let dot = text.index(before: token.range.lowerBound)
    guard dot > text.startIndex, text[text.index(before: dot)].isLetter else { return false }
    let after = token.range.upperBound
    return after == text.endIndex || text[after].isWhitespace || ",;)".contains(text[after])
  }

  /// "33:1923-1937": a page number after a volume and its colon (galaxy-00.github.io's TIP paper
  /// read as 1923), not a year.
  private static func isAfterVolume(_ token: VenueToken, in text: String) -> Bool {
    let colon = text.index(before: token.range.lowerBound)
    return colon > text.startIndex && text[text.index(before: colon)].isNumber
  }

  public static func years(in text: String) -> [Int] {
    let tokens = VenueToken.tokenize(text)
    var years: [Int] = []
    // The page a range starts from ("33:1923-1937"): the number after its dash is a page too.
    var lastPage: VenueToken?
    for token in tokens {
      guard let year = fourDigitYear(token.text) else { continue }
      if let page = lastPage, "-–".contains(token.precededBy ?? " "),
        text[page.range.upperBound..<token.range.lowerBound].count == 1
      {
        continue
      }
      let after = token.range.upperBound
      if after < text.endIndex, text[after] == ".",
        text.index(after: after) < text.endIndex, text[text.index(after: after)].isNumber
      {
        continue
      }
      if token.precededBy == "/" || token.precededBy == "." && !isGluedAfterAbbreviation(token, in: text) { continue }
      if token.precededBy == ":", isAfterVolume(token, in: text) {
        lastPage = token
        continue
      }
      years.append(year)
    }
    return years
  }
}
