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
      lines[index] = resolving(lines[index], definitions)
    }
    return lines.joined(separator: "\n")
  }

  /// The line with each `[label][ref]` and `[label][]` whose reference is defined written inline.
  private static func resolving(_ line: String, _ definitions: [String: String]) -> String {
    var result = ""
    var rest = Substring(line)
    while let open = rest.firstIndex(of: "[") {
      result += rest[..<open]
      let afterOpen = rest[rest.index(after: open)...]
      guard let close = afterOpen.firstIndex(where: { $0 == "]" || $0 == "[" }), afterOpen[close] == "]",
        afterOpen[afterOpen.index(after: close)...].first == "["
      else {
        result.append("[")
        rest = afterOpen
        continue
      }
      let label = afterOpen[..<close]
      let refStart = afterOpen.index(close, offsetBy: 2)
      guard let refEnd = afterOpen[refStart...].firstIndex(where: { $0 == "]" || $0 == "[" }), afterOpen[refEnd] == "]",
        case let reference = afterOpen[refStart..<refEnd],
        let url = definitions[(reference.isEmpty ? label : reference).lowercased()], !label.isEmpty
      else {
        result.append("[")
        rest = afterOpen
        continue
      }
      result += "[\(label)](\(url))"
      rest = afterOpen[afterOpen.index(after: refEnd)...]
    }
    return result + rest
  }

  /// `[ref]: url "title"`, indented at most three spaces; the label lowercased.
  private static func definition(in line: String) -> (String, String)? {
    let trimmed = line.drop { $0 == " " }
    guard line.count - trimmed.count <= 3, trimmed.first == "[", let close = trimmed.firstIndex(of: "]"),
      trimmed[trimmed.index(after: close)...].first == ":"
    else { return nil }
    let label = trimmed[trimmed.index(after: trimmed.startIndex)..<close]
    let after = trimmed[trimmed.index(close, offsetBy: 2)...].drop { $0 == " " || $0 == "\t" }
    let written = after.prefix { !$0.isWhitespace }
    let url = String(written).trimming("<>")
    let title = String(after.dropFirst(written.count)).trimming(" \t")
    guard !label.isEmpty, !label.contains("["), !url.isEmpty,
      title.isEmpty || ["\"", "'", "("].contains(where: { title.hasPrefix($0) })
    else { return nil }
    return (label.lowercased(), url)
  }
}
