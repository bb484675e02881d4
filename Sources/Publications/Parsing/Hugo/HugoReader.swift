import Foundation
import Yams

/// Reads a Hugo Blox (Wowchemy) academic site: one `content/publication/<slug>/index.md` per
/// paper, with YAML front matter (title, authors, date, publication, publication_short,
/// publication_types, abstract, draft); `admin` and other author slugs resolve through
/// `content/authors/<slug>/_index.md`; a `cite.bib` beside the page fills a missing venue.
///
/// An academicpages Jekyll site is read the same way: one `_publications/<date>-<slug>.md` per
/// paper, with title, date, venue, category, paperurl, excerpt and a formatted `citation`, the
/// only place it names the authors (`PageCitation`).
public struct HugoReader: PublicationReader {
  /// Author slug → display name, from `content/authors/<slug>/_index.md`.
  public var authorNames: [String: String]
  public var catalog: VenueCatalog
  /// Front matter with more YAML aliases than `limits.yamlAliases` is refused (alias bombs
  /// expand without bound), and brackets nested deeper than `limits.nestingDepth` (Yams' parser
  /// recurses once per level).
  public var limits: ReadingLimits

  public init(authorNames: [String: String] = [:], catalog: VenueCatalog = .standard, limits: ReadingLimits = .standard) {
    self.authorNames = authorNames
    self.catalog = catalog
    self.limits = limits
  }

  /// The display name in an author profile page (`title:` or `name:`, or first and last name).
  public static func authorName(profile text: String) -> String? {
    guard let map = profileMapping(text) else { return nil }
    // NB: Hugo Blox's author schema v1 writes `name: {display: …, given: …, family: …}`.
    if let name = map["name"] as? [String: Any] {
      let display = (name["display"] as? String)?.collapsingWhitespace() ?? ""
      let parts = [name["given"], name["family"]].compactMap { ($0 as? String)?.collapsingWhitespace() }.filter { !$0.isEmpty }
      guard parts.count == 2 else { return display.isEmpty ? nil : display }
      return personName(in: display, given: parts[0], family: parts[1]) ?? parts.joined(separator: " ")
    }
    // NB: the Academic theme before 2020 named the profile `name:`; Hugo Blox names it `title:`.
    for key in ["title", "name"] {
      // NB: "title: Wei  Li" (99WeiLi/weili.github.io): spaces typed twice are one.
      if let name = (map[key] as? String)?.collapsingWhitespace(), !name.isEmpty { return name }
    }
    let parts = [map["first_name"], map["last_name"]].compactMap { $0 as? String }
    return parts.isEmpty ? nil : parts.joined(separator: " ")
  }

  /// The display name from the given name to the family name: its middle initial kept
  /// ("Clifford B. Anderson", CliffordAnderson/academic-site, as the pages write it), the titles
  /// and notes around it left out ("Dr. Sc. Misha Usvyatsov", aelphy.github.io; "Alex Che-Tsung
  /// Lin (林哲聰)"); nil when the display does not hold both.
  private static func personName(in display: String, given: String, family: String) -> String? {
    let words = display.split(separator: " ")
    guard let first = given.split(separator: " ").first, let last = family.split(separator: " ").last,
      let start = words.firstIndex(of: first), let end = words.lastIndex(of: last), start <= end
    else { return nil }
    return words[start...end].joined(separator: " ")
  }

  /// A profile's fields: the front matter of `content/authors/<slug>/_index.md`, or the whole of
  /// a `data/authors/<slug>.yaml`.
  static func profileMapping(_ text: String) -> [String: Any]? {
    FrontMatter(page: text)?.mapping ?? FrontMatter(text, language: .yaml).mapping
  }

  public init(context: ReadingContext) {
    self.init(catalog: context.catalog, limits: context.limits)
  }

