extension PagePreprocessor {
  /// GitHub-flavoured Markdown tables (GFM §4.10) written as HTML list items, one per body row,
  /// its cells apart as lines: a page that lays its papers out as `| <img …> | Authors <br>
  /// [**Title**](…) <br> *Journal* (2025). |` lists one paper per row. The header row is
  /// blanked with the delimiter row (`|:-:|---|`) unless it names a year (a paper written in
  /// the header); rows stay on their lines.
  ///
  /// Hand-written: the readers apply Markdown's inline syntax themselves (`InlineMarkdown`), and
  /// libxml2 sees a table's rows as plain text.
  static func rewritingTables(_ text: String) -> String {
    guard text.contains("|") else { return text }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var index = 1
    while index < lines.count {
      guard isDelimiterRow(lines[index]), lines[index - 1].contains("|") else {
        index += 1
        continue
      }
      let header = cells(of: lines[index - 1])
      lines[index - 1] = header.contains(where: { !VenueCatalog.years(in: $0).isEmpty }) ? listItem(header) : ""
      lines[index] = ""
      index += 1
      // NB: the table ends at a blank line or a line without a cell separator (GFM).
      while index < lines.count, lines[index].contains("|"), !lines[index].allSatisfy(\.isWhitespace) {
        lines[index] = listItem(cells(of: lines[index]))
        index += 1
      }
    }
    return lines.joined(separator: "\n")
  }

  /// `|:-:|---|`, `--- | :---:`: cells of dashes with optional alignment colons.
  private static func isDelimiterRow(_ line: String) -> Bool {
    let cells = cells(of: line, keepingEmpty: true).filter { !$0.isEmpty }
    return !cells.isEmpty && line.contains("-")
      && cells.allSatisfy { cell in cell.allSatisfy { $0 == "-" || $0 == ":" } && cell.contains("-") }
  }

  private static func listItem(_ cells: [String]) -> String {
    cells.isEmpty ? "" : "<li>" + cells.joined(separator: "<br>") + "</li>"
  }

  /// The trimmed cells of a row, split at pipes that are not escaped (`\|`) and not in code.
  private static func cells(of line: String, keepingEmpty: Bool = false) -> [String] {
    var cells: [String] = []
    var cell = ""
    var isEscaped = false
    var isCode = false
    for character in line {
      if character == "|", !isEscaped, !isCode {
        cells.append(cell.trimmed())
        cell = ""
      } else {
        if character == "`" { isCode.toggle() }
        cell.append(character)
      }
      isEscaped = character == "\\" && !isEscaped
    }
    cells.append(cell.trimmed())
    return keepingEmpty ? cells : cells.filter { !$0.isEmpty }
  }
}
