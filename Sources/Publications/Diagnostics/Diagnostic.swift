/// An input problem the reader survived: returned with the result, never thrown.
///
/// It prints as `about.md:42: warning: entry "…" has no year; counted as unknown`,
/// the format compilers and editors understand.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
  public enum Severity: String, Sendable, Hashable, Codable {
    case warning, note
  }

  public var severity: Severity
  public var location: SourceLocation
  public var message: String

  public init(_ severity: Severity = .warning, at location: SourceLocation, _ message: Message) {
    self.severity = severity
    self.location = location
    self.message = message.text
  }

  public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

extension Diagnostic {
  /// Every diagnostic text the readers emit, as named values.
  public enum Message: Sendable, Hashable {
    case missingYear(title: String, venue: String?)
    case missingVenue(title: String)
    case badgeDisagrees(badge: String, text: String, title: String, linkAgrees: Bool)
    case mojibakeRepaired(count: Int, encoding: String, example: String)
    case invalidUTF8(count: Int)
    case nulBytes(count: Int)
    case unclosedComment
    case duplicateEntry(title: String, first: SourceLocation)
    case entryWithoutTitle
    case notCounted(title: String, reason: String)
    case includeNotFound(path: String)
    case includeCycle(path: String)
    case includeOutsideSite(path: String)
    case noPublicationSection
    case entryTooLong(length: Int)
    case nestingTooDeep(limit: Int)
    case tooManyAuthors(count: Int, limit: Int)
    case bibtexDamaged(reason: String)
    case undefinedMacro(name: String, key: String)
    case macroTooDeep(name: String, key: String, limit: Int)
    case macroExpansionSpent(key: String, budget: Int)
    case missingCrossref(key: String, parent: String)
    case missingTitle(key: String)
    case invalidJSON(reason: String)
    case invalidJSONBetweenItems(reason: String)
    case invalidJSONItem(reason: String)
    case unclosedJSONItem
    case hugoFrontMatter(reason: String)
    case mergedSources(title: String, kept: SourceLocation)

    var text: String {
      switch self {
      case .missingYear(let title, let venue):
        let at = venue.map { " (\($0))" } ?? ""
        return "entry \"\(title)\"\(at) has no year; counted as unknown"
      case .missingVenue(let title):
        return "entry \"\(title)\" names no venue"
      case .badgeDisagrees(let badge, let text, let title, let linkAgrees):
        return "badge '\(badge)' disagrees with the entry's own text '\(text)' in \"\(title)\"; "
          + (linkAgrees ? "the paper's link agrees with the text; " : "") + "using the text"
      case .mojibakeRepaired(let count, let encoding, let example):
        return "repaired \(count) mojibake sequence\(count == 1 ? "" : "s") "
          + "(UTF-8 that was once read as \(encoding)), first \(example)"
      case .invalidUTF8(let count):
        return "\(count) byte sequence\(count == 1 ? " is" : "s are") not valid UTF-8; "
          + "replaced with U+FFFD"
      case .nulBytes(let count):
        return "\(count) NUL byte\(count == 1 ? "" : "s") removed"
      case .unclosedComment:
        return "HTML comment '<!--' is never closed; the rest of the file is ignored"
      case .duplicateEntry(let title, let first):
        return "\"\(title)\" is listed again (first at line \(first.line)); counted once"
      case .entryWithoutTitle:
        return "list item in a publication section has no recognisable title; skipped"
      case .notCounted(let title, let reason):
        return "\"\(title)\" is \(reason); not counted as a publication"
      case .includeNotFound(let path):
        return "included file '\(path)' can't be found; its publications are missing"
      case .includeCycle(let path):
        return "'\(path)' includes itself; the include is skipped"
      case .includeOutsideSite(let path):
        return "included file '\(path)' reaches outside the site (Jekyll refuses '..' and absolute paths); skipped"
      case .noPublicationSection:
        return "no publication section found (expected a heading such as '# Publications')"
      case .entryTooLong(let length):
        return "entry of \(length) characters is too long to be a publication; skipped"
      case .nestingTooDeep(let limit):
        return "HTML tags nested deeper than \(limit) levels from here; the deeper tags are ignored, their text is kept"
      case .tooManyAuthors(let count, let limit):
        return "entry lists \(count) authors, more than the limit of \(limit); the first \(limit) are kept"
      case .bibtexDamaged(let reason):
        return reason
      case .undefinedMacro(let name, let key):
        return "entry '\(key)' uses @string '\(name)', which is never defined; kept as the word '\(name)'"
      case .macroTooDeep(let name, let key, let limit):
        return "entry '\(key)' uses @string '\(name)', which nests @strings deeper than \(limit) levels or refers to itself; kept as the word '\(name)'"
      case .macroExpansionSpent(let key, let budget):
        return "entry '\(key)': @strings expand to more than \(budget) bytes in all, more than the input holds; from here on they are kept as words"
      case .missingCrossref(let key, let parent):
        return "entry '\(key)' has crossref '\(parent)', which is not in the inputs"
      case .mergedSources(let title, let kept):
        return "\"\(title)\" is the same paper as \(kept); merged and counted once"
      case .hugoFrontMatter(let reason):
        return reason
      case .invalidJSON(let reason):
        return "is not valid JSON (\(reason)); expected a CSL-JSON array of items"
      case .invalidJSONBetweenItems(let reason):
        return "is not valid JSON between items (\(reason)); every item was read by itself"
      case .invalidJSONItem(let reason):
        return "item is not valid JSON (\(reason)); skipped, the other items are read"
      case .unclosedJSONItem:
        return "item is not closed before the end of the file; skipped"
      case .missingTitle(let key):
        return "entry '\(key)' has no title; skipped"
      }
    }
  }
}
