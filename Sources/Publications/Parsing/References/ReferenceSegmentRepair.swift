/// Repairs of the tagger's segments that the words themselves settle, applied before the
/// fields are read. Each one fixes a boundary no style would write:
///
/// - a title does not end on "in", "of" or "the": the next word finishes it ("Lecture Notes in"
///   <journal>"Physics");
/// - a single genre word written straight after the title, with no punctuation between, is
///   the title's last word ("… Conceptual Design" <genre>"Report");
/// - a "title" ending in "et al." is the end of the author list ("Zhang" <title>"Yingxun etal").
enum ReferenceSegmentRepair {
  private static let titleEndings: Set<String> = ["in", "of", "for", "and", "the", "on", "with", "to", "a", "an"]
  private static let leadIns: Set<String> = ["appear", "published", "accepted", "presented", "submitted", "appeared"]

  static func repaired(_ segments: [ParsedReference.Segment]) -> [ParsedReference.Segment] {
    guard let index = segments.firstIndex(where: { $0.label == .title }) else { return segments }
    var segments = segments
    if index > 0, segments[index - 1].label == .author, endsWithEtAl(segments[index].text) {
      segments[index - 1].text += " " + segments[index].text
      segments.remove(at: index)
      return segments
    }
    guard index + 1 < segments.count, let last = segments[index].text.split(separator: " ").last else { return segments }
    let next = segments[index + 1]
    let endsOnLetter = segments[index].text.last.map { $0.isLetter || $0.isNumber } ?? false
    let words = segments[index].text.split(separator: " ")
    // "… accepted to appear in" <journal>"IEEE Transactions …": a lead-in to the venue, which
    // the tagger left in the title; the venue stays whole.
    let isLeadIn = words.count > 1 && leadIns.contains(words[words.count - 2].lowercased())
    let nextWord = next.text.split(separator: " ").first ?? ""
    let joinsName =
      titleEndings.contains(String(last)) && [.journal, .container].contains(next.label) && !isLeadIn
      && !nextWord.allSatisfy { $0.isUppercase || !$0.isLetter }
    // One genre word only: "Yellow Report" or "Technical Report" is a genre of its own.
    let joinsGenre = next.label == .genre && endsOnLetter && next.text.first?.isUppercase == true && !next.text.contains(" ")
    guard endsOnLetter, joinsName || joinsGenre, next.text.first?.isLetter == true else { return segments }
    // The next segment's first word moves into the title; an emptied segment goes.
    let moved = next.text.split(separator: " ", maxSplits: 1)
    segments[index].text += " " + moved[0]
    if moved.count > 1 {
      segments[index + 1].text = String(moved[1])
    } else {
      segments.remove(at: index + 1)
    }
    return segments
  }

  /// "Yingxun etal", "Zhang, B. et al.": an author list's end.
  private static func endsWithEtAl(_ text: String) -> Bool {
    let lower = text.lowercased().trimming(" .,;:")
    return lower.hasSuffix(" etal") || lower.hasSuffix(" et al")
  }
}
