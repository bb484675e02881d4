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
    case figure(alt: String, path: String, alternatives: [(label: String, path: String)])

    public static func == (lhs: Block, rhs: Block) -> Bool { lhs.hashValue == rhs.hashValue }

    public func hash(into hasher: inout Hasher) {
      switch self {
      case .heading(let level, let inlines): hasher.combine(0); hasher.combine(level); hasher.combine(inlines)
      case .paragraph(let inlines): hasher.combine(1); hasher.combine(inlines)
      case .table(let header, let rows, let align): hasher.combine(2); hasher.combine(header); hasher.combine(rows); hasher.combine(align)
      case .bulletList(let items): hasher.combine(3); hasher.combine(items)
      case .figure(let alt, let path, let alternatives):
        hasher.combine(4); hasher.combine(alt); hasher.combine(path)
        for alternative in alternatives { hasher.combine(alternative.label); hasher.combine(alternative.path) }
      }
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