  /// Reads each page; its author slugs resolve through `authorNames` and the profiles among its
  /// companions.
  public func read(_ pages: consuming [ReaderInput]) -> ParseResult {
    var result = ParseResult()
    var namesBySite: [String: [String: String]] = [:]
    for page in copy pages {
      let names = namesBySite[page.origin] ?? siteAuthorNames(page.companions)
      namesBySite[page.origin] = names
      switch publication(page, authorNames: names) {
      case .success(let publication):
        result.publications.append(publication)
        // NB: an academicpages page whose `citation` is missing names no one; the co-author
        // network would lose the paper's people without a word.
        if publication.authors.isEmpty {
          result.diagnostics.append(Diagnostic(at: publication.source, .missingAuthors(title: publication.title)))
        }
        // NB: as the homepage reader says it: the venue chart would lose the paper without a word.
        if publication.venue == nil {
          result.diagnostics.append(Diagnostic(at: publication.source, .missingVenue(title: publication.title)))
        }
      case .failure(let diagnostic): result.diagnostics.append(diagnostic)
      case .none: break
      }
    }
    // A site is named when none of its pages gave a publication.
    let productive = Set(result.publications.map(\.source.file))
    var sites: [String: Bool] = [:]
    var order: [String] = []
    for page in pages {
      if sites[page.origin] == nil { order.append(page.origin) }
      sites[page.origin, default: false] = sites[page.origin, default: false] || productive.contains(page.name)
    }
    result.inputsWithoutPublications = order.filter { sites[$0] == false }
    return result
  }

  private enum Outcome {
    case success(Publication)
    case failure(Diagnostic)
    case none
  }

