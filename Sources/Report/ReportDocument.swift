/// A report as values: blocks of inline text, tables and figures. `MarkdownWriter` prints it;
/// everything that came from an input is plain text here and is escaped there.
package struct ReportDocument: Sendable, Hashable {
  package var blocks: [Block]

  package init(blocks: [Block] = []) {
    self.blocks = blocks
  }

  package enum Block: Sendable, Hashable {
    case heading(level: Int, [Inline])
    case paragraph([Inline])
    /// A GitHub-flavoured table; `alignRight` marks numeric columns.
    case table(header: [String], rows: [[[Inline]]], alignRight: [Bool])
    case bulletList([[Inline]])
    /// An image with its alt text, relative path, and links to the same figure in other formats.
    case figure(alt: String, path: String, alternatives: [FigureLink])
  }

  /// A link to a figure in another format ("PDF" → `charts/per-year.pdf`).
  package struct FigureLink: Sendable, Hashable {
    package var label: String
    package var path: String

    package init(label: String, path: String) {
      self.label = label
      self.path = path
    }
  }

  package enum Inline: Sendable, Hashable {
    case text(String)
    case strong([Inline])
    case emphasis([Inline])
    /// A link; only `http`, `https` and relative paths survive writing.
    case link([Inline], url: String)
  }
}
