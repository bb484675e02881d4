/// Repairs of a reference the tagger gave no title, where the words still say which one it is:
///
/// - a dash run that repeats the previous reference's author ("———. Watt. Paris: Olympia Press,
///   1953.") is followed by the title, which the tagger read as part of the name;
/// - in a book's reference, the first part after the author and date is the title, whatever
///   label it got ("Brin, David." <publisher>"Earth." <location>"New York:").
extension ReferenceSegmentRepair {
  /// The two repairs, for a reference without a title segment.
  static func findingMissingTitle(_ segments: [ParsedReference.Segment]) -> [ParsedReference.Segment] {
    guard !segments.contains(where: { $0.label == .title }) else { return segments }
    var segments = segments
    if splittingRepeatedAuthor(&segments) { return segments }
    takingBookTitle(&segments)
    return segments
  }

  // MARK: - A repeated author

  /// <author>"———. O Primo Basílio." → <author>"———." <title>"O Primo Basílio.": Chicago and MLA
  /// write a run of dashes or underscores for "the same author as above".
  private static func splittingRepeatedAuthor(_ segments: inout [ParsedReference.Segment]) -> Bool {
    guard let index = segments.firstIndex(where: { $0.label == .author }) else { return false }
    let text = segments[index].text
    let dashes = text.prefix { "—–-_".contains($0) }
    guard dashes.count >= 2 else { return false }
    let rest = text[dashes.endIndex...].drop { " .,".contains($0) }
    guard rest.contains(where: \.isLetter), rest.first?.isUppercase == true || rest.first?.isNumber == true else {
      return false
    }
    segments[index].text = String(text[..<rest.startIndex]).trimmingSpaces()
    segments.insert(.init(label: .title, text: String(rest)), at: index + 1)
    return true
  }

  // MARK: - A book's title

  /// The labels a book's title gets when the tagger misses it: a known journal's or
  /// publisher's name ("Econometrics.", "Earth."), a genre ("Werke."), an editor's list.
  private static let titleStandIns: Set<ReferenceLabel> = [.journal, .container, .publisher, .genre, .editor]

  /// "Tintner, Gerhard." <journal>"Econometrics." <location>"New York:" <publisher>"John Wiley,":
  /// in a reference with an author and, later, a place or publisher, the first sentence of the
  /// part right after the author (and its date) is the title; the rest of that part stays what
  /// it was ("Philosophical Investigations. G.E.M. Anscombe (trans.)").
  private static func takingBookTitle(_ segments: inout [ParsedReference.Segment]) {
    guard let author = segments.firstIndex(where: { $0.label == .author }) else { return }
    var index = author + 1
    if index < segments.count, segments[index].label == .date { index += 1 }
    guard index < segments.count, titleStandIns.contains(segments[index].label),
      segments[(index + 1)...].contains(where: { $0.label == .location || $0.label == .publisher }),
      segments[index].text.first?.isUppercase == true
    else { return }
    let text = segments[index].text
    guard let period = firstSentenceEnd(in: text) else { return }
    let rest = text[text.index(after: period)...].trimmingSpaces()
    segments[index].text = rest
    if rest.isEmpty { segments.remove(at: index) }
    segments.insert(.init(label: .title, text: String(text[...period])), at: index)
  }

  /// The period that ends the text's first sentence — after a word of two letters or more, so
  /// that "G.E.M. Anscombe" is no sentence — or the text's end.
  private static func firstSentenceEnd(in text: String) -> String.Index? {
    var index = text.startIndex
    while let period = text[index...].firstIndex(of: ".") {
      let after = text.index(after: period)
      let word = text[..<period].lastPiece(ascii: " ") ?? ""
      if word.filter(\.isLetter).count >= 2, !word.contains("."), after == text.endIndex || text[after] == " " {
        return period
      }
      index = after
    }
    return text.last.map { _ in text.index(before: text.endIndex) }
  }
}