  private func publication(_ page: ReaderInput, authorNames: [String: String]) -> Outcome {
    let start = SourceLocation(file: page.name, line: 1)
    guard let frontMatter = FrontMatter(page: page.text) else {
      // NB: "<!-- ---\ntitle: 'An example conference paper' … -->" (CeliaBenquet.github.io): the
      // template's pages hidden by their owner, no page that lost its front matter.
      if Self.isCommentedOut(page.text) { return .failure(Diagnostic(.note, at: start, .pageCommentedOut)) }
      return .failure(Diagnostic(at: start, .noFrontMatter))
    }
    let map: [String: Any]
    switch mapping(frontMatter, in: page.name) {
    case .mapping(let loaded): map = loaded
    case .refused(let diagnostic): return .failure(diagnostic)
    }
    let location = SourceLocation(file: page.name, line: frontMatter.line(of: "title"))
    guard let titled = (map["title"] as? String).map(Self.cleanedTitle), !titled.isEmpty else {
      return .failure(Diagnostic(at: location, .missingTitle(key: page.name)))
    }
    let (title, honour) = Self.splittingHonour(titled)
    if (map["draft"] as? Bool) == true { return .failure(Diagnostic(.note, at: location, .notCounted(title: title, reason: "a draft"))) }
    let venueFields = ["publication", "publication_short", "venue"].compactMap { (map[$0] as? String)?.trimmed() }
    if Self.isTemplateExample(title: title, authors: Self.authorsField(map), abstract: map["abstract"] as? String, venues: venueFields) {
      return .failure(Diagnostic(.note, at: location, .notCounted(title: title, reason: "the site template's example page")))
    }
    // The page's own BibTeX: a `cite.bib` beside it (Hugo), or on an academicpages page a
    // `bibtex:` field or a fenced block in the body ("Recommended citation: ```@inproceedings…").
    // NB: and a `citation:` that is BibTeX ("citation: '@misc{wang2026sppo, …}'", 1BIMU).
    let citationField = map["citation"] as? String
    let citedBibTeX = citationField.flatMap { $0.trimmed().hasPrefix("@") ? $0 : nil }
    let bibtex = page.companions["cite.bib"] ?? (map["bibtex"] as? String) ?? citedBibTeX ?? Self.fencedBibTeX(in: page.text)
    let citation = bibtex.flatMap { BibTeXReader(catalog: catalog).read([.init(name: page.name, text: $0)]).publications.first }
    // A list or one value; academicpages files a page under a `category` (conferences,
    // manuscripts, books). NB: unwrapped before it is written out, or "2" reads "Optional(2)".
    // NB: and academicpages' `type` ("type: 'thesis'", AbdulBasitMirza.github.io).
    let types = ((map["publication_types"] as? [Any]) ?? [map["publication_types"], map["category"], map["type"]].compactMap { $0 }).map { "\($0)" }
    if types.contains(where: { $0 == "patent" || $0 == "8" }) {
      return .failure(Diagnostic(.note, at: location, .notCounted(title: title, reason: "a patent")))
    }
    // NB: academicpages keeps the authors only in the formatted `citation`, and its year is the
    // paper's where the page's `date` may be the day the page was written ("November 1992" in
    // the citation of a page dated 2020).
    // NB: the template's citation ("Your Name, You. (2009). …") names no one, on a page whose
    // title its owner did write.
    let written = citedBibTeX != nil ? nil : citationField.flatMap { PageCitation.isTemplatePlaceholder($0) ? nil : $0 }
      ?? Self.recommendedCitation(in: page.text, after: frontMatter)
    // An excerpt that is the reference, its authors first ("Liguang Wang#, **Yujia Wang#**, ….
    // Title, Journal, 2019", 2016317200329/YujiaWang): the names as the author list reads them.
    let excerpt = written == nil && Self.authorsField(map) == nil ? map["excerpt"] as? String : nil
    let excerptAuthors = excerpt.flatMap(Self.openingAuthorList(of:))?.result
    let citationText = written ?? (excerptAuthors != nil ? excerpt : nil)
    let cited = Self.authorsField(map) == nil ? citationText.flatMap { PageCitation(html: $0, catalog: catalog) } : nil
    var venue = venue(map, types: types) ?? citation?.venue ?? cited?.venue
    // "IEEE Transactions on Medical Imaging (IEEE TMI)" as the page's venue, the journal's own
    // name in its citation: a venue the lists know beats one only read from the page.
    if let read = cited?.venue, let given = venue, !catalog.knows(given), catalog.knows(read) { venue = read }
    // "Niu, Zihua. … MS thesis. ETH Zurich, 2021." beside "venue: 'ETH Zurich'": the page names
    // the school, its citation says what was written there.
    if cited?.venue?.kind == .thesis, venue == nil || venue?.kind == .other { venue = cited?.venue }
    // "Names. International Conference on … (SANER 2024). &quot;Title&quot; <i>940--951</i>."
    // (0411tony/junwei.github.io): a venue the catalogue knows, written anywhere in the citation.
    if venue == nil, let citationText { venue = catalog.venue(mentionedIn: [MarkdownReference(html: citationText, line: 1).text]) }
    if venue == nil, let kind = Self.kind(types) { venue = kind == .preprint ? catalog.venue(named: "arXiv") : nil }
    var people = cited.map { (authors: $0.authors, isTruncated: $0.isAuthorListTruncated) } ?? authors(map, names: authorNames)
    if people.authors.isEmpty, let citation { people = (citation.authors, citation.isAuthorListTruncated) }
    if let excerptAuthors { people = (excerptAuthors.people, excerptAuthors.isTruncated) }
    if people.authors.isEmpty, let opening = Self.openingAuthorList(of: page.text, after: frontMatter) {
      people = (opening.people, opening.isTruncated)
    }
    return .success(
      Publication(
        id: URL(fileURLWithPath: page.name).deletingLastPathComponent().lastPathComponent, title: title,
        authors: people.authors, isAuthorListTruncated: people.isTruncated, venue: venue, year: cited?.year ?? year(map) ?? citation?.year,
        notes: EntryNotes.find(in: ([map["publication"], map["publication_short"]].compactMap { $0 as? String } + [honour ?? ""]).joined(separator: " ")),
        links: links(map), abstract: ((map["abstract"] ?? map["excerpt"]) as? String)?.collapsingWhitespace(), source: location))
  }

  private enum Loaded {
    case mapping([String: Any])
    case refused(Diagnostic)
  }

