/// Blanks what a reader of the rendered page never sees, keeping every line where it was:
/// YAML front matter, HTML comments, Markdown comments (`[//]: # (…)`), Liquid tags, and the
/// bodies of `<script>` and `<style>`. Liquid includes are returned so the reader can follow them,
/// reference links (`[Slides][3]`) are written inline, and table rows as list items.
/// Tags nested past the limit are removed (their text and newlines kept), since libxml2 would
/// silently drop the rest of the page.
///
/// Hand-written: these are Markdown/Jekyll-level constructs that sit around the HTML, so they are
/// removed before libxml2 sees the text. It scans bytes once, so hostile input stays linear.
struct PagePreprocessor {
  struct Include: Hashable, Sendable {
    var path: String
    var line: Int
  }

  struct Result {
    var text: String
    var includes: [Include]
    /// The line of an HTML comment that is never closed.
    var unclosedCommentLine: Int?
    /// The lines that held nothing but an HTML comment: blank now, yet no blank line to the
    /// page's Markdown reader (kramdown reads a list item on past a commented-out line).
    var commentLines: Set<Int> = []
    /// The line where tags first nest deeper than the limit.
    var tooDeepLine: Int?
    /// The `title:` of the YAML front matter, unquoted ("Publications" on a Jekyll page).
    var frontMatterTitle: String?
    /// Liquid code over the site's data (`{% for pub in site.data.publications %}`, `{% assign
    /// items = site.data.… %}`): the name after `site.data.` and the tag's line. What it lists
    /// is in `_data/`, not on the page.
    var dataLoops: [(name: String, line: Int)] = []
  }

  static func process(_ text: String, nestingLimit: Int = ReadingLimits.standard.nestingDepth) -> Result {
    var bytes = Array(text.utf8)
    var includes: [Include] = []
    let title = blankFrontMatter(&bytes)
    let (unclosed, commentLines) = blankHTMLComments(&bytes)
    blankElementBodies(named: "script", in: &bytes)
    blankElementBodies(named: "style", in: &bytes)
    blankMarkdownComments(&bytes)
    var dataLoops: [(name: String, line: Int)] = []
    blankLiquid(&bytes, includes: &includes, dataLoops: &dataLoops)
    blankHardLineBreaks(&bytes)
    removeInvisibleCharacters(&bytes)
    let tooDeep = removeTagsDeeperThan(nestingLimit, in: &bytes)
    let text = rewritingTables(resolvingReferenceLinks(rewritingTeXStyles(String(decoding: bytes, as: UTF8.self))))
    return Result(
      text: text, includes: includes, unclosedCommentLine: unclosed, commentLines: commentLines, tooDeepLine: tooDeep,
      frontMatterTitle: title, dataLoops: dataLoops)
  }

  private static let newline = UInt8(ascii: "\n")

  /// A backslash that ends a line is Markdown's hard line break (CommonMark §6.7; two in
  /// kramdown), not text: kept, it ended an author list as `Jane Roe.\` or hid the owner
  /// after it.
  private static func blankHardLineBreaks(_ bytes: inout [UInt8]) {
    let backslash = UInt8(ascii: "\\")
    for i in bytes.indices where bytes[i] == backslash {
      var end = i + 1
      while end < bytes.count, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\r") { end += 1 }
      guard end == bytes.count || bytes[end] == newline else { continue }
      // An even run of backslashes is escaped backslashes, text; an odd run ends with a break.
      var run = 0
      var k = i
      while k >= 0, bytes[k] == backslash {
        run += 1
        k -= 1
      }
      if run % 2 == 1 {
        bytes[i] = UInt8(ascii: " ")
      } else if run == 2 {
        // Two are kramdown's hard line break (Jekyll's Markdown, so every AcadHomepage page):
        // kept, they stayed on the name before them ("**Daoxiang Zhou***. \\").
        bytes[i] = UInt8(ascii: " ")
        bytes[i - 1] = UInt8(ascii: " ")
      }
    }
  }

  /// Replaces bytes in `range` with spaces, keeping newlines (and so line numbers).
  private static func blank(_ bytes: inout [UInt8], _ range: Range<Int>) {
    for i in range where bytes[i] != newline { bytes[i] = UInt8(ascii: " ") }
  }

  private static func find(_ needle: String, in bytes: [UInt8], from start: Int, caseInsensitive: Bool = false) -> Int? {
    let pattern = Array(needle.utf8)
    guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
    var i = start
    let last = bytes.count - pattern.count
    func lower(_ b: UInt8) -> UInt8 { caseInsensitive && b >= 65 && b <= 90 ? b + 32 : b }
    while i <= last {
      if lower(bytes[i]) == first {
        var k = 1
        while k < pattern.count && lower(bytes[i + k]) == pattern[k] { k += 1 }
        if k == pattern.count { return i }
      }
      i += 1
    }
    return nil
  }

  private static func line(at offset: Int, in bytes: [UInt8]) -> Int {
    1 + bytes[..<offset].lazy.filter { $0 == newline }.count
  }

