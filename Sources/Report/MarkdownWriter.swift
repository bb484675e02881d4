/// Writes a `ReportDocument` as GitHub-flavoured Markdown that renders the same on GitHub and
/// through pandoc.
///
/// Text from inputs never becomes markup: Markdown punctuation is backslash-escaped, `<`, `>`
/// and `&` become entities (so a title holding `<script>` stays text), `|` is escaped inside
/// tables, and links other than http(s) or relative paths are written as plain text.
package enum MarkdownWriter {
  package static func write(_ document: ReportDocument) -> String {
    document.blocks.map(block).joined(separator: "\n\n") + "\n"
  }

  private static func block(_ block: ReportDocument.Block) -> String {
    switch block {
    case .heading(let level, let inlines):
      return String(repeating: "#", count: max(1, min(level, 6))) + " " + inline(inlines)
    case .paragraph(let inlines):
      return inline(inlines)
    case .table(let header, let rows, let alignRight):
      let head = "| " + header.map { escape($0) }.joined(separator: " | ") + " |"
      let rule = "|" + header.indices.map { alignRight.indices.contains($0) && alignRight[$0] ? "---:" : "---" }.joined(separator: "|") + "|"
      let body = rows.map { row in "| " + row.map { inline($0) }.joined(separator: " | ") + " |" }
      return ([head, rule] + body).joined(separator: "\n")
    case .bulletList(let items):
      return items.map { "- " + inline($0) }.joined(separator: "\n")
    case .figure(let alt, let path, let alternatives):
      var text = "![\(escape(alt))](\(escapeURL(path)))"
      if !alternatives.isEmpty {
        text += "\n\n" + alternatives.map { "[\(escape($0.label))](\(escapeURL($0.path)))" }.joined(separator: " · ")
      }
      return text
    }
  }

  static func inline(_ inlines: [ReportDocument.Inline]) -> String {
    inlines.map { inline($0) }.joined()
  }

  private static func inline(_ inline: ReportDocument.Inline) -> String {
    switch inline {
    case .text(let text): return escape(text)
    case .strong(let inner): return "**" + self.inline(inner) + "**"
    case .emphasis(let inner): return "*" + self.inline(inner) + "*"
    case .link(let inner, let url):
      let label = self.inline(inner)
      guard isSafe(url) else { return label }
      return "[\(label)](\(escapeURL(url)))"
    }
  }

  /// Escapes text so that no character of it is read as Markdown or HTML.
  package static func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\\", "`", "*", "_", "[", "]", "#", "~", "{", "}", "$":
        result += "\\" + String(character)
      case "|": result += "\\|"
      case "\n", "\r": result += " "
      default: result.append(character)
      }
    }
    // A line starting with "1." or "-" would become a list; the escapes above keep the rest inert.
    if let first = result.first, first == "-" || first == "+" || (first.isNumber && result.dropFirst().first == ".") {
      result = "\\" + result
    }
    return result
  }

  /// http(s) links and relative paths only: `javascript:` and `data:` never reach a reader.
  static func isSafe(_ url: String) -> Bool {
    let lower = url.lowercased()
    if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return true }
    return !lower.contains(":") && !lower.hasPrefix("//") && !url.isEmpty
  }

  /// Percent-encodes what would end or break a Markdown link destination.
  static func escapeURL(_ url: String) -> String {
    var result = ""
    for scalar in url.unicodeScalars {
      switch scalar {
      case " ": result += "%20"
      case "(": result += "%28"
      case ")": result += "%29"
      case "<": result += "%3C"
      case ">": result += "%3E"
      case "\"": result += "%22"
      case "\\": result += "%5C"
      case "`": result += "%60"
      default:
        if scalar.value < 0x20 { continue }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