  /// The front matter's keys and values, or the diagnostic that says why there are none.
  private func mapping(_ frontMatter: FrontMatter, in file: String) -> Loaded {
    let start = SourceLocation(file: file, line: 1)
    if frontMatter.language == .toml {
      do {
        return .mapping(try frontMatter.tomlMapping(depthLimit: limits.nestingDepth))
      } catch let problem as TOMLReader.Problem {
        let at = SourceLocation(file: file, line: problem.line)
        return .refused(
          Diagnostic(at: at, problem.isTooDeep ? .tomlTooDeep(limit: limits.nestingDepth) : .invalidTOMLFrontMatter(problem: problem.message)))
      } catch {
        return .refused(Diagnostic(at: start, .invalidTOMLFrontMatter(problem: "\(error)")))
      }
    }
    // NB: "[//]: # (codeurl: '…')": the Markdown comment idiom, typed into front matter to hide
    // a key (AbdulBasitMirza.github.io); Jekyll's YAML reads it as a key no page uses, Yams
    // refuses a key that is a list. Blanked, so lines keep their numbers.
    let yaml = frontMatter.text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { PagePreprocessor.isMarkdownComment($0) ? "" : $0 }.joined(separator: "\n")
    let aliases = Self.aliasCount(yaml)
    guard aliases <= limits.yamlAliases else {
      return .refused(Diagnostic(at: start, .tooManyYAMLAliases(count: aliases, limit: limits.yamlAliases)))
    }
    do {
      guard let loaded = try SafeYAML.load(yaml, nestingLimit: limits.nestingDepth) as? [String: Any] else {
        return .refused(Diagnostic(at: start, .frontMatterNotMapping))
      }
      return .mapping(loaded)
    } catch {
      let problem = SafeYAML.problem(error)
      let at = SourceLocation(file: file, line: frontMatter.firstLine + problem.line - 1)
      return .refused(Diagnostic(at: at, .invalidFrontMatter(problem: problem.message)))
    }
  }

  /// The page's authors; "others" or "et al." at the end marks the list as cut. Slugs are read
  /// without the commas and spaces a hand-written list leaves (`authors: [admin,]`).
  private func authors(_ map: [String: Any], names authorNames: [String: String]) -> (authors: [Person], isTruncated: Bool) {
    let field = Self.authorsField(map)
    // NB: academicpages pages write the list as one string ("Boris Pismenny, Adam Morrison, Dan Tsafrir").
    let listed = (field as? [Any])?.compactMap { $0 as? String } ?? (field as? String).map(Self.names(inList:)) ?? []
    var names = listed.map { $0.trimming(", ") }.filter { !$0.isEmpty }
    var isTruncated = names.last.map { ["others", "et al.", "et al", "..."].contains($0.lowercased()) } ?? false
    if isTruncated { names.removeLast() }
    // "- admin", "- author 449 of 729": a note of where the owner stands in a list cut short
    // (written by a citation importer), not a person.
    if names.contains(where: Self.isPositionNote) {
      names.removeAll(where: Self.isPositionNote)
      isTruncated = true
    }
    // NB: a profile slug listed twice ("- admin", "- admin") is one person, not two.
    names = names.enumerated().filter { index, name in
      authorNames[name] == nil && name != "admin" || !names[..<index].contains(name)
    }.map(\.element)
    // "[I. Abraham, A. Prabhakar, and T.D. Murphey]": the last name of a list typed as a sentence.
    names = names.map { name in
      for joiner in ["and ", "& "] where name.hasPrefix(joiner) { return String(name.dropFirst(joiner.count)).trimmed() }
      return name
    }
    // "Chapagain R, Remenyi TA" (PubMed's order): "R. Chapagain", "T. A. Remenyi"; profile
    // slugs ("admin") keep their place.
    let written = names.indices.filter { authorNames[names[$0]] == nil && names[$0] != "admin" }
    // "ZHENG Han, LI Wei" (99WeiLi/weili.github.io): "Han Zheng", "Wei Li".
    if let natural = InitialsLastNames.naturalOrder(written.map { names[$0] })
      ?? InitialsLastNames.naturalOrder(capitalFamiliesFirst: written.map { names[$0] })
    {
      for (index, name) in zip(written, natural) { names[index] = name }
    }
    var people = authorPeople(names, map: map, authorNames: authorNames)
    // "<strong>Tianyi Wang</strong>*, Yixia Li*, …": the list's bold name is the site's owner.
    if let html = field as? String, html.contains("<") {
      let written = MarkdownReference(html: html, line: 1)
      for index in people.indices where written.isEmphasised(people[index].name) { people[index].isHighlighted = true }
    }
    return (people, isTruncated)
  }

