import Foundation

/// What a page says outside the fields its template reads: the author line or formatted reference
/// typed into the body or the excerpt, an honour before the title, a placeholder the template
/// left, character references, a page hidden in a comment. academicpages pages, hand-edited from
/// the template, say these things most often.
extension HugoReader {
  /// The author list a page's body opens with, for a page whose front matter and citation name
  /// no one: "**Abdulrahman Kerim**, Leandro Soriano Marcolino, Richard Jiang" on the line
  /// under the front matter (A-Kerim/me), the owner set in bold. Only a line that is all names
  /// (two or more) is taken: the body usually opens with the abstract.
  static func openingAuthorList(of page: String, after frontMatter: FrontMatter) -> AuthorListParser.Result? {
    let body = frontMatter.bodyLines(of: page)
    guard let first = body.first(where: { !$0.trimmed().isEmpty })?.trimmed(), first.utf8.count <= 600,
      let opening = first.first, !"<#![>|-`{".contains(opening)
    else { return nil }
    guard let list = openingAuthorList(of: String(first)), list.result.length >= list.textLength else { return nil }
    return list.result
  }

  /// The author list `text` opens with (two names or more), the names set in bold highlighted,
  /// and how long the text is without its closing stop.
  static func openingAuthorList(of text: String) -> (result: AuthorListParser.Result, textLength: Int)? {
    let written = MarkdownReference(text, line: 1)
    let characters = written.text.trimming(" .").map { StyledCharacter(character: $0, style: [], line: 1) }
    guard var list = AuthorListParser.parse(ArraySlice(characters), requireSeveral: true) else { return nil }
    for index in list.people.indices where written.isEmphasised(list.people[index].name) {
      list.people[index].isHighlighted = true
    }
    return (list, characters.count)
  }

  /// The formatted reference of a page whose front matter keeps none in `citation`: the line
  /// the template would have written, typed into the body ("Recommended citation: Shen W.,
  /// Zhang B., …: Title. In: Proceedings of …", Ada-Shen.github.io).
  static func recommendedCitation(in page: String, after frontMatter: FrontMatter) -> String? {
    let lead = "Recommended citation:"
    let body = frontMatter.bodyLines(of: page)
    guard let line = body.first(where: { $0.trimmed().hasPrefix(lead) }) else { return nil }
    let citation = line.trimmed().dropFirst(lead.count).trimmed()
    return citation.contains(where: \.isLetter) && !citation.hasPrefix("@") ? String(citation) : nil
  }

  /// Whether the whole page is one HTML comment.
  static func isCommentedOut(_ page: String) -> Bool {
    let text = page.trimmed()
    guard text.hasPrefix("<!--"), text.hasSuffix("-->") else { return false }
    return text.dropFirst(4).dropLast(3).range(of: "-->") == nil
  }

  /// The text with its HTML character references read: academicpages pages keep the HTML the
  /// site's scripts wrote ("(EPE&#39;22 ECCE Europe)", "&amp;").
  static func decodingEntities(_ text: String) -> String {
    text.contains("&") && text.contains(";") ? MarkdownReference(html: text, line: 1).text : text
  }

  /// "Journal 1": the academicpages template's venue, no journal's name.
  static func isPlaceholderVenue(_ name: String) -> Bool {
    name.hasPrefix("Journal ") && (9...10).contains(name.count) && name.dropFirst(8).allSatisfy(\.isASCIIDigit)
  }

  /// The title without an honour set before it in brackets, and the honour: "[Best Paper
  /// Award] SEAWARE: Semantic Aware View Prediction …" (BoChenUIUC/personal_page).
  static func splittingHonour(_ title: String) -> (title: String, honour: String?) {
    guard title.hasPrefix("["), let close = title.firstIndex(of: "]") else { return (title, nil) }
    let honour = String(title[title.index(after: title.startIndex)..<close])
    let rest = String(title[title.index(after: close)...]).trimming(" :-–")
    guard Vocabulary.isHonour(honour), rest.contains(" ") else {
      return (title, nil)
    }
    return (rest, honour)
  }

  /// Whether a page is one of the examples the Hugo Blox (Academic, Wowchemy) or academicpages
  /// template ships with, left in the site: "An example conference paper" by admin and Robert
  /// Ford, in the Academic theme before 2019 two papers of the theme's author, G. A. Cushen, or
  /// academicpages' "Paper Title Number 2". An example page retitled but still holding the
  /// template's Latin filler for its abstract, and no venue or the template's ("Example to be
  /// deleted", AndersMunkN/Munk-Nielsen; "YOLOV8" "In *Wowchemy Conference*", AIPHaS), is one
  /// too.
  ///
  /// - Parameter venues: the page's venue fields; nil when the caller has none to give.
  static func isTemplateExample(title: String, authors: Any?, abstract: String? = nil, venues: [String]? = nil) -> Bool {
    if let venues, !venues.contains(where: isOwnVenue), abstract?.trimmed().lowercased().hasPrefix("lorem ipsum") == true {
      return true
    }
    let lowered = title.lowercased()
    if ["an example conference paper", "an example journal article", "an example preprint / working paper"].contains(lowered) {
      return true
    }
    // academicpages ships "Paper Title Number 1" to "… 4" and "Paper Title Number 5, with math
    // $$E=mc^2$$" in `_publications/`.
    // NB: and "Paper Title Number " with its number deleted (ANIRBAN-MITRA-95.github.io).
    if lowered == "paper title number" || lowered.hasPrefix("paper title number "),
      lowered.dropFirst(19).prefix { $0 != "," }.allSatisfy(\.isASCIIDigit)
    {
      return true
    }
    let names = (authors as? [Any])?.map { "\($0)" } ?? []
    return names.contains("GA Cushen")
      && ["a person re-identification system for mobile devices", "mobile visual clothing search"].contains(lowered)
  }

  /// Whether a venue field names a venue other than the templates' examples'.
  private static func isOwnVenue(_ venue: String) -> Bool {
    let name = venue.lowercased().filter { $0 != "*" && $0 != "_" }.trimmed()
    let bare = name.hasPrefix("in ") ? String(name.dropFirst(3)) : name
    return !bare.isEmpty && !templateVenueWords.contains { bare.contains($0) } && !["icw", "jost"].contains(bare)
  }

  /// Words of the venues the templates' example pages name ("Wowchemy Conference", "Journal of
  /// Source Themes", "Hugo Blox Conference"; short, "ICW" and "JOST").
  private static let templateVenueWords = ["wowchemy", "source themes", "hugo blox"]

  /// The first fenced block of the page's body that holds a BibTeX entry.
  static func fencedBibTeX(in text: String) -> String? {
    let blocks = text.components(separatedBy: "```").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
    for block in blocks {
      // NB: the fence's info string ("bibtex") is the block's first line.
      let body = block.drop { $0 != "\n" }.trimmed()
      if body.hasPrefix("@"), body.contains("{") { return String(body) }
    }
    return nil
  }
}
