// The messages of the Hugo reader.
extension Diagnostic.Message {
  package static let noFrontMatter = Self("no front matter between '---' lines (YAML) or '+++' lines (TOML)")

  /// A page its author hid by setting it all inside an HTML comment.
  package static let pageCommentedOut = Self("the whole page is inside an HTML comment '<!-- … -->'; not counted as a publication")

  package static func tooManyYAMLAliases(count: Int, limit: Int) -> Self {
    Self("front matter uses \(count) YAML aliases, more than the limit of \(limit); skipped")
  }

  package static let frontMatterNotMapping = Self("front matter is not a YAML mapping")

  package static func invalidFrontMatter(problem: String) -> Self {
    Self("front matter is not valid YAML (\(problem))")
  }

  package static func invalidTOMLFrontMatter(problem: String) -> Self {
    Self("front matter is not valid TOML (\(problem))")
  }

  package static func tomlTooDeep(limit: Int) -> Self {
    Self("front matter nests TOML tables deeper than \(limit) levels; skipped")
  }
}
