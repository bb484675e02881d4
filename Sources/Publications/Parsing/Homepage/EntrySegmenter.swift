/// Cuts a publication section into candidate entries.
///
/// An entry is an HTML `<li>`, a `paper-box` `<div>`, an `<article>` that holds one paper (plain
/// HTML sites), or a Markdown list item (`-`, `*`, `+`, `1.`, `[1]`, `1、`) with its continuation lines.
/// Other containers (`<ul>`, a plain `<div>`) are looked through; loose paragraphs are not
/// entries.
enum EntrySegmenter {
  static func entries(in section: PageSection) -> [StyledEntry] {
    let nodes = HTMLParser.parse(section.body, firstLine: section.firstLine)
    var segmenter = State(commentLines: section.commentLines)
    segmenter.walk(nodes)
    segmenter.flushMarkdown()
    // NB: a second walk only where the first left text outside its entries: a page of list
    // items alone is walked once.
    guard section.role == .publications, segmenter.entries.isEmpty || segmenter.hasLooseText else {
      return segmenter.entries
    }
    // A publication section with no list and no paper-box writes one reference per paragraph;
    // one with them may still write a reference as a paragraph between them.
    let pass =
      segmenter.entries.isEmpty
      ? State(paragraphsAreEntries: true, commentLines: section.commentLines)
      : State(referenceParagraphsAreEntries: true, commentLines: section.commentLines)
    return pass.entries(of: nodes)
  }

  private struct State {
    /// Whether a paragraph (lines after a blank line) is an entry, as a list item is.
    var paragraphsAreEntries = false
    /// Whether a paragraph that reads as a formatted reference (names, then a year further on)
    /// is an entry among list items and paper-boxes: in a publications section it is one more
    /// paper, not prose to drop without a word.
    var referenceParagraphsAreEntries = false
    /// The lines that held only an HTML comment: no blank lines, so they end no item.
    var commentLines: Set<Int> = []
    var entries: [StyledEntry] = []
    /// Whether a line of text was left outside every entry (a paragraph, a note).
    var hasLooseText = false
    /// Loose text and inline HTML between entry elements: Markdown to be cut into list items.
    var markdown = EntryFlattener(shape: .markdownItem, line: 0)

    /// The entries of `nodes`, walked from this state.
    func entries(of nodes: [HTMLNode]) -> [StyledEntry] {
      var state = self
      state.walk(nodes)
      state.flushMarkdown()
      return state.entries
    }

    mutating func walk(_ nodes: [HTMLNode]) {
      for node in nodes {
        if isEntryElement(node) {
          flushMarkdown()
          var flattener = EntryFlattener(
            shape: node.name == "li" ? .htmlListItem : .paperBox, line: node.line,
            isMarkdown: ["1", "block"].contains(node.attribute("markdown")?.lowercased()))
          flattener.append(node.children)
          let entry = flattener.entry
          // A box headed by a topic ("**Sleep Staging**") that lists its papers as numbered or
          // bulleted references: the references are the entries, the topic is none.
          if entry.shape == .paperBox, entry.badges.isEmpty, Self.holdsReferences(entry) {
            cut(entry)
          } else {
            entries.append(entry)
          }
        } else if isLinkList(node) {
          markdown.append(node, style: .linkList, link: nil)
        } else if isContainer(node) {
          markdown.append(.text("\n", line: node.line), style: [], link: nil)
          walk(node.children)
          markdown.append(.text("\n", line: node.line), style: [], link: nil)
        } else {
          markdown.append(node, style: [], link: nil)
        }
      }
    }

    private func isEntryElement(_ node: HTMLNode) -> Bool {
      guard let name = node.name else { return false }
      if name == "li" { return true }
      if name == "article" { return Self.isPaperArticle(node) }
      return name == "div" && node.classes.contains { $0.lowercased() == "paper-box" }
    }

    /// `<article class="post"><header><h2>Title</h2><p>Names</p>…`: a plain HTML site (HTML5
    /// UP's templates) writes one article per paper, opened by one heading; an article that
    /// wraps a whole page has several headings of its rank, or other articles.
    private static func isPaperArticle(_ node: HTMLNode) -> Bool {
      var headings = 0
      var hasArticle = false
      func visit(_ children: [HTMLNode]) {
        for child in children {
          guard let name = child.name else { continue }
          if name == "article" { hasArticle = true }
          if ["h1", "h2"].contains(name) { headings += 1 }
          visit(child.children)
        }
      }
      visit(node.children)
      return headings == 1 && !hasArticle
    }

    /// A `<ul>` right after an entry's text whose items are short labels without a year
    /// ("Full text (pdf)", "BibTeX (bib)"): the links of that entry, not entries. libxml2 closes
    /// a `<p>` at a `<ul>`, so a list written inside a paragraph arrives as its next sibling.
    private func isLinkList(_ node: HTMLNode) -> Bool {
      guard node.name == "ul" || node.name == "ol", markdown.endsInText else { return false }
      let items = node.children.filter { $0.name == "li" }
      return !items.isEmpty && items.allSatisfy { Self.isLinkLabel($0.textContent) }
    }

