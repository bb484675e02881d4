import Foundation
import Testing
@testable import Publications

/// The venue-accuracy figure (issue 24): on real lists labelled by hand (`Fixtures/venue-labels`
/// and the four pages of `Fixtures/labels`), the share of entries whose venue is the one a
/// careful reader files them under.
@Suite struct VenueAccuracyTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures")

  struct Label: Decodable {
    struct Entry: Decodable {
      var line: Int
      var title: String
      var venue: String?
    }
    var entries: [Entry]
  }

  struct Score: CustomStringConvertible {
    var list: String
    var right: Int
    var total: Int
    var misses: [String]
    var description: String { "\(list): \(right)/\(total)" }
  }

  /// Reads `input` with the reader its name asks for and scores it against `label`.
  static func score(list: String, input: URL, label: URL) throws -> Score {
    let labels = try JSONDecoder().decode(Label.self, from: Data(contentsOf: label))
    let text = TextDecoder.decode([UInt8](try Data(contentsOf: input))).text
    let result = input.pathExtension == "bib"
      ? BibTeXReader().read(text, file: input.lastPathComponent)
      : HomepageReader().read(text, file: input.lastPathComponent)
    func key(_ title: String) -> String { String(title.lettersAndDigitsKey.prefix(40)) }
    // NB: by line and title: some lists hold several papers whose titles start alike.
    let byLine = Dictionary(result.publications.map { ("\($0.source.line) \(key($0.title))", $0) }, uniquingKeysWith: { a, _ in a })
    let byTitle = Dictionary(result.publications.map { (key($0.title), $0) }, uniquingKeysWith: { a, _ in a })
    var score = Score(list: list, right: 0, total: 0, misses: [])
    for entry in labels.entries {
      score.total += 1
      let read = (byLine["\(entry.line) \(key(entry.title))"] ?? byTitle[key(entry.title)])?.venue?.name
      if read.map(JournalList.key) == entry.venue.map(JournalList.key) {
        score.right += 1
      } else {
        score.misses.append("\(entry.title.prefix(40)): \(read ?? "none") ≠ \(entry.venue ?? "none")")
      }
    }
    return score
  }

  static func allScores() throws -> [Score] {
    let folder = fixtures.appendingPathComponent("venue-labels")
    let own = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
    var scores = try own.map { name in
      let list = String(name.dropLast(".json".count))
      // A page the fixtures hold already is read from there, not copied twice.
      let copied = folder.appendingPathComponent("inputs/\(list)")
      let input = FileManager.default.fileExists(atPath: copied.path) ? copied : fixtures.appendingPathComponent("homepage/\(list)")
      return try score(list: list, input: input, label: folder.appendingPathComponent(name))
    }
    let shared = try FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent("labels").path)
      .filter { $0.hasSuffix(".json") }.sorted()
    scores += try shared.map { name in
      let page = String(name.dropLast(".json".count))
      return try score(
        list: page, input: fixtures.appendingPathComponent("homepage/\(page)"),
        label: fixtures.appendingPathComponent("labels/\(name)"))
    }
    return scores
  }

  @Test func `venues on the labelled lists are the ones a careful reader gives`() throws {
    let scores = try Self.allScores()
    let right = scores.map(\.right).reduce(0, +)
    let total = scores.map(\.total).reduce(0, +)
    let figure = Double(right) / Double(total)
    print("venue accuracy: \(right)/\(total) = \(String(format: "%.1f", figure * 100)) % on \(scores.count) lists")
    for score in scores {
      print("  \(score)")
      for miss in score.misses { print("    \(miss)") }
    }
    #expect(scores.count >= 24)
    // The figure measured when the labels were made (December 2026); it may only go up.
    #expect(figure >= 0.96)
  }
}
