/// A kind of publication list, named by the reader that reads it (`BibTeXReader.format`).
///
/// A name, not a closed enum: a new reader declares its own format without touching a list.
public struct InputFormat: Sendable, Hashable, CustomStringConvertible {
  public var name: String

  public init(_ name: String) {
    self.name = name
  }

  public var description: String { name }

  /// How sure a reader is that a text is its kind; the most sure reader reads it.
  public enum Recognition: Int, Sendable, Comparable {
    /// Not this kind.
    case no
    /// This kind when no other reader knows the text (a homepage is Markdown: any text).
    case fallback
    /// The text looks like this kind (BibTeX entries at line starts).
    case likely
    /// The text can only be this kind (a JSON document).
    case certain

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
  }
}