    /// At most four words and no year: what a link to a paper's files says, never a paper.
    static func isLinkLabel(_ text: String) -> Bool {
      text.split(whereSeparator: \.isWhitespace).count <= 4 && VenueCatalog.years(in: text).isEmpty
    }

    private func isContainer(_ node: HTMLNode) -> Bool {
      guard let name = node.name else { return false }
      // NB: "<details><summary>参与工作（10篇）</summary>" folding paper-boxes (da1yuqin.github.io)
      // holds papers; a folded abstract holds none.
      if name == "details" { return Self.holdsPaperBox(node) }
      return ["ul", "ol", "div", "section", "article", "table", "tbody", "tr", "td", "center", "blockquote"]
        .contains(name) && !node.classes.contains { $0.lowercased() == "badge" }
    }

    private static func holdsPaperBox(_ node: HTMLNode) -> Bool {
      node.children.contains { child in
        child.name == "div" && child.classes.contains { $0.lowercased() == "paper-box" } || holdsPaperBox(child)
      }
    }

    /// Two or more list items, each with a year: references, not notes about one paper.
    private static func holdsReferences(_ entry: StyledEntry) -> Bool {
      let items = entry.characters.lines().filter { MarkdownListMarker.length(in: $0) != nil }
      return items.count >= 2 && items.allSatisfy { !VenueCatalog.years(in: String($0.map(\.character))).isEmpty }
    }

    /// Cuts the pending Markdown into list items.
    mutating func flushMarkdown() {
      let pending = markdown.entry
      markdown = EntryFlattener(shape: .markdownItem, line: 0)
      cut(pending)
    }

    /// Cuts Markdown text into list items (with their continuation lines) and loose entry lines.
    private mutating func cut(_ pending: StyledEntry) {
      guard pending.characters.contains(where: { !$0.character.isWhitespace }) else { return }
      var item: StyledEntry?
      var previousBlank = true
      let lines = pending.characters.lines()
      for (lineIndex, line) in lines.enumerated() {
        let isBlank = line.allSatisfy { $0.character.isWhitespace }
        // NB: "- AAAI 2023" over "<!-- - ![Conference](…) -->" over "[Title](…)," is one item
        // (GitZH-Chen.github.io): the commented-out line is gone, not a blank line.
        if isBlank, let first = line.first, commentLines.contains(first.line) { continue }
        // NB: a paragraph of names alone under a paragraph that is a title ("[**DyFlow: …**](…)",
        // a blank line, "Yanbo Wang, Zixiang Xu, …", aurora-cx.github.io) goes on that entry.
        // Both paragraphs are one line; the names end theirs.
        let endsParagraph = lineIndex + 1 == lines.count || lines[lineIndex + 1].allSatisfy(\.character.isWhitespace)
        let continuesTitle = item?.shape == .paragraph && !isBlank && endsParagraph
          && item?.characters.contains(where: { $0.character == "\n" }) == false
          && MarkdownListMarker.length(in: line) == nil && AuthorListParser.isNameList(line[...])
        let paragraphStart = paragraphsAreEntries && previousBlank && !isBlank && !continuesTitle ? 0 : nil
        let listMarker = MarkdownListMarker.length(in: line)
        if item != nil, Self.isLinkListLine(line) || Self.isNestedLinkItem(line) {
          // "   - [Slides](…)" under a reference, or the `<ul>` of links after a paragraph: its
          // links, kept on it (even after a blank line), never an entry.
          item?.characters.append(StyledCharacter(character: "\n", style: [], link: nil, line: line.first?.line ?? 0))
          item?.characters.append(contentsOf: line.map { var c = $0; c.style.insert(.linkList); return c })
          continue
        } else if let markerLength = listMarker ?? paragraphStart {
          if let finished = item { entries.append(finished) }
          var next = StyledEntry(shape: listMarker != nil ? .markdownItem : .paragraph, line: line.first?.line ?? 0)
          next.links = pending.links
          next.badges = []
          next.characters = Array(line.dropFirst(markerLength))
          item = next
        } else if isBlank {
          previousBlank = true
          continue
        } else if let current = item, Self.isWholeReference(current.characters), Self.isWholeReference(line) {
          // A numbered list whose last reference lost its number ("24、A, B. "Title", Venue,
          // 2019.<br>" then "C, D. "Title", IEEE Access, 2019.<br>"): two papers, not one.
          entries.append(current)
          var next = StyledEntry(shape: .markdownItem, line: line.first?.line ?? 0)
          next.links = pending.links
          next.characters = Array(line)
          item = next
        } else if item != nil, !previousBlank || continuesTitle || line.first?.character.isWhitespace == true {
          // NB: appended in place; a copy of the item would copy its characters on every line
          // (quadratic in a long item).
          item?.characters.append(StyledCharacter(character: "\n", style: [], link: nil, line: line.first?.line ?? 0))
          item?.characters.append(contentsOf: line)
        } else if let finished = item {
          entries.append(finished)
          item = nil
        }
        if item == nil, Self.isLooseEntryLine(line) || (referenceParagraphsAreEntries && previousBlank && Self.opensReference(line)) {
          // "`ICLR 2023` [Title](…), A B, **Owner**" standing alone between two paper-boxes.
          var loose = StyledEntry(shape: .markdownItem, line: line.first?.line ?? 0)
          loose.links = pending.links
          loose.characters = Array(line)
          item = loose
        }
        if item == nil, !isBlank { hasLooseText = true }
        previousBlank = isBlank
      }
      if let finished = item { entries.append(finished) }
    }

