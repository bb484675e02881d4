extension EntryInterpreter {
  /// Claims the researcher's notes on a paper, written as a nested list under the reference
  /// ("    - All the ML models show PNA-5 is the most dominant pattern …"), so that no venue is
  /// read from them. A nested item stays when it may say where the paper is: a year, a venue
  /// the lists know, a name written like a venue's ("Journal of …"), a status ("Accepted.",
  /// "Now under revision at …"), or mostly capitalised words.
  func claimNoteItems(in text: inout EntryText) {
    for line in text.lines.dropFirst() where !text.claimed[line].contains(true) && isNoteItem(text.text(line)) {
      text.claim(line)
    }
  }

  /// The entry's text without its note items, for the reference parser.
  func withoutNoteItems(_ written: String) -> String {
    let lines = written.split(separator: "\n", omittingEmptySubsequences: true)
    guard lines.count > 1 else { return written }
    return ([lines[0]] + lines.dropFirst().filter { !isNoteItem(String($0)) }).joined(separator: "\n")
  }

  private func isNoteItem(_ line: String) -> Bool {
    Self.nestedItemText(line).map(isProse) ?? false
  }

  /// The text of a nested Markdown list item (`  - note`, `* note`), nil for any other line.
  private static func nestedItemText(_ line: String) -> String? {
    let trimmed = line.drop { $0 == " " || $0 == "\t" }
    guard trimmed.count > 2, "-*+".contains(trimmed.first ?? " "), trimmed.dropFirst().first == " " else { return nil }
    return String(trimmed.dropFirst(2)).trimmed()
  }

  private func isProse(_ note: String) -> Bool {
    let words = note.split(whereSeparator: \.isWhitespace)
    guard words.count >= 4, VenueCatalog.years(in: note).isEmpty, catalog.mentions(in: note).isEmpty,
      !words.contains(where: { Self.venueWords.contains(String($0).trimming(" .,;:()")) }),
      JournalList.standard.fullName(of: note.trimming(" .,")) == nil
    else { return false }
    let lower = note.lowercased()
    guard !Self.statusPhrases.contains(where: { lower.containsBytes(of: $0) }) else { return false }
    let lowercaseWords = words.count { $0.first?.isLowercase == true }
    return lowercaseWords * 2 >= words.count
  }

  /// Capitalised words that name a venue ("Journal of …"); "peer-review" in a note is none.
  private static let venueWords: Set<String> = [
    "Journal", "Conference", "Proceedings", "Transactions", "Symposium", "Workshop", "Letters", "Review", "Magazine",
  ]

  private static let statusPhrases = [
    "accepted", "under review", "under revision", "submitted", "to appear", "published in", "in press", "revision",
    "forthcoming",
  ]
}
