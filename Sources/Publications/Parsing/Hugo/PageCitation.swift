import Foundation

/// The formatted reference an academicpages page keeps in its `citation:` field ("<b>N.
/// Painchaud</b>, Y. Skandarani, …, &quot;Cardiac MRI Segmentation …,&quot; in proc.
/// <i>MICCAI</i>, 2019, pp. 632–640."), read for what the front matter lacks: the authors (the
/// page's owner is the bold one), and a year or venue when the page names none.
///
/// The field is HTML; its bold and italics become Markdown emphasis and its entities characters,
/// and the result is read as one item of a reference list is (`MarkdownReference`,
/// `ReferenceParser`).
struct PageCitation {
  var authors: [Person]
  var isAuthorListTruncated: Bool
  var year: Int?
  var venue: Venue?

  init?(html: String, catalog: VenueCatalog) {
    let markdown = Self.markdown(fromHTML: html)
    guard markdown.contains(where: \.isLetter) else { return nil }
    let written = MarkdownReference(markdown, line: 1)
    let reference = ReferenceParser().parse(written.text)
    authors = reference.authors.map { person in
      var person = person
      if written.isEmphasised(person.name) { person.isHighlighted = true }
      return person
    }
    isAuthorListTruncated = reference.isAuthorListTruncated
    year = reference.year
    venue = ReferenceVenue.resolve(reference, catalog: catalog)
  }

  /// `<b>`/`<strong>` as `**`, `<i>`/`<em>` as `*`, other tags dropped, entities decoded.
  static func markdown(fromHTML html: String) -> String {
    var text = html
    for (pattern, replacement) in Self.tagReplacements {
      text = text.replacingOccurrences(of: pattern, with: replacement, options: [.regularExpression, .caseInsensitive])
    }
    return decodingEntities(text).collapsingWhitespace()
  }

  private static let tagReplacements: [(String, String)] = [
    ("</?(b|strong)\\b[^>]*>", "**"),
    ("</?(i|em)\\b[^>]*>", "*"),
    ("<[^>]*>", ""),
  ]

  /// The named entities citations use, and numeric ones (`&#39;`, `&#x2013;`).
  private static func decodingEntities(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var result = ""
    var rest = Substring(text)
    while let ampersand = rest.firstIndex(of: "&") {
      result += rest[..<ampersand]
      let tail = rest[ampersand...]
      guard let semicolon = tail.prefix(10).firstIndex(of: ";"),
        let character = character(named: String(tail[tail.index(after: ampersand)..<semicolon]))
      else {
        result.append("&")
        rest = tail.dropFirst()
        continue
      }
      result.append(character)
      rest = tail[tail.index(after: semicolon)...]
    }
    return result + rest
  }

  private static func character(named name: String) -> Character? {
    switch name {
    case "quot": return "\""
    case "amp": return "&"
    case "apos": return "'"
    case "lt": return "<"
    case "gt": return ">"
    case "nbsp": return " "
    case "ndash": return "–"
    case "mdash": return "—"
    default:
      let isHex = name.hasPrefix("#x") || name.hasPrefix("#X")
      guard name.hasPrefix("#"), let value = UInt32(name.dropFirst(isHex ? 2 : 1), radix: isHex ? 16 : 10),
        let scalar = Unicode.Scalar(value)
      else { return nil }
      return Character(scalar)
    }
  }
}
