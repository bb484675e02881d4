/// LaTeX of a CV entry as the Markdown the reference reader takes: `\textbf{Name}` and
/// `\underline{Name}` are bold (the owner's mark), `\emph{…}` and `\textit{…}` italic,
/// `\href{url}{text}` a link; then `LaTeXDecoder` writes accents, dashes and the rest as Unicode.
///
/// Hand-written: no package here reads LaTeX.
enum LaTeXMarkup {
  private static let wrappers: [(command: String, open: String, close: String)] = [
    ("\\textbf", "**", "**"), ("\\underline", "**", "**"), ("\\uline", "**", "**"), ("\\emph", "*", "*"),
    ("\\textit", "*", "*"), ("\\textsc", "", ""), ("\\mbox", "", ""),
  ]

  static func markdown(from latex: String) -> String {
    LaTeXDecoder.decode(rewritten(Substring(latex), depth: 0))
  }

  /// The text with the wrapping commands written as Markdown, to a nesting depth of 8.
  private static func rewritten(_ text: Substring, depth: Int) -> String {
    guard depth < 8, text.contains("\\") else { return String(text) }
    var result = ""
    var index = text.startIndex
    while index < text.endIndex {
      guard text[index] == "\\" else {
        result.append(text[index])
        index = text.index(after: index)
        continue
      }
      let rest = text[index...]
      if rest.hasPrefix("\\href{"), let (url, after) = argument(in: text, at: text.index(index, offsetBy: 5)),
        let (label, end) = argument(in: text, at: after)
      {
        result += "[\(rewritten(label, depth: depth + 1))](\(url))"
        index = end
        continue
      }
      if rest.hasPrefix("\\url{"), let (url, end) = argument(in: text, at: text.index(index, offsetBy: 4)) {
        result += String(url)
        index = end
        continue
      }
      if let wrapper = wrappers.first(where: { rest.hasPrefix($0.command + "{") }),
        let (inner, end) = argument(in: text, at: text.index(index, offsetBy: wrapper.command.count))
      {
        result += wrapper.open + rewritten(inner, depth: depth + 1) + wrapper.close
        index = end
        continue
      }
      result.append(text[index])
      index = text.index(after: index)
    }
    return result
  }

  /// The braced argument starting at `start` (a `{`) and the index after its `}`.
  private static func argument(in text: Substring, at start: Substring.Index) -> (Substring, Substring.Index)? {
    guard start < text.endIndex, text[start] == "{", let close = closingBrace(in: text, from: start) else { return nil }
    return (text[text.index(after: start)..<close], text.index(after: close))
  }

  /// The `}` closing the `{` at `start`, skipping nested and escaped braces.
  static func closingBrace(in text: Substring, from start: Substring.Index) -> Substring.Index? {
    var depth = 0
    var index = start
    var previous: Character = " "
    while index < text.endIndex {
      let character = text[index]
      if previous != "\\" {
        if character == "{" { depth += 1 }
        if character == "}" {
          depth -= 1
          if depth == 0 { return index }
        }
      }
      previous = character
      index = text.index(after: index)
    }
    return nil
  }
}
