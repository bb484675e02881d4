/// LaTeX of a CV entry as the Markdown the reference reader takes: `\textbf{Name}` and
/// `\underline{Name}` are bold (the owner's mark), `\emph{…}` and `\textit{…}` italic,
/// `\href{url}{text}` a link; then `LaTeXDecoder` writes accents, dashes and the rest as Unicode.
///
/// Hand-written: no package here reads LaTeX.
enum LaTeXMarkup {
  private static let wrappers: [(command: String, open: String, close: String)] = [
    ("\\textbf", "**", "**"), ("\\underline", "**", "**"), ("\\uline", "**", "**"), ("\\emph", "*", "*"),
    ("\\textit", "*", "*"), ("\\textsc", "", ""), ("\\mbox", "", ""), ("\\ul", "**", "**"),
  ]

  /// A command the CV defines itself: `\newcommand{\myhref}[2]{\href{#1}{\ul{#2}}}`.
  struct Macro: Sendable {
    var arity: Int
    var body: String
  }

  /// Commands whose argument is layout, not text: `\setulcolor{cyan}`, `\vspace{2pt}`.
  private static let droppedWithArgument = ["\\setulcolor", "\\color", "\\vspace", "\\hspace", "\\label"]

  static func markdown(from latex: String, macros: [String: Macro] = [:]) -> String {
    LaTeXDecoder.decode(rewritten(Substring(latex), macros: macros, depth: 0))
  }

  /// The single-line `\newcommand` and `\renewcommand` definitions of `lines`, by name
  /// (`myhref`); a definition with a default argument is left out.
  static func macros(in lines: [String]) -> [String: Macro] {
    var macros: [String: Macro] = [:]
    for line in lines {
      guard let definition = macroDefinition(in: Substring(line)) else { continue }
      macros[definition.name] = definition.macro
    }
    return macros
  }

  /// `\newcommand{\name}[2]{body}` (or `\renewcommand`, `*`, `\name` unbraced), read by hand:
  /// Swift `Regex` leaks under LeakSanitizer, which the fuzz targets run.
  private static func macroDefinition(in line: Substring) -> (name: String, macro: Macro)? {
    guard let command = line.range(of: "\\newcommand") ?? line.range(of: "\\renewcommand") else { return nil }
    var rest = line[command.upperBound...]
    if rest.first == "*" { rest = rest.dropFirst() }
    let braced = rest.first == "{"
    if braced { rest = rest.dropFirst() }
    guard rest.first == "\\" else { return nil }
    let name = rest.dropFirst().prefix { $0.isLetter }
    guard !name.isEmpty else { return nil }
    rest = rest[name.endIndex...]
    if braced {
      guard rest.first == "}" else { return nil }
      rest = rest.dropFirst()
    }
    var arity = 0
    if rest.first == "[" {
      guard let close = rest.firstIndex(of: "]"), let count = Int(rest[rest.index(after: rest.startIndex)..<close]) else { return nil }
      arity = count
      rest = rest[rest.index(after: close)...]
    }
    guard rest.first == "{", let close = closingBrace(in: rest, from: rest.startIndex) else { return nil }
    return (String(name), Macro(arity: arity, body: String(rest[rest.index(after: rest.startIndex)..<close])))
  }

  /// The text with the wrapping commands written as Markdown, to a nesting depth of 8.
  private static func rewritten(_ text: Substring, macros: [String: Macro] = [:], depth: Int) -> String {
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
        result += "[\(rewritten(label, macros: macros, depth: depth + 1))](\(url))"
        index = end
        continue
      }
      if rest.hasPrefix("\\url{"), let (url, end) = argument(in: text, at: text.index(index, offsetBy: 4)) {
        result += String(url)
        index = end
        continue
      }
      if let (expansion, end) = expanded(rest, macros: macros) {
        result += rewritten(Substring(expansion), macros: macros, depth: depth + 1)
        index = end
        continue
      }
      if let command = droppedWithArgument.first(where: { rest.hasPrefix($0 + "{") }),
        let (_, end) = argument(in: text, at: text.index(index, offsetBy: command.count))
      {
        index = end
        continue
      }
      if let wrapper = wrappers.first(where: { rest.hasPrefix($0.command + "{") }),
        let (inner, end) = argument(in: text, at: text.index(index, offsetBy: wrapper.command.count))
      {
        // NB: "\textbf{Title.}\textit{in Venue}" would give "**Title.***in Venue*", whose "***"
        // closes nothing in Markdown; a space keeps the two marks apart, as LaTeX shows them.
        if !wrapper.open.isEmpty, result.hasSuffix("*") { result += " " }
        result += wrapper.open + rewritten(inner, macros: macros, depth: depth + 1) + wrapper.close
        index = end
        continue
      }
      result.append(text[index])
      index = text.index(after: index)
    }
    return result
  }

  /// `\myhref{url}{text}` with the CV's own definition applied, and the index after it.
  private static func expanded(_ rest: Substring, macros: [String: Macro]) -> (String, Substring.Index)? {
    guard !macros.isEmpty else { return nil }
    let name = rest.dropFirst().prefix { $0.isLetter }
    guard let macro = macros[String(name)] else { return nil }
    var body = macro.body
    var index = name.endIndex
    for number in stride(from: 1, through: macro.arity, by: 1) {
      guard let (value, after) = argument(in: rest, at: index) else { return nil }
      body = body.replacingOccurrences(of: "#\(number)", with: String(value))
      index = after
    }
    return (body, index)
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
