@testable import Publications

/// Reads an inline page as `page.md`.
func read(_ markdown: String) -> ParseResult {
  HomepageReader().read(markdown, file: "page.md")
}

/// The warnings' texts as printed, `page.md:LINE: warning: …`.
func warnings(_ result: ParseResult) -> [String] {
  result.diagnostics.filter { $0.severity == .warning }.map(\.description)
}