  /// Blanks the front matter and returns its `title:`.
  private static func blankFrontMatter(_ bytes: inout [UInt8]) -> String? {
    let opening = Array("---\n".utf8)
    guard bytes.starts(with: opening), let close = find("\n---", in: bytes, from: 3) else { return nil }
    let title = bytes[3..<close].split(separator: newline).lazy
      .map { String(decoding: $0, as: UTF8.self) }
      .first { $0.hasPrefix("title:") }
      .map { String($0.dropFirst("title:".count)).trimming(" \"'") }
    blank(&bytes, 0..<(close + 4))
    return title
  }

  /// Blanks every HTML comment; returns the line of one never closed, and the lines that held
  /// only a comment (see `Result.commentLines`).
  private static func blankHTMLComments(_ bytes: inout [UInt8]) -> (unclosedLine: Int?, commentLines: Set<Int>) {
    var commentLines: Set<Int> = []
    // NB: lines are counted from a cursor that only moves forward, so a page of many comments
    // stays linear.
    var counted = (offset: 0, line: 1)
    func line(at offset: Int) -> Int {
      counted.line += bytes[counted.offset..<offset].lazy.filter { $0 == newline }.count
      counted.offset = offset
      return counted.line
    }
    var i = 0
    while let open = find("<!--", in: bytes, from: i) {
      guard let close = find("-->", in: bytes, from: open + 4) else {
        let unclosedLine = line(at: open)
        blank(&bytes, open..<bytes.count)
        return (unclosedLine, commentLines)
      }
      let end = close + 3
      if isLineStart(open, in: bytes), isLineEnd(end, in: bytes) {
        commentLines.formUnion(line(at: open)...line(at: end))
      }
      blank(&bytes, open..<end)
      i = end
    }
    return (nil, commentLines)
  }

  /// Whether only spaces and tabs stand before `offset` on its line.
  private static func isLineStart(_ offset: Int, in bytes: [UInt8]) -> Bool {
    var k = offset - 1
    while k >= 0, bytes[k] == 32 || bytes[k] == 9 { k -= 1 }
    return k < 0 || bytes[k] == newline
  }

  /// Whether only spaces, tabs and a carriage return follow `offset` on its line.
  private static func isLineEnd(_ offset: Int, in bytes: [UInt8]) -> Bool {
    var k = offset
    while k < bytes.count, bytes[k] == 32 || bytes[k] == 9 || bytes[k] == 13 { k += 1 }
    return k == bytes.count || bytes[k] == newline
  }

  private static func blankElementBodies(named name: String, in bytes: inout [UInt8]) {
    var i = 0
    while let open = find("<\(name)", in: bytes, from: i, caseInsensitive: true) {
      let close = find("</\(name)", in: bytes, from: open, caseInsensitive: true)
      let end = close.flatMap { find(">", in: bytes, from: $0) }.map { $0 + 1 } ?? bytes.count
      blank(&bytes, open..<end)
      i = end
    }
  }

  private static let commentMarkers = [Array("[//]:".utf8), Array("[comment]:".utf8)]

  /// Whether `line` is a Markdown comment (`[//]: # (…)`, `[comment]: <> (…)`), a link
  /// reference definition nobody links to.
  static func isMarkdownComment<Line: StringProtocol>(_ line: Line) -> Bool {
    let rest = line.utf8.drop { $0 == 32 || $0 == 9 }
    return commentMarkers.contains { rest.starts(with: $0) }
  }

  /// `[//]: # (…)`, `[comment]: <> (…)` and friends: link reference definitions nobody links to.
  private static func blankMarkdownComments(_ bytes: inout [UInt8]) {
    var lineStart = 0
    while lineStart < bytes.count {
      let lineEnd = bytes[lineStart...].firstIndex(of: newline) ?? bytes.count
      var k = lineStart
      while k < lineEnd && (bytes[k] == 32 || bytes[k] == 9) { k += 1 }
      let rest = bytes[k..<lineEnd]
      if commentMarkers.contains(where: { rest.starts(with: $0) }) {
        blank(&bytes, lineStart..<lineEnd)
      }
      lineStart = lineEnd + 1
    }
  }

