/// Repairs of the tagger's segments that the words themselves settle, applied before the
/// fields are read. Each one fixes a boundary no style would write:
///
/// - a title does not end on "in", "of" or "the": the next word finishes it ("Lecture Notes in"
///   <journal>"Physics");
/// - a single genre word written straight after the title, with no punctuation between, is
///   the title's last word ("… Conceptual Design" <genre>"Report");
/// - a "title" ending in "et al." is the end of the author list ("Zhang" <title>"Yingxun etal");
/// - a "venue" run on from the title's last word, with the real venue after it, ends the title;
/// - a conference, its year and "Workshop on X" tagged as three parts are one venue;
/// - a lead-in left at the title's end ("accepted for publication in the International") is no
///   part of the title, and the words after it begin the venue;
/// - one word after the last author of "A and B, Word …" is the title's first word ("X. Qi and
///   L. Wang, Parameter-Transfer" <title>"Learning for …");
/// - the words of a "venue" before its ", in" are the title's last ones ("… in Wireless"
///   <container>"Networks, in SpringerBriefs …");
/// - the title's ends that quotes, a year or a name cut in two settle
///   (`ReferenceSegmentRepair+Boundaries.swift`);
/// - and where the title stops, settled by what follows it: a description in parentheses, a
///   range of years, a translator, a listed journal (`ReferenceSegmentRepair+TitleTail.swift`).
enum ReferenceSegmentRepair {
  private static let titleEndings: Set<String> = ["in", "of", "for", "and", "the", "on", "with", "to", "a", "an"]
  private static let leadIns: Set<String> = ["appear", "published", "accepted", "presented", "submitted", "appeared"]
  /// The labels of the parts that name where a work appeared.
  static let venueLabels: [ReferenceLabel] = [.journal, .container]

  static func repaired(_ tagged: [ParsedReference.Segment]) -> [ParsedReference.Segment] {
    var segments = repairingTitleTail(repairingTitleEnds(joiningHostWorkshop(findingMissingTitle(tagged))))
    guard let index = segments.firstIndex(where: { $0.label == .title }) else { return segments }
    movingAuthorTail(in: &segments, title: index)
    movingVenueHead(in: &segments, title: index)
    if let split = venueLeadIn(in: segments, title: index) { return split }
    if let joined = titleWithItsTail(in: segments, title: index) { return joined }
    if index > 0, segments[index - 1].label == .author, endsWithEtAl(segments[index].text) {
      segments[index - 1].text += " " + segments[index].text
      segments.remove(at: index)
      return segments
    }
    guard index + 1 < segments.count, let last = segments[index].text.lastPiece(ascii: " ") else { return segments }
    let next = segments[index + 1]
    let endsOnLetter = segments[index].text.last.map { $0.isLetter || $0.isNumber } ?? false
    let words = segments[index].text.split(ascii: " ")
    // "… accepted to appear in" <journal>"IEEE Transactions …": a lead-in to the venue, which
    // the tagger left in the title; the venue stays whole.
    let isLeadIn = words.count > 1 && leadIns.contains(words[words.count - 2].lowercased())
    let nextWord = next.text.firstPiece(ascii: " ") ?? ""
    let joinsName =
      titleEndings.contains(String(last)) && [.journal, .container].contains(next.label) && !isLeadIn
      && !nextWord.allSatisfy { $0.isUppercase || !$0.isLetter }
    // One genre word only: "Yellow Report" or "Technical Report" is a genre of its own.
    let joinsGenre = next.label == .genre && endsOnLetter && next.text.first?.isUppercase == true && !next.text.contains(" ")
    guard endsOnLetter, joinsName || joinsGenre, next.text.first?.isLetter == true else { return segments }
    // The next segment's first word moves into the title; an emptied segment goes.
    let moved = next.text.split(ascii: " ", maxSplits: 1)
    segments[index].text += " " + moved[0]
    if moved.count > 1 {
      segments[index + 1].text = String(moved[1])
    } else {
      segments.remove(at: index + 1)
    }
    return segments
  }

  /// The words a lead-in announces the venue with: "accepted for publication in", "to appear in".
  private static let leadInWords: Set<String> = [
    "accepted", "for", "publication", "to", "appear", "published", "will", "be", "presented", "submitted",
  ]

