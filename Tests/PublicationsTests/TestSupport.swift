import Foundation
@testable import Publications

/// Reads an inline page as `page.md`.
func read(_ markdown: String) -> ParseResult {
  HomepageReader().read(markdown, file: "page.md")
}

/// The warnings' texts as printed, `page.md:LINE: warning: …`.
func warnings(_ result: ParseResult) -> [String] {
  result.diagnostics.filter { $0.severity == .warning }.map(\.description)
}

/// The service exports in `Tests/Fixtures/exports` (ORCID, DBLP, OpenAlex, RIS).
let exportFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Fixtures/exports")

/// The text of one export fixture.
func exportText(_ name: String) throws -> String {
  try String(contentsOf: exportFixtures.appendingPathComponent(name), encoding: .utf8)
}
