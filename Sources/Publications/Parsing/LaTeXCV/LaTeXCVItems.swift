/// The references of a LaTeX CV: each `\item` or `\bibitem` under a publications section, with
/// its line and section, its LaTeX turned into the Markdown the reference reader takes.
///
/// A section (`\section`, `\subsection`, `\cvsection`, starred or not) counts by its title as a
/// homepage heading does ("Publications", "Journal Articles" count; "Teaching", "Talks" do not;
/// "2024" or a topic inherit from the section around it). When no section names publications,
/// a `thebibliography` environment does. `%` comments are dropped.
struct LaTeXCVItems {
  private(set) var items: [ReferenceListItems.Item] = []

  init(_ text: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Self.withoutComment(String($0)) }
    let hasPublicationSection = lines.contains { Self.heading(in: $0).map { PageSection.Role.classify($0.title) == .publications } ?? false }
    var roles: [Int: PageSection.Role] = [:]  // by section depth
    var counted = !hasPublicationSection
    var section: String?
    var current: ReferenceListItems.Item?
    var inBibliography = false
    func finish() {
      if let item = current { items.append(item) }
      current = nil
    }
    for (index, line) in lines.enumerated() {
      let trimmed = line.trimmed()
      if let heading = Self.heading(in: trimmed) {
        finish()
        let role = PageSection.Role.classify(heading.title)
        roles = roles.filter { $0.key < heading.depth }
        roles[heading.depth] = role == .unspecified ? roles.filter { $0.key < heading.depth }.max { $0.key < $1.key }?.value ?? .unspecified : role
        counted = !hasPublicationSection || roles[heading.depth] == .publications
        section = heading.title
        continue
      }
      if trimmed.hasPrefix("\\begin{thebibliography}") { inBibliography = true }
      if trimmed.hasPrefix("\\end{") {
        finish()
        if trimmed.hasPrefix("\\end{thebibliography}") { inBibliography = false }
        continue
      }
      guard counted || inBibliography else { continue }
      if let body = Self.itemBody(trimmed) {
        finish()
        current = ReferenceListItems.Item(text: "", line: index + 1, section: section)
        current?.text = body
      } else if current != nil, !trimmed.isEmpty, !trimmed.hasPrefix("\\begin{") {
        current?.text += " " + trimmed
      }
    }
    finish()
    let macros = LaTeXMarkup.macros(in: lines)
    items = items.map { item in
      var converted = item
      converted.text = LaTeXMarkup.markdown(from: item.text, macros: macros)
      return converted
    }.filter { !$0.text.isEmpty }
  }

  /// `\section*{Journal Articles}` → ("Journal Articles", depth 1); `\subsection{2024}` → depth 2.
  private static func heading(in line: String) -> (title: String, depth: Int)? {
    let commands = [("\\section", 1), ("\\cvsection", 1), ("\\subsection", 2), ("\\cvsubsection", 2), ("\\subsubsection", 3)]
    for (command, depth) in commands where line.hasPrefix(command) {
      var rest = line.dropFirst(command.count)
      if rest.first == "*" { rest = rest.dropFirst() }
      guard rest.first == "{", let close = LaTeXMarkup.closingBrace(in: rest, from: rest.startIndex) else { continue }
      let title = LaTeXDecoder.decode(String(rest[rest.index(after: rest.startIndex)..<close]))
      return (title, depth)
    }
    return nil
  }

  /// The text after `\item`, `\item[label]`, `\bibitem{key}` or `\bibitem[label]{key}`.
  private static func itemBody(_ line: String) -> String? {
    for command in ["\\bibitem", "\\item"] where line.hasPrefix(command) {
      var rest = line.dropFirst(command.count)
      guard rest.first.map({ !$0.isLetter }) ?? true else { return nil }
      if rest.first == "[", let close = rest.firstIndex(of: "]") { rest = rest[rest.index(after: close)...] }
      if command == "\\bibitem", rest.first == "{", let close = rest.firstIndex(of: "}") { rest = rest[rest.index(after: close)...] }
      return rest.trimmed()
    }
    return nil
  }

  /// The line without its `%` comment (an escaped `\%` stays).
  private static func withoutComment(_ line: String) -> String {
    guard line.contains("%") else { return line }
    var previous: Character = " "
    for index in line.indices {
      if line[index] == "%" && previous != "\\" { return String(line[..<index]) }
      previous = line[index]
    }
    return line
  }
}
