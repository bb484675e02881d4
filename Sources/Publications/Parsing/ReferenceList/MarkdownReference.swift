/// One reference of a list with its Markdown (or HTML) read: the plain text, the links, and the
/// spans set in bold or underlined (the owner's mark).
struct MarkdownReference {
  let text: String
  let links: [String]
  private let emphasised: [String]

  init(_ markdown: String, line: Int) {
    var entry = StyledEntry(shape: .markdownItem, line: line)
    entry.characters = markdown.map { StyledCharacter(character: $0, style: [], line: line) }
    self.init(entry, line: line)
  }

  /// A reference written in HTML (an academicpages `citation`), its elements read as the
  /// homepage reader reads them (`<b>` bold, `<i>` italic, entities decoded), then its Markdown.
  init(html: String, line: Int) {
    var flattener = EntryFlattener(shape: .markdownItem, line: line)
    flattener.append(HTMLParser.parse(html, firstLine: line))
    self.init(flattener.entry, line: line)
  }

  private init(_ styled: StyledEntry, line: Int) {
    var entry = styled
    InlineMarkdown.apply(to: &entry)
    entry.characters = entry.charactersWithoutLinkLabels
    text = Self.quotingBoldTitle(in: entry.characters).collapsingWhitespace()
    links = entry.links.map(\.url).filter { $0.hasPrefix("http") }
    var spans: [String] = []
    var current = ""
    for character in entry.characters + [StyledCharacter(character: " ", style: [], line: line)] {
      if !character.style.intersection(.emphasis).isEmpty {
        current.append(character.character)
      } else if !current.isEmpty {
        spans.append(current)
        current = ""
      }
    }
    // NB: "**Yujia Wang#**": the contribution marks inside the bold are no part of the name.
    emphasised = spans.map { $0.trimming(" ,.;*#†‡").collapsingWhitespace() }.filter { !$0.isEmpty }
  }

  /// The plain text, with a title the list set in bold (and not italic) put in quotes, as IEEE
  /// and Chicago quote titles: the tagger then ends the title where the bold ends ("Ortega, F.R.
  /// **Recall This Gesture? Investigating …**", whose "?" otherwise ended the authors' list
  /// inside the title). Only one bold span of three words or more that is no list of names, in
  /// a reference that quotes nothing, is taken for the title; the owner's bold name is not one.
  private static func quotingBoldTitle(in characters: [StyledCharacter]) -> String {
    let text = characters.text
    guard !text.contains(where: { "\"“”„«»".contains($0) }) else { return text }
    // NB: a title set as a link ("[A Study of Things](…), A. Author, …") is quoted the same way:
    // the tagger read "A Study" as a name before it.
    let titles = (boldSpans(in: characters) + linkSpans(in: characters)).filter { span in
      let words = String(characters[span].map(\.character)).trimming(" ,.;:").split(ascii: " ")
      let phrase = words.joined(separator: " ")
      return words.count >= 3 && !AuthorListParser.looksLikeName(phrase) && !phrase.contains(",")
    }
    guard titles.count == 1, let title = titles.first else { return text }
    var quoted = characters.map { String($0.character) }
    quoted[title.lowerBound] = "“" + quoted[title.lowerBound]
    quoted[title.upperBound - 1] += "”"
    return quoted.joined()
  }

  /// The runs of characters set in bold and not italic (a bold italic run is a venue).
  private static func boldSpans(in characters: [StyledCharacter]) -> [Range<Int>] {
    runs(in: characters) { $0.style.contains(.bold) && !$0.style.contains(.italic) ? -1 : nil }
  }

  /// The runs of characters of one link each, outside bold (a bold link is a bold span).
  private static func linkSpans(in characters: [StyledCharacter]) -> [Range<Int>] {
    runs(in: characters) { $0.style.contains(.bold) ? nil : $0.link }
  }

  /// The maximal runs of characters that share one non-nil `key`.
  private static func runs(in characters: [StyledCharacter], key: (StyledCharacter) -> Int?) -> [Range<Int>] {
    var spans: [Range<Int>] = []
    var start = 0
    var current: Int?
    for index in 0...characters.count {
      let value = index < characters.count ? key(characters[index]) : nil
      guard value != current else { continue }
      if current != nil { spans.append(start..<index) }
      (start, current) = (index, value)
    }
    return spans
  }

  /// Whether `name` was set in bold or underlined (as a whole, or is the whole of a bold span).
  func isEmphasised(_ name: String) -> Bool {
    let key = PersonName(name).key
    return emphasised.contains { span in span == name || PersonName(span).key == key }
  }
}
