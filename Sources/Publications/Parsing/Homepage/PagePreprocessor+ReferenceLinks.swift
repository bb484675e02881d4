extension PagePreprocessor {
  /// Markdown's reference links (CommonMark §4.7, §6.3) written as inline ones: with the
  /// definition `[2]: media/talk.pdf` on the page, `[Slides][2]` becomes `[Slides](media/talk.pdf)`
  /// and `[Slides][]` looks up "Slides"; the definition lines are blanked. Lines stay where
  /// they were.
  ///
  /// Hand-written: the readers apply Markdown's inline syntax themselves (`InlineMarkdown`), and
  /// no package here resolves link definitions on their own.
  static func resolvingReferenceLinks(_ text: String) -> String {
    var definitions: [String: String] = [:]
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for index in lines.indices {
      guard let (label, url) = definition(in: lines[index]) else { continue }
      // NB: the first definition of a label wins (CommonMark).
      if definitions[label] == nil { definitions[label] = url }
      lines[index] = ""
    }
    guard !definitions.isEmpty else { return text }
    for index in lines.indices where lines[index].contains("][") {
      lines[index] = lines[index].replacing(referenceLink) { match in
        let key = (match.output.2.isEmpty ? match.output.1 : match.output.2).lowercased()
        guard let url = definitions[String(key)] else { return String(match.output.0) }
        return "[\(match.output.1)](\(url))"
      }
    }
    return lines.joined(separator: "\n")
  }

  /// `[label][ref]` or `[label][]`.
  private nonisolated(unsafe) static let referenceLink = #/\[([^\[\]\n]+)\]\[([^\[\]\n]*)\]/#

  /// `[ref]: url "title"`, indented at most three spaces; the label lowercased.
  private static func definition(in line: String) -> (String, String)? {
    let trimmed = line.drop { $0 == " " }
    guard line.count - trimmed.count <= 3, trimmed.first == "[",
      let match = trimmed.wholeMatch(of: #/\[([^\[\]]+)\]:\s*<?([^\s>]+)>?(\s+("[^"]*"|'[^']*'|\([^)]*\)))?\s*/#)
    else { return nil }
    return (String(match.output.1).lowercased(), String(match.output.2))
  }
}
