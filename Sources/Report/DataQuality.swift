import Publications

/// The data-quality section: every warning and note with its file and line, so a user can fix
/// the page.
enum DataQuality {
  static func blocks(_ diagnostics: [Diagnostic], inputFiles: [String], mergedCount: Int) -> [ReportDocument.Block] {
    var blocks: [ReportDocument.Block] = [.heading(level: 2, [.text("Data quality")])]
    var read = "Read from " + ReportSummary.list(inputFiles.map { "'\($0)'" }) + "."
    if mergedCount > 0 {
      read += " \(mergedCount) paper\(mergedCount == 1 ? " was" : "s were") listed in more than one source and merged (see the notes)."
    }
    let sorted = diagnostics.sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    let warnings = sorted.filter { $0.severity == .warning }
    let notes = sorted.filter { $0.severity == .note }
    guard !sorted.isEmpty else {
      blocks.append(.paragraph([.text(read + " No warnings.")]))
      return blocks
    }
    blocks.append(
      .paragraph([.text(read + " \(warnings.count) warning\(warnings.count == 1 ? "" : "s"), \(notes.count) note\(notes.count == 1 ? "" : "s"):")]))
    blocks.append(
      .bulletList(sorted.map { diagnostic in
        [.strong([.text("\(diagnostic.location.file):\(diagnostic.location.line)")]), .text(" \(diagnostic.severity.rawValue): \(diagnostic.message)")]
      }))
    return blocks
  }
}