    /// A line of a link list (see `isLinkList`).
    private static func isLinkListLine(_ line: [StyledCharacter]) -> Bool {
      let visible = line.filter { !$0.character.isWhitespace }
      return !visible.isEmpty && visible.allSatisfy { $0.style.contains(.linkList) }
    }

    /// An indented list item made of Markdown links with short labels: `   - [PDF](…) [Code](…)`.
    private static func isNestedLinkItem(_ line: [StyledCharacter]) -> Bool {
      guard line.first?.character.isWhitespace == true, let marker = MarkdownListMarker.length(in: line) else {
        return false
      }
      var rest = Substring(String(line.dropFirst(marker).map(\.character)))
      var labels: [Substring] = []
      while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]"),
        rest[close...].hasPrefix("]("), let end = rest[close...].firstIndex(of: ")")
      {
        guard rest[..<open].allSatisfy({ !$0.isLetter && !$0.isNumber }) else { return false }
        labels.append(rest[rest.index(after: open)..<close])
        rest = rest[rest.index(after: end)...]
      }
      return !labels.isEmpty && rest.allSatisfy { !$0.isLetter && !$0.isNumber }
        && labels.allSatisfy { isLinkLabel(String($0)) }
    }

    /// "R. Xie, K. Wu, L. Wang. Title, IEEE Wireless Communication Magazine, 2019.": a line that
    /// opens with two or more names and holds a year, or (the year wrapped to the next line)
    /// with three names or the owner's emphasised one.
    private static func opensReference(_ line: [StyledCharacter]) -> Bool {
      guard line.count >= 40, let start = line.firstIndex(where: { !$0.character.isWhitespace }),
        let names = AuthorListParser.parse(line[start...], requireSeveral: true), names.people.count >= 2
      else { return false }
      return !VenueCatalog.years(in: String(line.map(\.character))).isEmpty || names.people.count >= 3
        || names.people.contains(where: \.isHighlighted)
    }

    /// One line that is a whole reference: it opens with two or more names and holds a year.
    private static func isWholeReference(_ line: [StyledCharacter]) -> Bool {
      !line.contains { $0.character == "\n" } && opensReference(line)
        && !VenueCatalog.years(in: String(line.map(\.character))).isEmpty
    }

    /// A line that opens with a code-span venue tag holding a year and goes on with a link.
    private static func isLooseEntryLine(_ line: [StyledCharacter]) -> Bool {
      let text = String(line.map(\.character)).trimmingCharacters(in: .whitespaces)
      guard text.hasPrefix("`"), let close = text.dropFirst().firstIndex(of: "`") else { return false }
      let tag = text[text.index(after: text.startIndex)..<close]
      return !VenueCatalog.years(in: String(tag)).isEmpty && text[close...].contains("](")
    }
  }
}

/// Recognises the start of a Markdown list item.
enum MarkdownListMarker {
  /// The number of characters the marker takes (indent, marker, one space), or nil.
  static func length(in line: [StyledCharacter]) -> Int? {
    var i = 0
    while i < line.count, line[i].character == " " || line[i].character == "\t" { i += 1 }
    guard i < line.count, i <= 8 else { return nil }
    let c = line[i].character
    if (c == "-" || c == "*" || c == "+"), i + 1 < line.count, line[i + 1].character == " " {
      return i + 2
    }
    var k = i
    while k < line.count, line[k].character.isASCIIDigit { k += 1 }
    if k > i, k - i <= 3, k + 1 < line.count, line[k].character == "." || line[k].character == ")",
      line[k + 1].character == " "
    {
      return k + 2
    }
    // "1、Title…", "2．…": Chinese text numbers a list with the ideographic comma or the
    // full-width stop, and puts no space after them.
    if k > i, k - i <= 3, k < line.count, line[k].character == "、" || line[k].character == "．" {
      return k + 1 < line.count && line[k + 1].character == " " ? k + 2 : k + 1
    }
    if c == "[", k == i {
      var j = i + 1
      while j < line.count, line[j].character.isASCIIDigit { j += 1 }
      if j > i + 1, j < line.count, line[j].character == "]" { return j + 1 }
    }
    return nil
  }
}