  /// "… Review Tools, accepted for publication in the International" <journal>"Journal of X":
  /// the lead-in and the first words of the venue were left in the title. The lead-in goes, and
  /// the words after it ("International", without "the") start the venue.
  private static func venueLeadIn(in segments: [ParsedReference.Segment], title index: Int) -> [ParsedReference.Segment]? {
    guard index + 1 < segments.count, venueLabels.contains(segments[index + 1].label) else { return nil }
    let words = segments[index].text.split(ascii: " ")
    // "in" or "to" among the title's last five words, right after a lead-in word.
    guard let at = words.indices.reversed().prefix(5).first(where: { ["in", "to"].contains(words[$0].lowercased()) }),
      at > 1, leadInWords.contains(words[at - 1].lowercased().trimming(","))
    else { return nil }
    var start = at - 1
    while start > 1, leadInWords.contains(words[start - 1].lowercased().trimming(",")) { start -= 1 }
    // NB: one of the run's words must say publication; "for" or "to" alone is any title's word.
    guard words[start..<at].contains(where: { leadIns.contains($0.lowercased()) || $0.lowercased() == "publication" }) else {
      return nil
    }
    var moved = words[(at + 1)...]
    if moved.first?.lowercased() == "the" { moved = moved.dropFirst() }
    guard moved.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
    var segments = segments
    segments[index].text = words[..<start].joined(separator: " ")
    if !moved.isEmpty { segments[index + 1].text = moved.joined(separator: " ") + " " + segments[index + 1].text }
    return segments
  }

  /// <title>"… A Systematic" <journal>"Review and Meta-Analysis." <date>"2017" <container>"ACR/ARHP
  /// Annual Meeting.": a "venue" written straight on from the title's last word, with no
  /// punctuation between, and followed by the real venue, is the title's end.
  private static func titleWithItsTail(in segments: [ParsedReference.Segment], title index: Int) -> [ParsedReference.Segment]? {
    guard index + 1 < segments.count, venueLabels.contains(segments[index + 1].label),
      segments[index].text.last.map({ $0.isLetter }) == true,
      segments[index + 1].text.first.map({ $0.isUppercase }) == true,
      segments[(index + 2)...].contains(where: { venueLabels.contains($0.label) })
    else { return nil }
    var segments = segments
    segments[index].text += " " + segments[index + 1].text
    segments.remove(at: index + 1)
    return segments
  }

  /// <journal>"NeurIPS" <date>"2020" <container>"Workshop on X": a workshop named after its
  /// host conference and year is one venue, which the catalogue then reads as the workshop.
  private static func joiningHostWorkshop(_ segments: [ParsedReference.Segment]) -> [ParsedReference.Segment] {
    guard
      let host = segments.indices.dropLast(2).first(where: { index in
        venueLabels.contains(segments[index].label) && segments[index + 1].label == .date
          && venueLabels.contains(segments[index + 2].label)
          && segments[index + 2].text.lowercased().hasPrefix("workshop")
      })
    else { return segments }
    var segments = segments
    let joined = segments[host...(host + 2)].map(\.text).joined(separator: " ")
    segments.replaceSubrange(host...(host + 2), with: [ParsedReference.Segment(label: .container, text: joined)])
    return segments
  }

  /// "Yingxun etal", "Zhang, B. et al.": an author list's end.
  private static func endsWithEtAl(_ text: String) -> Bool {
    let lower = text.lowercased().trimming(" .,;:")
    return lower.hasSuffix(" etal") || lower.hasSuffix(" et al")
  }

  /// "X. Qi and L. Wang*, Parameter-Transfer" <title>"Learning for …": after the name that
  /// follows the list's last "and", one more word before the title is the title's first word.
  private static func movingAuthorTail(in segments: inout [ParsedReference.Segment], title index: Int) {
    guard index > 0, segments[index - 1].label == .author,
      let and = segments[index - 1].text.range(ofASCII: " and ", backwards: true)
    else { return }
    let afterAnd = segments[index - 1].text[and.upperBound...]
    guard let comma = afterAnd.firstIndex(of: ",") else { return }
    let tail = afterAnd[afterAnd.index(after: comma)...].trimmingSpaces()
    // NB: the name must be written "L. Wang", not "Vafa, C." (whose initials follow the comma),
    // and the word a whole word ("Parameter-Transfer", not an initial or "T-").
    let isWord = tail.split(ascii: "-").allSatisfy { $0.count >= 2 && $0.allSatisfy(\.isLetter) }
    guard afterAnd[..<comma].contains(" "), tail.filter(\.isLetter).count >= 4, isWord,
      tail.first?.isUppercase == true, segments[index].text.first?.isLetter == true
    else { return }
    segments[index - 1].text = String(segments[index - 1].text[..<afterAnd.index(after: comma)])
    segments[index].text = tail + " " + segments[index].text
  }

  /// "… Transmission in Wireless" <container>"Networks, in SpringerBriefs …": a venue whose first
  /// words end on ", in" before the real venue began with the title's last words.
  private static func movingVenueHead(in segments: inout [ParsedReference.Segment], title index: Int) {
    guard index + 1 < segments.count, venueLabels.contains(segments[index + 1].label),
      segments[index].text.last.map({ $0.isLetter || $0.isNumber }) == true,
      let lead = segments[index + 1].text.range(ofASCII: ", in ", ignoringCase: true)
    else { return }
    let head = segments[index + 1].text[..<lead.lowerBound]
    guard head.split(ascii: " ").count <= 3, head.first?.isLetter == true else { return }
    segments[index].text += " " + head
    segments[index + 1].text = String(segments[index + 1].text[segments[index + 1].text.index(after: lead.lowerBound)...])
      .trimmingSpaces()
  }
}
