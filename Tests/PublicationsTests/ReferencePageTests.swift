import Foundation
import Testing
@testable import Publications

/// Real publication pages (and a LaTeX CV) written as formatted references (issue 23), labelled by hand in
/// `Fixtures/reference-pages`: the year and venue a careful reader gives each entry, and the
/// number of entries. Sources (repository, path, commit) are in each label file.
@Suite struct ReferencePageTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/reference-pages")

  struct Label: Decodable {
    struct Entry: Decodable {
      var line: Int
      var year: Int?
      var venue: String?
    }
    var input: String
    var entries: [Entry]
  }

  static let labels: [String] = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?
    .filter { $0.hasSuffix(".json") }.sorted() ?? []

  /// Reads a labelled page with the reader pubreport picks for it; the entries whose year and
  /// venue are right, and the count read.
  static func score(_ labelFile: String) throws -> (right: Int, labelled: Int, read: Int, misses: [String]) {
    let label = try JSONDecoder().decode(Label.self, from: Data(contentsOf: folder.appendingPathComponent(labelFile)))
    let text = try String(contentsOf: folder.appendingPathComponent("inputs/\(label.input)"), encoding: .utf8)
    let result = ReaderRegistry.reader(for: text, path: label.input).init(context: .standard).read(text, file: label.input)
    let byLine = Dictionary(result.publications.map { ($0.source.line, $0) }, uniquingKeysWith: { first, _ in first })
    var right = 0
    var misses: [String] = []
    for entry in label.entries {
      let found = byLine[entry.line]
      if found?.year == entry.year && found?.venue?.name == entry.venue {
        right += 1
      } else {
        misses.append("\(label.input):\(entry.line): \(found?.year.map(String.init) ?? "-") \(found?.venue?.name ?? "-") ≠ \(entry.year.map(String.init) ?? "-") \(entry.venue ?? "-")")
      }
    }
    // NB: theses are read (a note says they are not counted) but are no entries of the labels.
    return (right, label.entries.count, result.publications.count { $0.venue?.kind != .thesis }, misses)
  }

  @Test(arguments: labels) func `every entry is read once`(_ labelFile: String) throws {
    let score = try Self.score(labelFile)
    #expect(score.read == score.labelled)
  }

  @Test func `year and venue are right for the entries of every labelled page`() throws {
    var right = 0
    var total = 0
    var misses: [String] = []
    for labelFile in Self.labels {
      let score = try Self.score(labelFile)
      print("\(labelFile): year and venue right for \(score.right)/\(score.labelled)")
      right += score.right
      total += score.labelled
      misses += score.misses
    }
    print("reference pages: \(right)/\(total)\n" + misses.joined(separator: "\n"))
    #expect(Self.labels.count == 13)
    // Measured 189/198 (twelve pages and one LaTeX CV): the misses are venues the source
    // misspells ("IEEE Internets of Things Journal", twice; "ACR/ARHR"), an entry
    // without a title, an ICC workshop read as ICC,
    // two Chinese or French venues written out in full, a joint workshop keeping its glued year
    // ("LEGAL2026"), and in the CV a book chapter read as NeurIPS.
    #expect(right >= 189, "\(misses.joined(separator: "\n"))")
  }
}
