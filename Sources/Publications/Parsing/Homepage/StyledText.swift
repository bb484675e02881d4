/// How a character of an entry was presented; the reader's evidence for roles.
///
/// Bold or underlined names are owners, a `.badge` is a venue tag, italic lines are often the
/// venue or the author list. HTML and Markdown both set these bits.
struct TextStyle: OptionSet, Hashable, Sendable {
  let rawValue: UInt16

  static let bold = TextStyle(rawValue: 1 << 0)
  static let italic = TextStyle(rawValue: 1 << 1)
  static let underline = TextStyle(rawValue: 1 << 2)
  static let code = TextStyle(rawValue: 1 << 3)
  /// Inside `<div class="badge">`.
  static let badge = TextStyle(rawValue: 1 << 4)
  /// A coloured span, `<font color>`, or a class such as `accent-text`: an owner mark.
  static let highlight = TextStyle(rawValue: 1 << 5)
  static let heading = TextStyle(rawValue: 1 << 6)
  static let strike = TextStyle(rawValue: 1 << 7)
  /// Inside an element whose class says it holds the authors.
  static let authorsHint = TextStyle(rawValue: 1 << 8)
  /// Inside an element whose class says it holds the venue.
  static let venueHint = TextStyle(rawValue: 1 << 9)
  /// A list of links under an entry ("- [Slides](…)" nested under a reference, a `<ul>` of
  /// "Full text (pdf)" after a paragraph): the entry's links, never its title or venue.
  static let linkList = TextStyle(rawValue: 1 << 10)

  /// The marks that single out a name in an author list.
  static let emphasis: TextStyle = [.bold, .underline, .highlight]
}

/// One character of an entry with its style, link and line.
struct StyledCharacter: Hashable, Sendable {
  var character: Character
  var style: TextStyle
  /// Index into the entry's links, when the character is link text.
  var link: Int?
  var line: Int
  /// True for a character that came from a Markdown escape (`\*`) or an HTML entity,
  /// which must never be read as Markdown syntax.
  var isLiteral = false
}

/// A link of an entry.
struct EntryLink: Hashable, Sendable {
  var url: String
  var label: String
}

/// A candidate entry: the styled text of one `<li>`, paper-box or Markdown list item.
struct StyledEntry: Sendable {
  enum Shape: String, Sendable {
    case htmlListItem, paperBox, markdownItem
    /// A paragraph of a publication section that has no list: read as a Markdown item is, but
    /// it may be prose about the list rather than a reference.
    case paragraph
  }

  var shape: Shape
  var characters: [StyledCharacter] = []
  var links: [EntryLink] = []
  /// Texts of `.badge` elements, in order.
  var badges: [String] = []
  /// `alt` texts of images (shields often carry the venue: `![IEEE TIFS 2025](…)`).
  var imageTexts: [String] = []
  /// Words of shields.io badges whose images have no `alt` text, read from their addresses
  /// (`![](…/badge/2025-red)`): they date a paper like an image's text, but a reference list
  /// that carries them stays a reference list.
  var shieldTexts: [String] = []
  var abstract: String?
  var line: Int

  init(shape: Shape, line: Int) {
    self.shape = shape
    self.line = line
  }

  /// The characters without the text of links that are buttons beside the paper ("[PDF](…)",
  /// "Code"), for the reference parser: no citation style has them, and the tagger took "PDF"
  /// after an italic journal for the journal.
  var charactersWithoutLinkLabels: [StyledCharacter] {
    let labels = Set(links.indices.filter { TitleFinder.isLinkLabel(links[$0].label) })
    guard !labels.isEmpty else { return characters }
    return characters.filter { !($0.link.map(labels.contains) ?? false) }
  }
}

extension Collection where Element == StyledCharacter {
  /// The plain text.
  var text: String {
    // NB: appended one by one; `String(map(\.character))` built an array of characters first.
    var text = ""
    text.reserveCapacity(count)
    for styled in self { text.append(styled.character) }
    return text
  }
}

extension BidirectionalCollection where Element == StyledCharacter {
  /// The plain text with a space where a source line break falls between two words: Markdown
  /// joins the lines of a paragraph, so "Beichen" at a line's end and "Zhang" at the next line's
  /// start are one name.
  var textJoiningSourceLines: String {
    guard let first, let last, first.line != last.line else { return text }
    var text = ""
    var previous: StyledCharacter?
    for styled in self {
      if let p = previous, p.line != styled.line, !p.character.isWhitespace, !styled.character.isWhitespace {
        text.append(" ")
      }
      text.append(styled.character)
      previous = styled
    }
    return text
  }
}

extension Array where Element == StyledCharacter {
  /// Splits at newlines, keeping each line's characters.
  func lines() -> [[StyledCharacter]] {
    split(omittingEmptySubsequences: false, whereSeparator: { $0.character == "\n" })
      .map(Array.init)
  }

  /// Trims whitespace from both ends.
  func trimmed() -> [StyledCharacter] {
    guard let first = firstIndex(where: { !$0.character.isWhitespace }),
      let last = lastIndex(where: { !$0.character.isWhitespace })
    else { return [] }
    return Array(self[first...last])
  }
}
