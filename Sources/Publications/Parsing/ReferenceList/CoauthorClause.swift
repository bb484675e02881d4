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
    var text = reference
    var names: [String] = []
    while let clause = Self.clause(in: text) {
      names += Self.names(in: String(text[clause.names]))
      // NB: with the space before it: "Unital associahedra (with A. Tonks), Forum Math." keeps
      // its comma where the title ends.
      let start = clause.whole.lowerBound > text.startIndex && text[text.index(before: clause.whole.lowerBound)] == " "
        ? text.index(before: clause.whole.lowerBound) : clause.whole.lowerBound
      text.replaceSubrange(start..<clause.whole.upperBound, with: "")
    }
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

  /// How a co-author clause opens.
  static let openings = ["(with ", "(joint with ", "(joint work with ", "(With ", "(Joint with "]

  /// The first "(with …)" or "(joint with …)" group: its whole range and the names' range.
  private static func clause(in text: String) -> (whole: Range<String.Index>, names: Range<String.Index>)? {
    for opening in openings {
      guard let start = text.range(of: opening), let close = text[start.upperBound...].firstIndex(of: ")") else { continue }
      let names = start.upperBound..<close
      guard !text[names].hasPrefix("an appendix") else { continue }
      return (start.lowerBound..<text.index(after: close), names)
    }
    return nil
  }

  /// "A. Tonks", "G. Jasso and B. Keller", "A, B, and C": each a name of two to four words that
  /// starts with a capital; anything else ("with an appendix") is no name.
  static func names(in list: String) -> [String] {
    var pieces: [String] = []
    for part in list.split(separator: ",") {
      pieces += part.components(separatedBy: " and ").flatMap { $0.components(separatedBy: " & ") }
    }
    return pieces.map { $0.trimmed() }.filter { piece in
      let words = piece.split(separator: " ")
      return (1...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true || $0.count <= 3 }
        && piece.first?.isUppercase == true && words.count >= (piece.contains(".") ? 2 : 1) && piece.count >= 4
    }
  }
}
