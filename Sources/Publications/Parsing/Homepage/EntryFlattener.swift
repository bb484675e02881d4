/// Flattens HTML nodes into the styled characters of an entry.
///
/// Elements become style bits (`<strong>` → bold, `<div class="badge">` → badge, a coloured
/// `<span>` → highlight), `<br>` and block elements become line breaks, abstracts are set aside,
/// images are written back as Markdown (read, as the page's own `![…](…)`, by `InlineMarkdown`),
/// scripts and styles are dropped.
struct EntryFlattener {
  private(set) var entry: StyledEntry
  /// Whether a line break of the source stays one: the content of `<li markdown="1">` is
  /// Markdown (kramdown), whose lines (a nested list of notes, a title on a line of its own)
  /// are lines, not the spaces of HTML text.
  private let keepsLineBreaks: Bool
  /// Whether the last thing appended was a `<br>`: the source's line break right after it is
  /// the same break ("[Title](…)<br>" over a line of names is one line each, not a blank line
  /// between them that ends a Markdown list item).
  private var followsLineBreakElement = false
  /// How many inline elements (`<span>`, `<a>`, …) hold the node being appended.
  private var inlineDepth = 0

  init(shape: StyledEntry.Shape, line: Int, isMarkdown: Bool = false) {
    entry = StyledEntry(shape: shape, line: line)
    keepsLineBreaks = isMarkdown
  }

  /// Whether text has been appended (more than white space).
  var endsInText: Bool {
    entry.characters.last { !$0.character.isWhitespace } != nil
  }

  private static let blockElements: Set<String> = [
    "div", "p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th",
    "section", "blockquote", "dl", "dt", "dd", "center", "article", "header", "footer",
  ]

  private static let inlineElements: Set<String> = [
    "span", "a", "em", "strong", "b", "i", "u", "font", "sup", "sub", "small", "cite", "code",
  ]

  private static let skippedElements: Set<String> = [
    "script", "style", "noscript", "iframe", "svg", "button", "select", "template",
  ]

  /// Appends `nodes` with the inherited `style` and `link`.
  mutating func append(_ nodes: [HTMLNode], style: TextStyle = [], link: Int? = nil) {
    for node in nodes { append(node, style: style, link: link) }
  }

  mutating func append(_ node: HTMLNode, style: TextStyle, link: Int?) {
    switch node {
    case .text(var text, var line):
      if followsLineBreakElement, let newline = text.firstIndex(of: "\n"),
        text[..<newline].allSatisfy({ $0 == " " || $0 == "\t" })
      {
        text = String(text[text.index(after: newline)...])
        line += 1
      }
      followsLineBreakElement = false
      // NB: in an HTML list item a line break of the source is a space on the page ("… Conference
      // on\n Cyber-Physical Systems" is one venue); `<br>` and blocks still break lines.
      appendText(text, line: line, style: style, link: link, wrapsAsSpace: entry.shape == .htmlListItem && !keepsLineBreaks)
    case .element(let name, _, let children, let line):
      followsLineBreakElement = false
      if Self.skippedElements.contains(name) || Self.isHidden(node) { return }
      // NB: a `<details>` block is folded away on the page ("Highlights", "Abstract", "BibTeX"
      // behind a summary): what it holds describes the paper, as an abstract does.
      // A `<details>` that holds a list is a folded list of papers ("Full Publication List",
      // "Click to expand", Andree-9.github.io), read as any list.
      if (name == "details" && !Self.holdsList(node)) || node.classes.contains(where: { $0.lowercased().contains("abstract") }) {
        let text = Self.foldedText(of: node)
        if !text.isEmpty, entry.abstract == nil { entry.abstract = text }
        return
      }
      switch name {
      case "br":
        appendText("\n", line: line, style: style, link: link)
        followsLineBreakElement = true
        return
      case "img":
        // NB: one reading of images for HTML and Markdown alike (alt text, shields.io badges, a
        // logo opening a bold title). And loose Markdown is cut into list items later, each
        // keeping only what its characters hold: written back, an image stays on its item's line
        // ("  <img alt="Static Badge" src="…/badge/ECCV-2026-8A2BE2">, [[Paper](…)]").
        appendText(Self.markdownImage(of: node), line: line, style: style, link: link)
        return
      default:
        break
      }
      // NB: a `<div>` inside a line of text ("Peiyu Liu*, <div class="my-name">Junming
      // Liu*</div>, Lirong Fu" in an author span, liu-junming.github.io) is styled inline.
      let isBlock = Self.blockElements.contains(name) && !(name == "div" && inlineDepth > 0)
      if isBlock { appendText("\n", line: line, style: style, link: link) }
      let isInline = Self.inlineElements.contains(name)
      if isInline { inlineDepth += 1 }
      defer { if isInline { inlineDepth -= 1 } }
      var childLink = link
      if name == "a", let href = node.attribute("href") {
        entry.links.append(EntryLink(url: href.trimmed(), label: node.textContent.collapsingWhitespace()))
        childLink = entry.links.count - 1
      }
      var childStyle = style.union(Self.style(of: node))
      // NB: a venue tag inside a title (`<div class="paper-title"><span class="paper-venue">ECCV
      // 2026</span> Title</div>`) is no part of the heading the title is read from.
      if childStyle.contains(.venueHint) { childStyle.remove(.heading) }
      if childStyle.contains(.badge) && !style.contains(.badge) {
        let badge = node.textContent.collapsingWhitespace()
        if !badge.isEmpty { entry.badges.append(badge) }
      }
      append(children, style: childStyle, link: childLink)
      if isBlock { appendText("\n", line: line, style: style, link: link) }
    }
  }