  /// "author 6 of 13", "authors 20, 25 of 25": an author's place in a list, not a name.
  private static func isPositionNote(_ name: String) -> Bool {
    name.range(of: #"^authors? \d+(\s*(,|and|&)\s*\d+)*( of \d+)?$"#, options: [.regularExpression, .caseInsensitive]) != nil
  }

  /// The page's author list: `authors`, or `author` as some pages write it ("Author:").
  private static func authorsField(_ map: [String: Any]) -> Any? {
    map["authors"] ?? map["author"] ?? map["Author"] ?? map["Authors"]
  }

  /// The names of an author list written as one string, as a homepage writes it.
  private static func names(inList text: String) -> [String] {
    // NB: "'<strong>Tianyi Wang</strong>*, Yixia Li*, …'" (1BIMU): the list may be HTML.
    let plain = text.contains("<") ? MarkdownReference(html: text, line: 1).text : text
    let characters = plain.map { StyledCharacter(character: $0, style: [], line: 0) }
    return AuthorListParser.parse(ArraySlice(characters), requireSeveral: false)?.people.map(\.asWritten) ?? []
  }

  private func authorPeople(_ names: [String], map: [String: Any], authorNames: [String: String]) -> [Person] {
    let notes = (map["author_notes"] as? [Any])?.map { "\($0)" } ?? []
    let ownerKey = authorNames["admin"]?.matchingKey
    let people = names.enumerated().map { index, slug in
      let note = index < notes.count ? notes[index].lowercased() : ""
      let markers: [Person.Marker] = note.contains("equal") ? [.equalContribution] : note.contains("corresponding") ? [.corresponding] : []
      if let name = authorNames[slug] {
        // The site's own profile (admin) is the owner: Hugo highlights it on every page.
        return Person(name: name, asWritten: slug, isHighlighted: slug == "admin" || name.matchingKey == ownerKey, markers: markers)
      }
      let (name, stripped) = AuthorListParser.stripMarkers(slug)
      // NB: the owner's name typed out ("- Luca Fortini" on a page of Luca Fortini's site) is
      // the owner as much as "- admin" is.
      // NB: a mark the author notes explain too ("Sheng-Wei Huang+" noted "Equal Contribution") is one.
      return Person(name: name, asWritten: slug, isHighlighted: name.matchingKey == ownerKey, markers: markers + stripped.filter { !markers.contains($0) })
    }
    // NB: "- Alejandro Gil Gomez", "- Joshua S Rest", "- admin" (Alexggo/academic): the owner
    // typed out and named again by the profile's slug is one author, listed where first named.
    var seen: Set<String> = []
    return people.filter { person in
      seen.insert(person.name.matchingKey).inserted || !(authorNames[person.asWritten] != nil || person.isHighlighted)
    }
  }

  private func venue(_ map: [String: Any], types: [String]) -> Venue? {
    // NB: a venue given as an address ("https://udel.edu/~ghuang/iros19-vins-workshop/") or as
    // pages ("venue: '940--951'", 0411tony/junwei.github.io) names none.
    let texts = [map["publication_short"], map["publication"], map["venue"]].compactMap { ($0 as? String).map(Self.decodingEntities)?.trimming("*_ ") }
      .filter { $0.contains(where: \.isLetter) && !$0.hasPrefix("http://") && !$0.hasPrefix("https://") }
    if let venue = catalog.venue(mentionedIn: texts) { return venue }
    let kind = Self.kind(types)
    // NB: a journal the lists know in any field, the short one first: "publication" may be a
    // whole formatted reference ("M. Vidoni, 'A Systematic Process …', _Information and
    // Software Technology_, 2022. ISSN …") beside "publication_short: Information and Software
    // Technology".
    for text in texts.dropLast() {
      if let venue = catalog.venue(inField: text, kind: kind), catalog.knows(venue) { return venue }
    }
    // NB: "Journal 1" is academicpages' placeholder, kept on pages whose title was written.
    guard let name = texts.last, !Self.isPlaceholderVenue(name) else { return nil }
    var venue = VenueGuess.guess(fromBadge: name) ?? catalog.venue(inField: name, kind: kind) ?? Venue(name: name, kind: kind ?? .other)
    // A name that does not say its kind ("Mathematics") takes the page's type (a journal article).
    if venue.kind == .other, let kind { venue.kind = kind }
    return venue
  }

  private static func kind(_ types: [String]) -> Venue.Kind? {
    for type in types {
      switch type {
      case "paper-conference", "1", "conferences": return .conference
      case "article-journal", "2", "manuscripts": return .journal
      case "article", "3", "manuscript": return .preprint
      case "thesis", "7": return .thesis
      default: continue
      }
    }
    return nil
  }

  private func year(_ map: [String: Any]) -> Int? {
    for key in ["date", "publishDate"] {
      if let date = map[key] as? Date {
        return Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC") ?? .current, from: date).year
      }
      if let text = map[key].map({ "\($0)" }), let year = VenueCatalog.years(in: text).first { return year }
    }
    return nil
  }

  private func links(_ map: [String: Any]) -> Publication.Links {
    func url(_ key: String) -> String? {
      guard let value = map[key] as? String, !value.isEmpty else { return nil }
      return value
    }
    var links = Publication.Links()
    let doi = url("doi").map(Publication.Links.doiURL)
    links.paper = url("url_pdf") ?? url("url_preprint") ?? doi ?? url("paperurl")
    if let doi, doi != links.paper { links.other.append(doi) }
    links.code = url("url_code")
    links.project = url("url_project")
    return links
  }

  /// The title as a person reads it: without a list number typed before it ("`11.`Performance
  /// Analysis …") or quotes left around it ("… Programs.”").
  static func cleanedTitle(_ raw: String) -> String {
    var title = withoutEscapedTags(raw).collapsingWhitespace()
    if let match = title.range(of: #"^`?\d{1,3}\.`?\s*"#, options: .regularExpression), match.upperBound < title.endIndex {
      title = String(title[match.upperBound...])
    }
    let quotes = "\"“”'`"
    if title.hasSuffix("”") || title.hasSuffix("\""), !title.dropLast().contains(where: { "\"“".contains($0) }) {
      title = title.trimming(quotes)
      if title.hasSuffix("."), !title.dropLast().hasSuffix(".") { title.removeLast() }
    }
    return title.trimming(" ")
  }

  /// "hydrophobicity of textlessspan style=…textgreaterroom‐temperaturetextless/spantextgreater
  /// , …": the HTML tags of a Zotero export (`\textless{}span …\textgreater{}`) whose backslashes
  /// a citation importer dropped (99WeiLi/weili.github.io), gone with the space before a comma
  /// they leave.
  static func withoutEscapedTags(_ text: String) -> String {
    guard text.contains("textless") else { return text }
    var result = ""
    var rest = Substring(text)
    while let open = rest.range(of: "textless"), let close = rest[open.upperBound...].range(of: "textgreater"),
      case let tag = rest[open.upperBound..<close.lowerBound], tag.count <= 80,
      tag.first?.isLetter == true || tag.first == "/"
    {
      result += rest[..<open.lowerBound]
      rest = rest[close.upperBound...]
    }
    result += rest
    return result.replacingOccurrences(of: " ,", with: ",")
  }

  /// YAML alias uses (`*name` after a space, `[`, `,`, `{` or `:`), counted without parsing.
  static func aliasCount(_ yaml: String) -> Int {
    var count = 0
    var previous: Character = " "
    var iterator = yaml.makeIterator()
    var current = iterator.next()
    while let c = current {
      let next = iterator.next()
      if c == "*", " [,{:\t\n-".contains(previous), let n = next, n.isLetter || n.isNumber || n == "_" { count += 1 }
      previous = c
      current = next
    }
    return count
  }


}

extension HugoReader {
  public static let format = InputFormat("hugo")
  public static let expectedContent = "pages content/publication(s)/<name>/index.md, content/publication(s)/<name>.md or _publications/<name>.md with a title in their front matter"

  /// A Hugo page read alone is Markdown: only a site folder is read as Hugo.
  public static func recognition(of text: String, path: String) -> InputFormat.Recognition { .no }

  /// The publication pages of a Hugo Blox site: the site folder, its `content/`, or its
  /// `content/publication/`.
  public static func inputs(inFolder folder: String, reading: (String) throws -> ReaderInput) -> [ReaderInput]? {
    HugoSite.find(at: folder)?.inputs(origin: folder, reading: reading)
  }
}
