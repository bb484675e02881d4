/// Splits a page into sections at its headings: Markdown `#` lines and HTML `<h1>`/`<h2>` lines.
///
/// `<h3>` and below are left alone: restyled paper-boxes put their titles in `<h3>`.
enum SectionSplitter {
  /// The sections of `text`, blank ones too (a heading whose list an include brings in);
  /// `inherited` is the heading path an include file is read under.
  static func sections(of text: String, firstLine: Int = 1, inherited: [(String, PageSection.Role, Int)] = [])
    -> [PageSection]
  {
    var stack = inherited  // (heading, role, level)
    var sections: [PageSection] = []
    var current = PageSection(
      headings: stack.map(\.0), role: effectiveRole(stack), firstLine: firstLine, lines: [])
    var lineNumber = firstLine
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, line) in lines.enumerated() {
      var found = heading(in: line)
      if found == nil, let (level, title) = setextHeading(underline: line, above: current.lines) {
        current.lines.removeLast()
        found = (level, title)
      }
      // NB: below every Markdown level, so the next "#" heading or year line closes it.
      if found == nil, current.role == .publications, let year = yearLine(line) { found = (7, year) }
      // NB: inside a publication list, also under a label that said its items are not papers.
      if found == nil, stack.contains(where: { $0.1 == .publications }),
        let label = emphasisedLabel(line, over: lines[(index + 1)...])
      {
        found = (7, label)
      }
      if let (level, title) = found, current.role == .publications,
        level >= 3 && isPaperTitle(title, over: lines[(index + 1)...])
          || opensPaperBox(lines[..<index]) && title.split(separator: " ").count >= 3
      {
        // "### **DRAGON: A Dialogue-Based Robot …**" over a line of names: one paper's title set
        // as a heading, not a section; it opens that paper's paragraph. So is any heading that
        // opens a paper-box's text ("# Empirical Analysis of …", passionate11.github.io).
        current.lines.append(Substring("**\(title)**"))
      } else if let (level, title) = found {
        sections.append(current)
        while let last = stack.last, last.2 >= level { stack.removeLast() }
        stack.append((title, PageSection.Role.classify(title, under: effectiveRole(stack)), level))
        current = PageSection(
          headings: stack.map(\.0), role: effectiveRole(stack), firstLine: lineNumber + 1, lines: [])
      } else {
        current.lines.append(line)
      }
      lineNumber += 1
    }
    sections.append(current)
    return sections
  }

  /// Whether a heading is a paper's title: four words or more, and the next line that is not
  /// blank names two people or more.
  private static func isPaperTitle(_ title: String, over following: ArraySlice<Substring>) -> Bool {
    guard title.split(separator: " ").count >= 4,
      let next = following.first(where: { !$0.allSatisfy(\.isWhitespace) }), heading(in: next) == nil
    else { return false }
    let plain = next.filter { !"*_".contains($0) }.map { StyledCharacter(character: $0, style: [], line: 0) }
    return (AuthorListParser.parse(ArraySlice(plain), requireSeveral: true)?.people.count ?? 0) >= 2
  }

  /// Whether the last line with text before a heading opens a paper-box's text
  /// (`<div class='paper-box-text' markdown="1">`).
  private static func opensPaperBox(_ before: ArraySlice<Substring>) -> Bool {
    guard let last = before.last(where: { !$0.allSatisfy(\.isWhitespace) }) else { return false }
    return last.utf8.count < 120 && last.contains("paper-box-text")
  }

  /// The role of the innermost heading that says one.
  private static func effectiveRole(_ stack: [(String, PageSection.Role, Int)]) -> PageSection.Role {
    stack.last(where: { $0.1 != .unspecified })?.1 ?? .unspecified
  }

  /// The level and cleaned title when `line` is a heading.
  static func heading(in line: Substring) -> (Int, String)? {
    let stripped = line.drop(while: { $0 == " " })
    guard line.count - stripped.count <= 3 else { return nil }
    if stripped.hasPrefix("#") {
      let level = stripped.prefix(while: { $0 == "#" }).count
      let rest = stripped.dropFirst(level)
      guard level <= 6, rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
      return (level, cleanTitle(String(rest)))
    }
    let lower = stripped.prefix(4).lowercased()
    if lower.hasPrefix("<h1") || lower.hasPrefix("<h2"), let level = Int(String(lower.dropFirst(2).prefix(1))) {
      let nodes = HTMLParser.parse(String(stripped))
      return (level, cleanTitle(nodes.map(\.textContent).joined()))
    }
    return nil
  }

  /// "***- Patents -***", "**Media Articles**" over a list (yc-li20.github.io): a line of
  /// emphasis alone that names a kind of work groups the items below it, as a heading would.
  /// NB: a bold line is more often a paper's title: only a label set off by dashes, or one whose
  /// words say what the list holds, with a list right under it.
  static func emphasisedLabel(_ line: Substring, over following: ArraySlice<Substring>) -> String? {
    guard line.utf8.count <= 60, line.utf8.first == UInt8(ascii: "*") || line.utf8.first == UInt8(ascii: "_") else { return nil }
    let written = line.trimmed()
    guard written.hasPrefix("**") || written.hasPrefix("__"), written.hasSuffix("**") || written.hasSuffix("__") else { return nil }
    let inner = written.trimming("*_ ")
    let label = inner.trimming("-–— ")
    let words = label.split(separator: " ")
    guard (1...5).contains(words.count), !label.contains(where: \.isNumber), words.allSatisfy({ $0.first?.isUppercase == true })
    else { return nil }
    let isSetOff = inner.count > label.count && "-–—".contains(inner.first ?? " ") && "-–—".contains(inner.last ?? " ")
    let next = following.first { !$0.allSatisfy(\.isWhitespace) }.map { $0.trimmed() }
    let saysKind = PageSection.Role.classify(label) != .unspecified && next.map { isListItem(Substring($0)) } == true
    return isSetOff || saysKind ? label : nil
  }

  /// "[**2024**]", "**2023**", "2021 and before": a line that only names a year (or the years
  /// before one) groups the entries below it, as a heading would.
  ///
  /// The year may be set in HTML: `<font color=RoyalBlue size=4><b>&ensp;&ensp;2025</b></font>`
  /// (231sm.github.io) is the year its reader sees.
  static func yearLine(_ line: Substring) -> String? {
    // NB: most lines are entries, far longer than a year line: skipped before reading Characters.
    let isMarkup = line.utf8.contains(UInt8(ascii: "<")) || line.utf8.contains(UInt8(ascii: "&"))
    guard line.utf8.count <= (isMarkup ? 160 : 40), line.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return nil }
    let visible = isMarkup ? visibleText(line) : line
    let text = visible.filter { !"*_[]".contains($0) }.trimmed()
    guard (4...20).contains(text.count), let year = VenueCatalog.fourDigitYear(String(text.prefix(4))) else { return nil }
    let rest = text.dropFirst(4).trimmed().lowercased()
    guard rest.isEmpty || ["and before", "and earlier", "or earlier", "and older"].contains(rest) else { return nil }
    return rest.isEmpty ? String(year) : text
  }

  /// The text a browser shows of a line of HTML: read as the entries are (libxml2, then
  /// `EntryFlattener`), tags gone and character references decoded.
  private static func visibleText(_ line: Substring) -> Substring {
    var flattener = EntryFlattener(shape: .markdownItem, line: 1)
    flattener.append(HTMLParser.parse(String(line), firstLine: 1))
    return Substring(flattener.entry.characters.text)
  }

  /// The level and title when `underline` (`======` or `------`) makes the line above it a
  /// heading, as in academicpages' `Publications` / `======`.
  ///
  /// Only a one-line paragraph of plain text is taken: CommonMark would also turn the last line
  /// of a longer paragraph into a heading, but a page that writes `---` as a rule under prose
  /// means a rule, and the heading would swallow the prose's section.
  private static func setextHeading(underline: Substring, above lines: [Substring]) -> (Int, String)? {
    let marks = underline.trimmed()
    guard marks.count >= 2, let mark = marks.first, mark == "=" || mark == "-", marks.allSatisfy({ $0 == mark }),
      underline.prefix(while: { $0 == " " }).count <= 3,
      let text = lines.last, !text.allSatisfy(\.isWhitespace),
      lines.dropLast().last?.allSatisfy(\.isWhitespace) ?? true,
      case let stripped = text.drop(while: { $0 == " " }), stripped.count == text.count,
      let first = stripped.first, !"<>|#`[!:".contains(first), !isListItem(stripped)
    else { return nil }
    return (mark == "=" ? 1 : 2, cleanTitle(String(stripped)))
  }

  /// "- Title", "* Title", "1. Title": a list item, never a heading; "**Publications**" and
  /// "2024" above a rule are headings.
  private static func isListItem(_ line: Substring) -> Bool {
    if ["- ", "* ", "+ "].contains(where: line.hasPrefix) || ["-", "*", "+"].contains(line) { return true }
    let rest = line.drop(while: \.isNumber)
    return rest.count < line.count && (rest.hasPrefix(". ") || rest.hasPrefix(") "))
  }

  /// The heading's words without emoji, markup or closing hashes.
  private static func cleanTitle(_ raw: String) -> String {
    var title = raw
    if raw.contains("<") { title = HTMLParser.parse(raw).map(\.textContent).joined() }
    let kept = title.unicodeScalars.filter { !$0.isPictograph }
    var cleaned = String(String.UnicodeScalarView(kept)).collapsingWhitespace()
    while cleaned.hasSuffix("#") { cleaned.removeLast() }
    return cleaned.trimming("*_ ")
  }
}

