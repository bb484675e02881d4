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

  /// Hugo Blox since 2024 (CNardin.github.io, aelphy.github.io): the pages in
  /// `content/publications/`, the people in `data/authors/<slug>.yaml` (author schema v1), the
  /// owner the one marked `is_owner: true`, listed by slug on some pages and by name on others.
  @Test func `a Hugo Blox 2024 site with data author profiles`() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("pubreport-hugo-\(UUID())")
    defer { try? FileManager.default.removeItem(at: root) }
    let pages = [
      ("preprint", "title: \"Bay-Fi preprint / working paper\"\nauthors:\n- chiara-nardin\ndate: \"2025-10-07T00:00:00Z\"\npublication_types: [\"news\"]\npublication: \"EVACES25: Bay-Fi presentation\""),
      ("2025-RESS-state-dependent", "title: \"UQ state-dependent framework for seismic fragility assessment of industrial components\"\nauthors: [\"Chiara Nardin\", \"Stefano Marelli\", \"Bruno Sudret\"]\ndate: \"2025-01-01T00:00:00Z\"\npublication_types: [\"article-journal\"]\npublication: \"*Reliability Engineering & System Safety*\""),
    ]
    for (folder, yaml) in pages {
      let url = root.appendingPathComponent("content/publications/\(folder)")
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
      try Data("---\n\(yaml)\n---\n".utf8).write(to: url.appendingPathComponent("index.md"))
    }
    let data = root.appendingPathComponent("data/authors")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    try Data("schema: hugoblox/author/v1\nslug: chiara-nardin\nis_owner: true\nname:\n  display: Dr. Chiara Nardin\n  given: Chiara\n  family: Nardin\n".utf8)
      .write(to: data.appendingPathComponent("chiara-nardin.yaml"))
    try Data("schema: hugoblox/author/v1\nslug: bruno-sudret\nis_owner: false\nname:\n  display: Bruno Sudret\n".utf8)
      .write(to: data.appendingPathComponent("bruno-sudret.yaml"))
    let inputs = try #require(HugoReader.inputs(inFolder: root.path) { path in
      ReaderInput(name: path, text: try String(contentsOfFile: path, encoding: .utf8))
    })
    let result = HugoReader().read(inputs)
    #expect(result.publications.map { $0.authors.map(\.name) } == [
      ["Chiara Nardin", "Stefano Marelli", "Bruno Sudret"], ["Chiara Nardin"],
    ])
    #expect(result.publications.allSatisfy { $0.authors.first?.isHighlighted == true })
  }
}
