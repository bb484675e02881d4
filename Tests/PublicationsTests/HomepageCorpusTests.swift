import Foundation
import Testing
@testable import Publications

/// The real pages in `Tests/Fixtures/homepage` (copied from shared/corpus), read end to end.
@Suite struct HomepageCorpusTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures")

  static func readFixture(_ name: String) throws -> ParseResult {
    let url = fixtures.appendingPathComponent("homepage/\(name)")
    let decoded = TextDecoder.decode([UInt8](try Data(contentsOf: url)))
    return HomepageReader().read(decoded.text, file: name)
  }

  struct PageCount: Sendable, CustomTestStringConvertible {
    var page: String
    var count: Int
    var testDescription: String { "\(page): \(count)" }
  }

  /// The counts a careful reader gets (read by hand; the four labelled pages agree with labels/).
  static let counts: [PageCount] = [
    PageCount(page: "sample-homepage.md", count: 35),
    PageCount(page: "55199789-LeqianZHENG.github.io.md", count: 8),
    PageCount(page: "Algolzw-Algolzw.github.io.md", count: 14),
    PageCount(page: "BIT-DYN-BIT-DYN.github.io.md", count: 11),
    PageCount(page: "Chokurei-Chokurei.github.io.md", count: 30),
    PageCount(page: "DevilYangS-DevilYangS.github.io.md", count: 21),
    PageCount(page: "GaoYucen-GaoYucen.github.io.md", count: 28),
    PageCount(page: "JackYFL-jackyfl.github.io-pub.md", count: 16),
    PageCount(page: "horseee-horseee.github.io.md", count: 23),
    PageCount(page: "sen-mao-sen-mao.github.io.md", count: 6),
    PageCount(page: "yerfor-yerfor.github.io-zh-pub.md", count: 10),
    PageCount(page: "yukang2017-yukang2017.github.io.md", count: 6),
  ]

  @Test(arguments: counts)
  func `every real page gives the count a reader counts`(_ c: PageCount) throws {
    let result = try Self.readFixture(c.page)
    #expect(result.publications.count == c.count)
    #expect(result.publications.allSatisfy { !$0.title.isEmpty && $0.title.count < 300 })
  }

  @Test(arguments: counts)
  func `every entry of a real page names its authors`(_ c: PageCount) throws {
    // NB: yukang2017's paper-boxes put links, a folded abstract and a star badge between the
    // title and the names; the names were once lost there, and the co-author graph with them.
    let result = try Self.readFixture(c.page)
    #expect(!result.diagnostics.contains { $0.description.contains("names no authors") })
  }

  /// The hand labels: every counted entry's title, venue and year.
  struct Label: Decodable {
    struct Entry: Decodable {
      var line: Int
      var title: String
      var venue: String
      /// A year, or nil where the label says "unknown".
      var year: Int?

      enum CodingKeys: CodingKey { case line, title, venue, year }

      init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        line = try container.decode(Int.self, forKey: .line)
        title = try container.decode(String.self, forKey: .title)
        venue = try container.decode(String.self, forKey: .venue)
        year = try? container.decode(Int.self, forKey: .year)
      }
    }

    var total_publications: Int
    var entries: [Entry]
  }

  @Test(arguments: [
    "Algolzw-Algolzw.github.io.md", "BIT-DYN-BIT-DYN.github.io.md", "Chokurei-Chokurei.github.io.md",
    "DevilYangS-DevilYangS.github.io.md",
  ])
  func `labelled pages match the hand labels entry by entry`(_ page: String) throws {
    let url = Self.fixtures.appendingPathComponent("labels/\(page).json")
    let label = try JSONDecoder().decode(Label.self, from: Data(contentsOf: url))
    let result = try Self.readFixture(page)
    #expect(result.publications.count == label.total_publications)
    func key(_ title: String) -> String { String(title.lowercased().filter { $0.isLetter || $0.isNumber }.prefix(40)) }
    let byTitle = Dictionary(result.publications.map { (key($0.title), $0) }, uniquingKeysWith: { a, _ in a })
    for entry in label.entries {
      let publication = try #require(byTitle[key(entry.title)], "missing: \(entry.title)")
      #expect(publication.venue?.name == entry.venue, "\(entry.title)")
      #expect(publication.year == entry.year, "\(entry.title)")
    }
  }

  @Test func `the sample page gives both owners' papers, the stale badges and the missing year`() throws {
    let result = try Self.readFixture("sample-homepage.md")
    let warnings = result.diagnostics.filter { $0.severity == .warning }.map(\.location.line)
    #expect(warnings == [23, 35, 47, 252])
    let years = Dictionary(grouping: result.publications, by: \.year).mapValues(\.count)
    #expect(years == [2025: 4, 2024: 7, 2023: 6, 2022: 5, 2021: 5, 2020: 6, 2019: 1, nil: 1])
  }

  @Test func `duplicates on a page are counted once`() throws {
    let result = try Self.readFixture("sen-mao-sen-mao.github.io.md")
    let notes = result.diagnostics.filter { $0.severity == .note && $0.message.contains("counted once") }
    // Five of the six paper-boxes are listed again below; the sixth repeat is commented out.
    #expect(notes.count == 5)
  }
}