  /// `{% … %}` tags are template code; `{% include… file %}` is remembered. `{{ … }}` outputs
  /// a variable the site fills in ("{{ link.title }}" in a loop over `_data/`), never a title.
  private static func blankLiquid(_ bytes: inout [UInt8], includes: inout [Include], dataLoops: inout [(name: String, line: Int)]) {
    var from = 0
    while let open = find("{{", in: bytes, from: from) {
      guard let close = find("}}", in: bytes, from: open + 2) else { break }
      blank(&bytes, open..<(close + 2))
      from = close + 2
    }
    var i = 0
    while let open = find("{%", in: bytes, from: i) {
      guard let close = find("%}", in: bytes, from: open + 2) else { return }
      let tag = String(decoding: bytes[(open + 2)..<close], as: UTF8.self).collapsingWhitespace()
      let words = tag.split(separator: " ")
      if let keyword = words.first, keyword == "include_relative" || keyword == "include",
        words.count >= 2
      {
        includes.append(Include(path: String(words[1]), line: line(at: open, in: bytes)))
      }
      // "for pub in site.data.publications", "assign items = site.data.generated_publications |
      // where: …" (Alex-Gauvain.github.io): the list the page writes lives in `_data/`.
      if words.first == "for" || words.first == "assign",
        let source = words.firstIndex(where: { $0 == "in" || $0 == "=" }), source + 1 < words.count,
        words[source + 1].hasPrefix("site.data.")
      {
        let name = words[source + 1].dropFirst("site.data.".count).prefix { $0.isLetter || $0.isNumber || "_-.".contains($0) }
        dataLoops.append((String(name), line(at: open, in: bytes)))
      }
      blank(&bytes, open..<(close + 2))
      i = close + 2
    }
  }

  /// Elements that never have a closing tag, and those whose closing tag HTML lets pages leave
  /// out (a page with a thousand unclosed `<p>` is not nested a thousand deep): neither counts.
  private static let unnestedElements: Set<String> = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody", "tfoot", "colgroup", "rt", "rp",
  ]

  /// Removes the tags that open (and their closing tags) beyond `limit` levels of nesting, keeping
  /// the text between them and every newline (so lines stay where they were); returns the line
  /// of the first one. One pass over the bytes. NB: removed, not blanked: ten thousand tags
  /// turned into spaces would make the entry around them too long to read.
  private static func removeTagsDeeperThan(_ limit: Int, in bytes: inout [UInt8]) -> Int? {
    var removed: [Range<Int>] = []
    var blankedAtDepth: [Bool] = []  // per open element: whether its tag was removed
    var firstLine: Int?
    var index = 0
    while index < bytes.count {
      guard bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count else {
        index += 1
        continue
      }
      let isClosing = bytes[index + 1] == UInt8(ascii: "/")
      var nameEnd = index + (isClosing ? 2 : 1)
      let nameStart = nameEnd
      while nameEnd < bytes.count, isNameByte(bytes[nameEnd]) { nameEnd += 1 }
      guard nameEnd > nameStart else {
        index += 1
        continue
      }
      // No '>' left means no tag is left either: stop (and stay linear on hostile input).
      guard let close = bytes[nameEnd...].firstIndex(of: UInt8(ascii: ">")) else { break }
      let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self).lowercased()
      if unnestedElements.contains(name) {
        index = close + 1
        continue
      }
      let selfClosing = bytes[close - 1] == UInt8(ascii: "/")
      if isClosing {
        if blankedAtDepth.popLast() == true { removed.append(index..<(close + 1)) }
      } else if !selfClosing {
        let tooDeep = blankedAtDepth.count >= limit
        if tooDeep {
          if firstLine == nil { firstLine = line(at: index, in: bytes) }
          removed.append(index..<(close + 1))
        }
        blankedAtDepth.append(tooDeep)
      }
      index = close + 1
    }
    if !removed.isEmpty { bytes = keeping(bytes, without: removed) }
    return firstLine
  }

  /// The characters a page never shows and a copy from a PDF or a word processor leaves in:
  /// zero-width space (U+200B), word joiner (U+2060), a byte order mark inside the text
  /// (U+FEFF) and the soft hyphen (U+00AD). Left in, "\u{200B}\u{200B}Zhen Xing\u{200B}" is no
  /// name and the owner is missed (ChenHsing.github.io). NB: U+200C and U+200D are kept:
  /// they shape Persian and Indic words and join emoji.
  private static func removeInvisibleCharacters(_ bytes: inout [UInt8]) {
    let invisible: [[UInt8]] = [[0xE2, 0x80, 0x8B], [0xE2, 0x81, 0xA0], [0xEF, 0xBB, 0xBF], [0xC2, 0xAD]]
    // NB: most pages hold none; the lead bytes are looked for before anything is copied.
    guard bytes.contains(where: { $0 == 0xE2 || $0 == 0xEF || $0 == 0xC2 }) else { return }
    var ranges: [Range<Int>] = []
    var i = 0
    while i < bytes.count {
      if bytes[i] >= 0xC2, let match = invisible.first(where: { bytes[i...].starts(with: $0) }) {
        ranges.append(i..<(i + match.count))
        i += match.count
      } else {
        i += 1
      }
    }
    if !ranges.isEmpty { bytes = keeping(bytes, without: ranges) }
  }

  /// `bytes` without the bytes of `ranges` (ascending, apart), newlines kept.
  private static func keeping(_ bytes: [UInt8], without ranges: [Range<Int>]) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var copied = 0
    for range in ranges {
      output += bytes[copied..<range.lowerBound]
      output += bytes[range].filter { $0 == newline }
      copied = range.upperBound
    }
    output += bytes[copied...]
    return output
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
  }
}
