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
    text = entry.characters.text.collapsingWhitespace()
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
    emphasised = spans.map { $0.trimming(" ,.;*").collapsingWhitespace() }.filter { !$0.isEmpty }
  }

  /// Whether `name` was set in bold or underlined (as a whole, or is the whole of a bold span).
  func isEmphasised(_ name: String) -> Bool {
    let key = PersonName(name).key
    return emphasised.contains { span in span == name || PersonName(span).key == key }
  }
}
