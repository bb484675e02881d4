/// A plain reference list cut into references, each with the line it starts on.
///
/// People write such a list three ways, and the cut follows the way the file uses:
/// - numbered or bulleted items (`[3]`, `3.`, `(3)`, `-`, `*`, `•`): an item runs from its marker to
///   the next marker or blank line, so wrapped references stay whole;
/// - paragraphs: references wrapped over lines, separated by blank lines;
/// - one reference a line.
/// A short line without a year (`## Journal articles`, `Conference papers:`) is a heading: it
/// names the section of the references under it. In a list of items, a paragraph outside them is
/// the page's prose ("This list includes publications from my days in academia."), and a Hugo
/// page's TOML front matter (`+++ … +++`) is no reference either.
struct ReferenceListItems {
  struct Item: Equatable {
    var text: String
    var line: Int
    var section: String?
  }

  private(set) var items: [Item] = []
  /// Paragraphs outside the items of a list of items, each with its first line.
  private(set) var prose: [Item] = []

  init(_ text: String) {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmed() }
    Self.blankFrontMatter(&lines)
    let markers = lines.filter { Self.marker(in: $0) != nil }.count
    let mode: Mode = markers >= 2 ? .markers : (Self.isParagraphs(lines) ? .paragraphs : .lines)
    var section: String?
    var current: Item?
    var isInProse = false
    func finish() {
      if let item = current, !item.text.isEmpty { items.append(item) }
      current = nil
    }
    for (index, line) in lines.enumerated() {
      if line.isEmpty {
        finish()
        isInProse = false
        continue
      }
      if isInProse {
        prose[prose.count - 1].text += " " + line
        continue
      }
      if current == nil || mode != .paragraphs, let heading = Self.heading(line) {
        finish()
        section = heading
        continue
      }
      let marker = Self.marker(in: line)
      if mode == .markers, current == nil, marker == nil {
        isInProse = true
        prose.append(Item(text: line, line: index + 1, section: section))
        continue
      }
      let body = marker.map { String(line.dropFirst($0)).trimmed() } ?? line
      if current != nil, mode == .paragraphs || (mode == .markers && marker == nil) {
        current?.text += " " + body
      } else {
        finish()
        current = Item(text: body, line: index + 1, section: section)
      }
    }
    finish()
  }

  private enum Mode { case markers, paragraphs, lines }

  /// Blanks a front matter block at the top (`+++ … +++` or `--- … ---`), keeping line numbers.
  private static func blankFrontMatter(_ lines: inout [String]) {
    guard let fence = lines.first, fence == "+++" || fence == "---",
      let end = lines.dropFirst().firstIndex(of: fence)
    else { return }
    for index in 0...end { lines[index] = "" }
  }

  /// Paragraphs when blocks of several lines are separated by blank lines and most lines are
  /// not references of their own (a wrapped line has no year).
  private static func isParagraphs(_ lines: [String]) -> Bool {
    let blocks = lines.split(whereSeparator: \.isEmpty)
    guard blocks.count >= 2, blocks.filter({ $0.count >= 2 }).count * 2 >= blocks.count else { return false }
    let withYear = lines.filter { !$0.isEmpty && !VenueCatalog.years(in: $0).isEmpty }.count
    let nonEmpty = lines.filter { !$0.isEmpty }.count
    return withYear * 10 < nonEmpty * 8
  }

  /// The length of a list marker and the space after it: `[12] `, `12. `, `(12) `, `12) `, `- `,
  /// `* `, `• `; nil when the line starts with none.
  static func marker(in line: String) -> Int? {
    let characters = Array(line.prefix(8))
    guard let first = characters.first else { return nil }
    if "-*•+–".contains(first), characters.count > 1, characters[1] == " " { return 2 }
    var index = 0
    let opening = first == "[" || first == "("
    if opening { index += 1 }
    let digitsStart = index
    while index < characters.count, characters[index].isASCIIDigit { index += 1 }
    guard index > digitsStart, index - digitsStart <= 4, index < characters.count else { return nil }
    let closing = characters[index]
    guard opening ? (closing == "]" || closing == ")") : (closing == "." || closing == ")") else { return nil }
    index += 1
    guard index == characters.count || characters[index] == " " else { return nil }
    return min(index + 1, line.count)
  }

  /// `## Journal Articles` → "Journal Articles"; `Conference papers:` → "Conference papers";
  /// nil for a line that is a reference or part of one.
  private static func heading(_ line: String) -> String? {
    if line.hasPrefix("#") {
      let text = line.drop { $0 == "#" }.trimmed()
      return text.isEmpty ? nil : text.trimming("*_ ")
    }
    let text = line.trimming("*_ ")
    guard text.count <= 60, VenueCatalog.years(in: text).isEmpty || text.count <= 4,
      text.split(separator: " ").count <= 6, marker(in: line) == nil
    else { return nil }
    // A heading is a year, ends with a colon, or is a few capitalised words with no sentence
    // punctuation.
    if VenueCatalog.fourDigitYear(text) != nil { return text }
    if text.hasSuffix(":") { return String(text.dropLast()).trimmed() }
    let words = text.split(separator: " ")
    let isTitleCase = words.allSatisfy { $0.first?.isUppercase == true || ["and", "of", "in", "&", "the"].contains($0.lowercased()) }
    return isTitleCase && !text.contains(",") && !text.contains(".") ? text : nil
  }
}
