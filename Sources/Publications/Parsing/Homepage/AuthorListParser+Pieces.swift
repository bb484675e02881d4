/// The list cut into pieces, one name (or a note) each: at separators, at conjunctions, and
/// where a bold name ends without the comma that should follow it.
extension AuthorListParser {
  /// A stretch of the list between separators, read in place.
  struct Piece {
    var text: String
    /// Offset of the piece's first non-space character, from the start of the input.
    var start: Int
    var isEmphasised: Bool
    /// Offset just past the piece, from the start of the input.
    var end: Int
    /// The separator that ended the piece (`,` `;` …), nil for a conjunction or the end.
    var separator: Character?
    /// "Kurzynski, Maciej": a list of one person, written family name first; a name for sure.
    var isSoleInvertedName = false
    /// Whether the piece's first letter is emphasised ("**Shrabanti** et al. Title …").
    var opensEmphasised = false
  }

  /// Splits at `,` `;` `，` `、` and the words `and`, `&`, keeping each piece's emphasis.
  static func split(_ characters: ArraySlice<StyledCharacter>) -> [Piece] {
    var pieces: [Piece] = []
    let all = Array(characters)
    var offset = 0
    var pieceStart = 0
    // NB: a piece is the range `pieceStart..<end` of `all`, read in place rather than copied.
    func finish(upTo end: Int) {
      let piece = all[pieceStart..<end]
      guard let first = piece.firstIndex(where: { !$0.character.isWhitespace }),
        let last = piece.lastIndex(where: { !$0.character.isWhitespace })
      else { return }
      let trimmed = all[first...last]
      var letters = 0
      var emphasised = 0
      // NB: the name, not a note on it: "**Jie Zhang** [*the corresponding author*]".
      let note = trimmed.firstIndex { $0.character == "(" || $0.character == "[" } ?? trimmed.endIndex
      let name = trimmed[..<note].contains { $0.character.isLetter } ? trimmed[..<note] : trimmed
      for styled in name where styled.character.isLetter {
        letters += 1
        if !styled.style.intersection(.emphasis).isEmpty { emphasised += 1 }
      }
      let opening = trimmed.first { $0.character.isLetter }
      pieces.append(
        Piece(
          text: trimmed.textJoiningSourceLines, start: first, isEmphasised: letters > 0 && emphasised * 2 > letters, end: offset,
          separator: end < all.count && all[end].character != " " ? all[end].character : nil,
          opensEmphasised: opening.map { !$0.style.intersection(.emphasis).isEmpty } ?? false))
    }
    var i = 0
    while i < all.count {
      let c = all[i].character
      if c == "," || c == ";" || c == "，" || c == "、" || c == "\n" || c == "|" {
        offset = i + 1
        finish(upTo: i)
        pieceStart = i + 1
        i += 1
        continue
      }
      if c == " ", let skip = conjunctionLength(all, at: i) {
        offset = i
        finish(upTo: i)
        i += skip
        pieceStart = i
        continue
      }
      if c == " ", endsEmphasisedName(all, from: pieceStart, at: i) || endsPlainName(all, from: pieceStart, at: i) {
        offset = i
        finish(upTo: i)
        pieceStart = i + 1
      }
      i += 1
      offset = i
    }
    finish(upTo: all.count)
    return pieces
  }

  /// Whether the space at `i` ends a whole name set in bold and starts another in plain type,
  /// the comma between them left out: "<b>Raza Imam<sup>*</sup></b> Shahab Saquib Sohail".
  /// NB: two words or more in bold, so a family name alone in bold ("**Zhang** San") stays
  /// part of its name.
  private static func endsEmphasisedName(_ chars: [StyledCharacter], from start: Int, at i: Int) -> Bool {
    guard i > start, i + 1 < chars.count, chars[i + 1].character.isUppercase,
      chars[i + 1].style.intersection(.emphasis).isEmpty, !chars[i - 1].style.intersection(.emphasis).isEmpty,
      let first = chars[start..<i].firstIndex(where: { !$0.character.isWhitespace })
    else { return false }
    let name = chars[first..<i]
    return name.allSatisfy { $0.character == " " || !$0.style.intersection(.emphasis).isEmpty }
      && name.contains { $0.character == " " }
  }

  /// Whether the space at `i` ends a whole name in plain type and starts bold text, the comma
  /// left out: "Siqi Zheng, Zehan Wang **Under Review**" (exgc.github.io), where the venue in
  /// bold would otherwise take the last name with it. Two words or more in plain type, as above.
  private static func endsPlainName(_ chars: [StyledCharacter], from start: Int, at i: Int) -> Bool {
    guard i > start, i + 1 < chars.count, chars[i + 1].character.isUppercase || chars[i + 1].character.isNumber,
      !chars[i + 1].style.intersection(.emphasis).isEmpty, chars[i - 1].style.intersection(.emphasis).isEmpty,
      chars[i - 1].character.isLetter,
      let first = chars[start..<i].firstIndex(where: { !$0.character.isWhitespace })
    else { return false }
    let name = chars[first..<i]
    return name.allSatisfy { $0.style.intersection(.emphasis).isEmpty } && name.contains { $0.character == " " }
  }

  /// The length of ` and ` or ` & ` at `i`, including spaces.
  private static func conjunctionLength(_ chars: [StyledCharacter], at i: Int) -> Int? {
    for w in conjunctions {
      guard i + w.count <= chars.count else { continue }
      if zip(chars[i..<(i + w.count)], w).allSatisfy({ $0.character == $1 }) {
        // "et al." is truncation, not a conjunction.
        if w == conjunctions[3], i + 6 <= chars.count, chars[i + 4].character == "a", chars[i + 5].character == "l" {
          return nil
        }
        return w.count - 1
      }
    }
    return nil
  }

  /// Made once: `conjunctionLength` runs at every space of every candidate list.
  private static let conjunctions: [[Character]] = [" and ", " & ", " und ", " et "].map(Array.init)
}
