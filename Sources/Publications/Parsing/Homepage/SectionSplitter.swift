/// Splits a page into sections at its headings: Markdown `#` lines and HTML `<h1>`/`<h2>` lines.
///
/// `<h3>` and below are left alone: restyled paper-boxes put their titles in `<h3>`.
enum SectionSplitter {
  /// The sections of `text`; `inherited` is the heading path an include file is read under.
  static func sections(of text: String, firstLine: Int = 1, inherited: [(String, PageSection.Role, Int)] = [])
    -> [PageSection]
  {
    var stack = inherited  // (heading, role, level)
    var sections: [PageSection] = []
    var current = PageSection(
      headings: stack.map(\.0), role: effectiveRole(stack), firstLine: firstLine, lines: [])
    var lineNumber = firstLine
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var found = heading(in: line)
      if found == nil, let (level, title) = setextHeading(underline: line, above: current.lines) {
        current.lines.removeLast()
        found = (level, title)
      }
      if let (level, title) = found {
        sections.append(current)
        while let last = stack.last, last.2 >= level { stack.removeLast() }
        stack.append((title, PageSection.Role.classify(title), level))
        current = PageSection(
          headings: stack.map(\.0), role: effectiveRole(stack), firstLine: lineNumber + 1, lines: [])
      } else {
        current.lines.append(line)
      }
      lineNumber += 1
    }
    sections.append(current)
    return sections.filter { !$0.lines.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
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
    let kept = title.unicodeScalars.filter { scalar in
      !(scalar.properties.isEmojiPresentation || scalar.properties.isEmoji && scalar.value > 0x2000
        || scalar.value == 0xFE0F || scalar.value == 0x200D)
    }
    var cleaned = String(String.UnicodeScalarView(kept)).collapsingWhitespace()
    while cleaned.hasSuffix("#") { cleaned.removeLast() }
    return cleaned.trimming("*_ ")
  }
}

