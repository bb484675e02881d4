import Foundation

/// Mathematicians list their papers without their own name, the co-authors in a clause:
/// "(with A. Tonks) Unital associahedra. Forum Math. 26 (2014)", "Unital associahedra (joint with
/// A. Tonks), …". The clause names the co-authors and is no part of the title; nor is "with an
/// appendix by B. Keller", which names no author of the paper.
struct CoauthorClause {
  /// The reference without the clauses.
  let text: String
  /// The co-authors the clause names, in its order.
  let names: [String]

  init(_ reference: String) {
    var characters = Array(reference)
    var names: [String] = []
    // NB: a reference has one clause; a few at most are read (each search starts again).
    for _ in 0..<3 {
      guard let clause = Self.find(in: characters) else { break }
      names += clause.names
      // NB: with the space before it: "Unital associahedra (with A. Tonks), Forum Math." keeps
      // its comma where the title ends.
      let start = clause.whole.lowerBound > 0 && characters[clause.whole.lowerBound - 1] == " "
        ? clause.whole.lowerBound - 1 : clause.whole.lowerBound
      characters.removeSubrange(start..<clause.whole.upperBound)
    }
    var text = String(characters)
    for marker in [", with an appendix by ", " (with an appendix by ", " with an appendix by "] {
      guard let start = text.range(of: marker) else { continue }
      // The appendix clause runs to the end of its parenthesis or sentence.
      let rest = text[start.upperBound...]
      // NB: "by B. Keller." ends after the family name, not at the initial's full stop.
      let end = marker.hasPrefix(" (")
        ? rest.firstIndex(of: ")").map(text.index(after:))
        : rest.indices.first { ".,".contains(rest[$0]) && $0 > rest.startIndex && rest[rest.index(before: $0)].isLowercase }
      text.replaceSubrange(start.lowerBound..<(end ?? text.endIndex), with: "")
    }
    self.text = text.collapsingWhitespace()
    self.names = names
  }

  /// Whether `text` may hold a clause: a cheap test before reading it.
  static func mayHold(_ text: String) -> Bool {
    text.contains("with ") || text.hasPrefix("With ") || text.contains("(With ") || text.contains("(Joint")
  }

  private static let openings: [[Character]] = ["(with ", "(joint with ", "(joint work with ", "(With ", "(Joint with "]
    .map(Array.init)

  /// The first clause that names co-authors: "(with …)", "(joint with …)", "With A. Tonks:"
  /// opening the entry, or ", with P. Humphries and S. Shekatkar." after the title; its whole
  /// range and its names.
  ///
  /// - Complexity: O(n): the search reaches at most 200 characters past each "(" or ", with".
  static func find<Characters: RandomAccessCollection<Character>>(in characters: Characters) -> (whole: Range<Int>, names: [String])?
  where Characters.Index == Int {
    // NB: most entries hold no parenthesis or comma and don't open with "With": one cheap pass first.
    guard characters.contains(where: { $0 == "(" || $0 == "," }) || characters.starts(with: "With ") else { return nil }
    if characters.starts(with: "With "), let colon = characters.prefix(80).firstIndex(of: ":") {
      let names = Self.names(in: String(characters[(characters.startIndex + 5)..<colon]))
      if !names.isEmpty { return (characters.startIndex..<(colon + 1), names) }
    }
    var index = characters.startIndex
    while let open = characters[index...].firstIndex(of: "(") {
      index = open + 1
      guard let opening = openings.first(where: { characters[open...].starts(with: $0) }) else { continue }
      // NB: a list of co-authors is short; reaching further for the ")" would make a damaged
      // line of many "(with " quadratic (a 100 kB one took a minute).
      let namesStart = open + opening.count
      guard let close = characters[namesStart..<min(characters.endIndex, namesStart + 200)].firstIndex(of: ")") else { continue }
      let names = Self.names(in: String(characters[namesStart..<close]))
      if !names.isEmpty { return (open..<(close + 1), names) }
    }
    return trailingClause(in: characters)
  }

  private static let trailingOpening = Array(", with ")

  /// ", with O.E. Gonzalez, C.H. Kwan, S.J. Miller, R. Van Peski. *J. Number Theory* …": the names
  /// run to the full stop after a family name (not an initial's); the full stop stays, ending
  /// the title.
  private static func trailingClause<Characters: RandomAccessCollection<Character>>(in characters: Characters) -> (
    whole: Range<Int>, names: [String]
  )? where Characters.Index == Int {
    var index = characters.startIndex
    while let comma = characters[index...].firstIndex(of: ",") {
      index = comma + 1
      guard characters[comma...].starts(with: trailingOpening) else { continue }
      let namesStart = comma + trailingOpening.count
      let reach = namesStart..<min(characters.endIndex, namesStart + 200)
      let end = reach.first { characters[$0] == "." && $0 > namesStart && characters[$0 - 1].isLowercase } ?? reach.upperBound
      guard end == characters.endIndex || characters[end] == "." else { continue }
      let names = Self.names(in: String(characters[namesStart..<end]))
      // NB: every piece must be a name: "…, with applications to graphs." is part of a title.
      if !names.isEmpty, names.count == Self.pieces(of: String(characters[namesStart..<end])).count {
        return (comma..<end, names)
      }
    }
    return nil
  }

  /// "A. Tonks", "G. Jasso and B. Keller", "A, B, and C": each a name of two to four words that
  /// starts with a capital; anything else ("with an appendix") is no name.
  private static func names(in list: String) -> [String] {
    pieces(of: list).filter { piece in
      let words = piece.split(separator: " ")
      return (1...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true || $0.count <= 3 }
        && piece.first?.isUppercase == true && words.count >= (piece.contains(".") ? 2 : 1) && piece.count >= 4
    }
  }

  /// The list cut at commas, "and" and "&", each piece trimmed.
  private static func pieces(of list: String) -> [String] {
    var pieces: [String] = []
    for part in list.split(separator: ",") {
      pieces += part.components(separatedBy: " and ").flatMap { $0.components(separatedBy: " & ") }
    }
    return pieces.map { $0.trimmed() }.filter { !$0.isEmpty }
  }
}