  private mutating func appendText(_ text: String, line: Int, style: TextStyle, link: Int?, wrapsAsSpace: Bool = false) {
    var line = line
    // NB: reserved by UTF-8 length (an upper bound on characters), growing at least twofold so
    // that many small text nodes stay linear.
    let needed = entry.characters.count + text.utf8.count
    if needed > entry.characters.capacity {
      entry.characters.reserveCapacity(max(needed, 2 * entry.characters.capacity))
    }
    for character in text {
      // NB: libxml2 decodes entities, so `&lt;` arrives as a literal `<`, never as Markdown.
      let shown: Character = wrapsAsSpace && character == "\n" ? " " : character
      entry.characters.append(StyledCharacter(character: shown, style: style, link: link, line: line))
      if character == "\n" { line += 1 }
    }
  }

  /// Whether `node` holds a list: `<li>` elements, or lines of Markdown list items.
  private static func holdsList(_ node: HTMLNode) -> Bool {
    switch node {
    case .text(let text, _):
      return text.split(separator: "\n").contains { line in
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        return ["* ", "- ", "+ "].contains { trimmed.hasPrefix($0) }
          || (trimmed.first?.isNumber == true && trimmed.drop(while: \.isNumber).hasPrefix(". "))
      }
    case .element(let name, _, let children, _):
      return name == "li" || children.contains(where: holdsList)
    }
  }

  /// The text of an abstract or a `<details>` block, without the summary line a reader clicks.
  private static func foldedText(of node: HTMLNode) -> String {
    guard node.name == "details", case .element(_, _, let children, _) = node else {
      return node.textContent.collapsingWhitespace()
    }
    // NB: a `markdown="1"` block arrives as its Markdown source: quote marks and bold stars out.
    let source = children.filter { $0.name != "summary" }.map(\.textContent).joined(separator: "\n")
    return source.split(separator: "\n").map { line in
      line.drop { $0 == " " || $0 == ">" }.replacing("**", with: "")
    }.joined(separator: " ").collapsingWhitespace()
  }

  /// `<img alt="A" src="u">` as Markdown, `![A](u)`, its brackets escaped.
  private static func markdownImage(of node: HTMLNode) -> String {
    var alt = ""
    for character in node.attribute("alt")?.collapsingWhitespace() ?? "" {
      if "[]()\\`".contains(character) { alt.append("\\") }
      alt.append(character)
    }
    let source = (node.attribute("src") ?? "").trimmed()
      .replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29")
    return "![\(alt)](\(source))"
  }

  /// Whether CSS hides the element: what a reader never sees is not on the page.
  private static func isHidden(_ node: HTMLNode) -> Bool {
    guard let css = node.attribute("style")?.lowercased().filter({ !$0.isWhitespace }) else {
      return node.attribute("hidden") != nil
    }
    return css.contains("display:none") && !node.classes.contains(where: { $0.lowercased().contains("abstract") })
  }

  /// Whether a link (`<a>`) is among the element's descendants.
  private static func holdsLink(_ node: HTMLNode) -> Bool {
    node.children.contains { $0.name == "a" || holdsLink($0) }
  }

  /// The style an element adds.
  private static func style(of node: HTMLNode) -> TextStyle {
    var style: TextStyle = []
    switch node.name {
    case "strong", "b": style.insert(.bold)
    case "em", "i", "cite": style.insert(.italic)
    case "u", "ins": style.insert(.underline)
    case "code", "kbd", "tt": style.insert(.code)
    case "s", "del", "strike": style.insert(.strike)
    case "h1", "h2", "h3", "h4", "h5", "h6": style.insert(.heading)
    case "font" where node.attribute("color") != nil: style.insert(.highlight)
    default: break
    }
    let classes = node.classes.map { $0.lowercased() }
    // NB: "paper-badge" (aaronliu0702.github.io: "🤗 #3 Paper of the Day") is a badge too.
    if classes.contains("badge") || classes.contains(where: { $0.hasPrefix("badge-") && $0 != "badge-image" || $0.hasSuffix("-badge") }) {
      style.insert(.badge)
    }
    if classes.contains(where: { $0.containsASCII("author") }) { style.insert(.authorsHint) }
    // NB: `<div class='title'>`, `<span class="paper-title">` (liu-junming.github.io): the
    // paper's title, read as a heading inside its entry is. One that holds a link holds more
    // than the title (`<p class="title"><a>Title</a>, Journal (2025)</p>`, qimingye-creator):
    // the link is the title there.
    if classes.contains(where: { $0 == "title" || $0.hasSuffix("-title") && !$0.hasPrefix("section") }),
      !holdsLink(node)
    {
      style.insert(.heading)
    }
    if classes.contains(where: { c in Vocabulary.venueClasses.contains(where: c.containsASCII) }) { style.insert(.venueHint) }
    if classes.contains(where: { c in Vocabulary.ownerClasses.contains(where: c.containsASCII) }) {
      style.insert(.highlight)
    }
    if let css = node.attribute("style")?.lowercased() {
      if css.contains("color") && !css.contains("color: inherit") && !css.contains("color:inherit") {
        style.insert(.highlight)
      }
      if css.contains("font-weight") && (css.contains("bold") || css.contains("700")) { style.insert(.bold) }
      if css.contains("underline") { style.insert(.underline) }
      if css.contains("font-style") && (css.contains("italic") || css.contains("oblique")) { style.insert(.italic) }
    }
    return style
  }
}
