import Foundation
import PubReportKit
import Testing

/// The report as other tools see it: qpdf, pdffonts, xmllint, cmark-gfm and pandoc (Debian
/// packages `make test` installs).
@Suite(.serialized) struct ReportToolsTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let example = root.appendingPathComponent("reports/example")

  /// Runs `tool` and returns its status and output (standard output and error together).
  ///
  /// NB: the output goes to a file, not a pipe: swift-corelibs-foundation's
  /// `readDataToEndOfFile` traps on EINTR, which a busy test machine delivers.
  static func run(_ tool: String, _ arguments: [String], in directory: URL? = nil) throws -> (Int32, String) {
    let log = FileManager.default.temporaryDirectory.appendingPathComponent("pubreport-tool-\(UUID().uuidString).log")
    FileManager.default.createFile(atPath: log.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: log) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool] + arguments
    if let directory { process.currentDirectoryURL = directory }
    let output = try FileHandle(forWritingTo: log)
    process.standardOutput = output
    process.standardError = output
    try process.run()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: try Data(contentsOf: log), as: UTF8.self))
  }

  static func has(_ tool: String) -> Bool {
    (try? run("sh", ["-c", "command -v \(tool)"]).0) == 0
  }

  static let charts = ["per-year", "venues", "cumulative", "coauthors"]

  @Test(.enabled(if: has("qpdf") && has("pdffonts")))
  func `every pdf passes qpdf and embeds every font`() throws {
    for pdf in Self.charts.map({ Self.example.appendingPathComponent("charts/\($0).pdf").path })
      + [Self.example.appendingPathComponent("charts.pdf").path]
    {
      #expect(try Self.run("qpdf", ["--check", pdf]).0 == 0)
      let fonts = try Self.run("pdffonts", [pdf]).1.split(separator: "\n").dropFirst(2)
      #expect(!fonts.isEmpty)
      for line in fonts {
        let columns = line.split(separator: " ")
        #expect(columns.count >= 5 && columns[columns.count - 5] == "yes", "not embedded: \(line)")
      }
    }
  }

  @Test(.enabled(if: has("xmllint")))
  func `every svg is well formed`() throws {
    for chart in Self.charts {
      #expect(try Self.run("xmllint", ["--noout", Self.example.appendingPathComponent("charts/\(chart).svg").path]).0 == 0)
    }
  }

  @Test(.enabled(if: has("cmark-gfm")))
  func `cmark-gfm renders the report with every image found and no html from inputs`() throws {
    let (status, html) = try Self.run("cmark-gfm", ["-e", "table", "report.md"], in: Self.example)
    #expect(status == 0)
    let images = html.components(separatedBy: "<img src=\"").dropFirst().compactMap { $0.split(separator: "\"").first }
    #expect(images.count == 6)  // four charts, and the two of the Topics section
    for image in images {
      #expect(FileManager.default.fileExists(atPath: Self.example.appendingPathComponent(String(image)).path))
    }
    #expect(html.contains("<table>"))
    #expect(!html.contains("<script"))
  }

  @Test(.enabled(if: has("pandoc")))
  func `pandoc renders the report to docx with the images`() throws {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("pubreport-\(UUID()).docx")
    defer { try? FileManager.default.removeItem(at: output) }
    let (status, messages) = try Self.run("pandoc", ["report.md", "-o", output.path], in: Self.example)
    #expect(status == 0)
    #expect(!messages.contains("Could not fetch resource"))
    let size = (try? FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int) ?? 0
    #expect(size > 50_000)
  }

  @Test(.enabled(if: has("cmark-gfm") && has("pandoc")))
  func `html and javascript in an input stay text in the rendered report`() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pubreport-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let page = directory.appendingPathComponent("page.md")
    try Data(
      """
      # Publications
      - `CVPR 2024` [A &lt;script&gt;alert(1)&lt;/script&gt; title | with a pipe](javascript:alert(1)), **Ann &lt;b&gt;Lee&lt;/b&gt;**, Bob Smith
      - `ICLR 2023` [Second &lt;img src=x onerror=alert(1)&gt; paper title](https://x.org), **Ann Lee**, Bob Smith
      """.utf8
    ).write(to: page)
    let out = directory.appendingPathComponent("out")
    _ = try ReportPipeline.run(ReportPipelineTests.settings([page.path], out: out.path, formats: [.svg]))
    let (_, html) = try Self.run("cmark-gfm", ["-e", "table", "report.md"], in: out)
    let (_, pandocHTML) = try Self.run("pandoc", ["-f", "gfm", "-t", "html", "report.md"], in: out)
    for rendered in [html, pandocHTML] {
      #expect(!rendered.contains("<script"))
      #expect(!rendered.contains("<img src=\"x\""))
      #expect(!rendered.contains("<img src=x"))
      #expect(!rendered.contains("href=\"javascript:"))
      #expect(!rendered.contains("<b>Lee"))
      #expect(rendered.contains("&lt;script&gt;"))
    }
  }

  @Test func `the chart pack has a summary page and every chart`() throws {
    guard Self.has("pdfinfo") else { return }
    let info = try Self.run("pdfinfo", [Self.example.appendingPathComponent("charts.pdf").path]).1
    #expect(info.contains("Pages:           7"))  // the summary page and six charts
  }

  @Test func `the clean bibtex reads back with the same papers`() throws {
    let bib = Self.example.appendingPathComponent("data/publications.bib").path
    let corpus = Corpus.load(files: [bib])
    #expect(corpus.publications.count == 35)
    #expect(corpus.diagnostics.filter { $0.severity == .warning }.isEmpty)
  }
}
