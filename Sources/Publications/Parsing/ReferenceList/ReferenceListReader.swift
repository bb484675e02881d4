import Foundation

/// Reads a plain reference list: a `.txt` file, or a `.md` file without homepage markup, holding
/// formatted references (IEEE, APA, Vancouver, GB/T 7714, …) one a line, a paragraph or a list item.
///
/// Each reference goes through `ReferenceItemReader`: Markdown emphasis is read first, and a name
/// the list sets in bold is the owner's mark, as on a homepage.
public struct ReferenceListReader: PublicationReader {
  public static let format = InputFormat("references")
  public static let expectedContent = "one formatted reference a line, a paragraph or a numbered item"

  public var catalog: VenueCatalog
  /// Longer items are skipped with a warning (`ReadingLimits.entryLength`).
  public var maximumEntryLength: Int

  public init(catalog: VenueCatalog = .standard, maximumEntryLength: Int = ReadingLimits.standard.entryLength) {
    self.catalog = catalog
    self.maximumEntryLength = maximumEntryLength
  }

  public init(context: ReadingContext) {
    self.init(catalog: context.catalog, maximumEntryLength: context.limits.entryLength)
  }

  /// Sure of a `.txt` file; of a `.md` file only without HTML, front matter or badges — that is
  /// a homepage — and when most of its items hold a year.
  public static func recognition(of text: String, path: String) -> InputFormat.Recognition {
    let lower = path.lowercased()
    if lower.hasSuffix(".txt") { return .likely }
    guard lower.hasSuffix(".md") || lower.hasSuffix(".markdown") else { return .no }
    let head = text.prefix(200_000)
    if head.hasPrefix("---") || head.contains("<") || head.contains("`") { return .no }
    let items = ReferenceListItems(String(head)).items
    let withYear = items.filter { !VenueCatalog.years(in: $0.text).isEmpty }.count
    // NB: items that open with their title as a link ("- [A Study of Things](…), A. Author, …,
    // INFOCOM 2021") are a homepage's list, which the homepage reader reads by its links; a
    // reference opens with its authors.
    let openWithTitleLink = items.filter { Self.opensWithTitleLink($0.text) }.count
    guard openWithTitleLink * 2 < items.count else { return .no }
    return items.count >= 2 && withYear * 10 >= items.count * 8 ? .likely : .no
  }

  /// Whether `item` starts with `[label](` whose label reads as a title (three words or more).
  private static func opensWithTitleLink(_ item: String) -> Bool {
    let text = item.drop { $0 == " " || $0 == "*" || $0 == "_" }
    guard text.first == "[", let close = text.firstIndex(of: "]"), text[close...].dropFirst().first == "(" else {
      return false
    }
    let label = String(text[text.index(after: text.startIndex)..<close])
    return label.split(separator: " ").count >= 3 && TitleFinder.isTitleLike(label)
  }

  public func read(_ inputs: consuming [ReaderInput]) -> ParseResult {
    var result = ParseResult()
    for index in inputs.indices { result.append(read(inputs[index].text, named: inputs[index].name)) }
    result.inputsWithoutPublications = Self.inputsWithoutPublications(inputs, in: result)
    return result
  }

  private func read(_ text: String, named file: String) -> ParseResult {
    let list = ReferenceListItems(text)
    var result = ReferenceItemReader(catalog: catalog, maximumLength: maximumEntryLength).read(list.items, file: file)
    // NB: named in a note: nothing of a publication list goes uncounted without a word.
    for paragraph in list.prose {
      let words = paragraph.text.split(whereSeparator: \.isWhitespace)
      let opening = words.prefix(8).joined(separator: " ") + (words.count > 8 ? " …" : "")
      result.diagnostics.append(
        Diagnostic(.note, at: SourceLocation(file: file, line: paragraph.line), .paragraphOutsideItems(opening: opening)))
    }
    return result
  }
}
