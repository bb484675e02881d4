import Foundation
import Testing
@testable import Publications

/// Where a Hugo site keeps its publication pages.
@Suite struct HugoSiteLayoutTests {
  /// A multilingual site (05solar.github.io-beta) keeps one `content/<language>/publication`
  /// per language, the same papers translated: the English one is read, once.
  @Test func `a multilingual site is read in one language`() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("pubreport-hugo-\(UUID())")
    defer { try? FileManager.default.removeItem(at: root) }
    for (language, title) in [("en", "Wideband Terahertz Beam Training"), ("ko", "광대역 테라헤르츠 빔 훈련")] {
      let folder = root.appendingPathComponent("content/\(language)/publication/thz")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data("---\ntitle: \"\(title)\"\nauthors: [Ann Lee, Bob Smith]\ndate: 2024-01-01\n---\n".utf8)
        .write(to: folder.appendingPathComponent("index.md"))
    }
    let inputs = try #require(HugoReader.inputs(inFolder: root.path) { path in
      ReaderInput(name: path, text: try String(contentsOfFile: path, encoding: .utf8))
    })
    let result = HugoReader().read(inputs)
    #expect(result.publications.map(\.title) == ["Wideband Terahertz Beam Training"])
  }
}
