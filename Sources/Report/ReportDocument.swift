/// A report as values: blocks of inline text, tables and figures. `MarkdownWriter` prints it;
/// everything that came from an input is plain text here and is escaped there.
public struct ReportDocument: Sendable, Hashable {
  public var blocks: [Block]

  public init(blocks: [Block] = []) {
    self.blocks = blocks
  }

  public enum Block: Sendable, Hashable {
    case heading(level: Int, [Inline])
    case paragraph([Inline])
    /// A GitHub-flavoured table; `alignRight` marks numeric columns.
    case table(header: [String], rows: [[[Inline]]], alignRight: [Bool])
    case bulletList([[Inline]])
    /// An image with its alt text, relative path, and links to the same figure in other formats.
    case figure(alt: String, path: String, alternatives: [FigureLink])
  }

  /// A link to a figure in another format ("PDF" → `charts/per-year.pdf`).
  public struct FigureLink: Sendable, Hashable {
    public var label: String
    public var path: String

    public init(label: String, path: String) {
      self.label = label
      self.path = path
    }
  }

  public enum Inline: Sendable, Hashable {
    case text(String)
    case strong([Inline])
    case emphasis([Inline])
    /// A link; only `http`, `https` and relative paths survive writing.
    case link([Inline], url: String)
  }
}
