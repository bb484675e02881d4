/// The kinds of publication list pubreport recognises, detected from content first.
public enum InputFormat: String, Sendable, CaseIterable {
  case homepage, bibtex, cslJSON

  /// The format of `text` named `path`: content decides, the extension breaks ties.
  public static func detect(_ text: String, path: String) -> InputFormat {
    let start = text.drop { $0.isWhitespace }
    // JSON: an array of objects or an object, "[ {" or "{ \"". Markdown never starts so.
    if let first = start.first, first == "[" || first == "{" {
      let next = start.dropFirst().drop { $0.isWhitespace }.first
      if (first == "[" && (next == "{" || next == "]")) || (first == "{" && next == "\"") { return .cslJSON }
    }
    // BibTeX: entries such as `@article{` at line starts, and no Markdown headings or HTML.
    let lines = text.split(separator: "\n", maxSplits: 400).prefix(400)
    let entryLines = lines.filter { line in
      let t = line.drop { $0 == " " || $0 == "\t" }
      return t.hasPrefix("@") && t.contains("{") && t.first(where: { $0 == "{" || $0 == "(" }) != nil
        && t.dropFirst().prefix(while: \.isLetter).count >= 4
    }.count
    let headingLines = lines.filter { $0.hasPrefix("#") || $0.contains("<div") || $0.contains("<li") }.count
    if entryLines > 0 && entryLines >= headingLines { return .bibtex }
    if path.lowercased().hasSuffix(".bib") && headingLines == 0 { return .bibtex }
    return .homepage
  }
}
