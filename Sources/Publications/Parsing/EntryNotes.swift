/// Presentation notes: Oral, Spotlight, Short, Best Paper …
enum EntryNotes {
  private static let noteWordLists = Vocabulary.presentationNotes.map { $0.split(separator: " ") }

  static func isNoteWord(_ word: String) -> Bool {
    Vocabulary.presentationWords.contains(word.lowercased())
  }

  /// The notes written in `text` as whole words, capitalised as `Vocabulary.presentationNotes` writes them.
  ///
  /// - Complexity: O(n) in the length of `text`.
  static func find(in text: String) -> [String] {
    let words = text.split(whereSeparator: { !$0.isLetter })
    var found: [String] = []
    for (note, noteWords) in zip(Vocabulary.presentationNotes, noteWordLists) where !found.contains(where: { $0.contains(note) }) {
      guard noteWords.count <= words.count else { continue }
      let present = (0...(words.count - noteWords.count)).contains { start in
        noteWords.indices.allSatisfy { words[start + $0] == noteWords[$0] }
      }
      if present { found.append(note) }
    }
    return found
  }
}
