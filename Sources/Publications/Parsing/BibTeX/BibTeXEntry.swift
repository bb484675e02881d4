/// An entry as written in a `.bib` file, before macros, `crossref` and LaTeX are resolved.
struct BibTeXEntry: Sendable {
  /// One piece of a field value; pieces are joined with `#`.
  enum Piece: Sendable, Hashable {
    /// Text from `{…}` or `"…"` (braces inside kept) or a bare number.
    case literal(String)
    /// A bare word: an `@string` macro or a month name.
    case macro(String)
  }

  /// The entry type, lowercased (`article`, `inproceedings`).
  var type: String
  var key: String
  /// Field names lowercased, in file order; a repeated field keeps its first value.
  var fields: [(name: String, pieces: [Piece])]
  var location: SourceLocation

  func pieces(_ name: String) -> [Piece]? {
    fields.first { $0.name == name }?.pieces
  }
}

/// What the parser found in one file.
struct BibTeXFile: Sendable {
  var entries: [BibTeXEntry] = []
  /// `@string` definitions in file order.
  var strings: [(name: String, pieces: [Piece])] = []
  var diagnostics: [Diagnostic] = []

  typealias Piece = BibTeXEntry.Piece
}
