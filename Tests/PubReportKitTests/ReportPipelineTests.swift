import CairoRendering
import Figures
import Foundation
import Analysis
import PubReportKit
import Testing

@Suite(.serialized) struct ReportPipelineTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let fonts = root.appendingPathComponent("fonts").path

  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("pubreport-\(UUID())")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Runs the report on the committed sample, named as `make report` names it.
  static func runSample(into directory: String) throws -> ReportPipeline.Outcome {
    _ = FileManager.default.changeCurrentDirectoryPath(root.path)
    return try ReportPipeline.run(settings(["reports/sample-homepage.md"], out: directory))
  }

  /// The settings a user gets from these flags, resolved as the command resolves them (with
  /// the `pubreport.yml` beside the first input, if any).
  static func settings(
    _ files: [String], out: String, formats: [ChartFormat]? = nil, window: YearWindow? = nil
  ) throws -> Settings {
    var flags = CommandLineSettings(files: files)
    flags.outputDirectory = out
    flags.formats = formats
    flags.window = window
    flags.fontsDirectory = fonts
    return try Settings.resolve(flags)
  }

  static func files(in directory: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: directory.path)
    while let path = enumerator?.nextObject() as? String {
      let url = directory.appendingPathComponent(path)
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
        result[path] = try Data(contentsOf: url)
      }
    }
    return result
  }

  @Test func `the report writes markdown charts and data`() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let outcome = try Self.runSample(into: directory.path)
    #expect(
      Set(outcome.files) == [
        "charts/per-year.png", "charts/per-year.pdf", "charts/per-year.svg", "charts/venues.png", "charts/venues.pdf",
        "charts/venues.svg", "charts/cumulative.png", "charts/cumulative.pdf", "charts/cumulative.svg",
        "charts/coauthors.png", "charts/coauthors.pdf", "charts/coauthors.svg", "charts/topics-per-year.png",
        "charts/topics-per-year.pdf", "charts/topics-per-year.svg", "charts/topic-map.png", "charts/topic-map.pdf",
        "charts/topic-map.svg", "charts.pdf", "report.md", "data/publications.json", "data/stats.json",
        "data/topics.json", "data/publications.csv", "data/publications.bib", "data/collaborators.csv", "data/coa.csv",
      ])
    #expect(try Self.files(in: directory).keys.contains(".pubreport-output"))
  }

  @Test func `the committed example is what the code produces now`() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try Self.runSample(into: directory.path)
    let produced = try Self.files(in: directory)
    let committed = try Self.files(in: Self.root.appendingPathComponent("reports/example"))
    #expect(Set(produced.keys) == Set(committed.keys))
    for (path, data) in produced.sorted(by: { $0.key < $1.key }) {
      #expect(committed[path] == data, "reports/example/\(path) is stale: run `make report`")
    }
  }

  @Test func `two runs give byte-identical folders`() throws {
    let first = try Self.temporaryDirectory()
    let second = try Self.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(at: first)
      try? FileManager.default.removeItem(at: second)
    }
    _ = try Self.runSample(into: first.path)
    _ = try Self.runSample(into: second.path)
    #expect(try Self.files(in: first) == Self.files(in: second))
  }

  @Test func `a folder with someone else's files is refused and left alone`() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let mine = directory.appendingPathComponent("report.md")
    try Data("my notes".utf8).write(to: mine)
    #expect(throws: PubReportError.outputNotOurs(path: directory.path)) { try Self.runSample(into: directory.path) }
    #expect(try Data(contentsOf: mine) == Data("my notes".utf8))
  }

  @Test func `our own folder is replaced, other files kept and stale charts removed`() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try Self.runSample(into: directory.path)
    let keep = directory.appendingPathComponent("README-mine.txt")
    try Data("keep".utf8).write(to: keep)
    _ = FileManager.default.changeCurrentDirectoryPath(Self.root.path)
    _ = try ReportPipeline.run(Self.settings(["reports/sample-homepage.md"], out: directory.path, formats: [.pdf]))
    let files = try Self.files(in: directory)
    #expect(files["README-mine.txt"] == Data("keep".utf8))
    #expect(files["charts/per-year.pdf"] != nil)
    #expect(files["charts/per-year.png"] == nil)
    #expect(String(decoding: files["report.md"] ?? Data(), as: UTF8.self).contains("![Publications per year from 2019 to 2025, stacked by venue kind.](charts/per-year.pdf)"))
  }

  @Test func `the sample's charts have no overlapping or clipped text with the real fonts`() throws {
    _ = FileManager.default.changeCurrentDirectoryPath(Self.root.path)
    let corpus = Corpus.load(files: ["reports/sample-homepage.md"])
    let engine = try PangoTextEngine(fontsDirectory: Self.fonts)
    for width in [16.0, 8.0] {
      let options = PublicationCharts.Options(width: (width / 2.54 * 72).rounded())
      let charts = ReportCharts(corpus.analysis(), options: options)
      #expect(charts.topics.count == 2)
      for spec in charts.all {
        let scene = ChartLayout.layout(spec, measuring: engine)
        let canvas = Rect(x: 0, y: 0, width: scene.width, height: scene.height)
        let boxes = scene.items.compactMap { item -> (String, Rect)? in
          guard case .text(let text) = item else { return nil }
          return (text.string, text.bounds(measuring: engine))
        }
        for (text, box) in boxes { #expect(canvas.contains(box), "\(spec.name) at \(width) cm: '\(text)' clipped") }
        for i in boxes.indices {
          for j in boxes.indices where j > i {
            #expect(!boxes[i].1.intersects(boxes[j].1), "\(spec.name) at \(width) cm: '\(boxes[i].0)' overlaps '\(boxes[j].0)'")
          }
        }
      }
    }
  }

  @Test func `a yearly report compares with the year before, names new collaborators and marks the year`() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = FileManager.default.changeCurrentDirectoryPath(Self.root.path)
    _ = try ReportPipeline.run(
      Self.settings(
        ["reports/sample-homepage.md"], out: directory.path, formats: [.svg], window: YearWindow(since: 2024, until: 2024)))
    let report = try String(contentsOf: directory.appendingPathComponent("report.md"), encoding: .utf8)
    #expect(report.hasPrefix("# Research summary: Yi Ren and Xinyin Ma, 2024\n"))
    #expect(report.contains("7 publications in 2024 against 6 in 2023 (+17 %)."))
    // Topics are fitted on every year; the window names those it touches, by papers in it.
    #expect(report.contains("Topics active in 2024: diffusion models, inference, diffusion transformers (4); "))
    #expect(report.contains("| # | Topic | Publications | In 2024 | Years | Top venues |".replacingOccurrences(of: "#", with: "\\#")))
    #expect(report.contains("New collaborators: Bo Han, Hao Peng, Minjing Dong, Tianyun Zhong, Zhenxiong Tan and Zigeng Chen."))
    #expect(!report.contains("### 2023"))
    // NSF COA: co-authors active in the 48 months up to 2024 (2021–2024), by last name.
    let coa = try String(contentsOf: directory.appendingPathComponent("data/coa.csv"), encoding: .utf8)
    #expect(coa.hasPrefix("type,name,organizational_affiliation,optional_email_department,last_active\nA:,Nguyen Bach,,,2021\n"))
    #expect(!coa.contains("Di He"))
    let corpus = Corpus.load(files: ["reports/sample-homepage.md"])
    let spec = PublicationCharts.perYear(corpus.publications, options: .init(highlightedYears: 2024...2024))
    #expect(spec.categoryData?.highlightedCategories == ["2024"])
  }
}
