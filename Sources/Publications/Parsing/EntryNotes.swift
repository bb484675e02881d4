/// Presentation notes: Oral, Spotlight, Short, Best Paper …
enum EntryNotes {
  private static let notes = [
    "Best Student Paper", "Best Poster Paper", "Best Paper Award", "Best Paper", "Outstanding Paper",
    "Oral", "Spotlight", "Highlight", "Short", "Poster", "Long", "Demo",
  ]
  private static let noteWordLists = notes.map { $0.split(separator: " ") }
  private static let presentationWords: Set<String> = [
    "oral", "spotlight", "highlight", "short", "long", "poster", "paper", "best", "main",
    "track", "demo", "award", "conference", "outstanding", "student", "presentation",
  ]

  static func isNoteWord(_ word: String) -> Bool {
    presentationWords.contains(word.lowercased())
  }

  /// The notes written in `text` as whole words, capitalised as written in the list above.
  ///
  /// - Complexity: O(n) in the length of `text`.
  static func find(in text: String) -> [String] {
    let words = text.split(whereSeparator: { !$0.isLetter })
    var found: [String] = []
    for (note, noteWords) in zip(notes, noteWordLists) where !found.contains(where: { $0.contains(note) }) {
      guard noteWords.count <= words.count else { continue }
      let present = (0...(words.count - noteWords.count)).contains { start in
        noteWords.indices.allSatisfy { words[start + $0] == noteWords[$0] }
      }
      if present { found.append(note) }
    }
    return found
  }
}
