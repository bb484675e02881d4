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
      // NB: GFM wants as many cells in the header as in the delimiter row: "[PDF] | [Code]"
      // above a `---` rule is no table.
      guard isDelimiterRow(lines[index]), lines[index - 1].contains("|"),
        columnCount(lines[index - 1]) == columnCount(lines[index])
      else {
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
    // NB: the characters first, so that no other line is split into cells.
    guard line.contains("-"), line.allSatisfy({ "|-: \t".contains($0) }) else { return false }
    let cells = cells(of: line, keepingEmpty: true).filter { !$0.isEmpty }
    return !cells.isEmpty && cells.allSatisfy { $0.contains("-") }
  }

  /// The number of cells of a row, the pipes at its ends not counted as separators.
  private static func columnCount(_ line: String) -> Int {
    var cells = cells(of: line, keepingEmpty: true)
    let trimmed = line.trimmed()
    if trimmed.hasPrefix("|"), cells.first?.isEmpty == true { cells.removeFirst() }
    if trimmed.hasSuffix("|"), trimmed.count > 1, cells.last?.isEmpty == true { cells.removeLast() }
    return cells.count
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
