import Analysis
import Foundation
import PubReportKit
import Publications
import Testing

/// What a careful reader expects of a large real list: 2,000 ACL Anthology records.
@Suite struct LargeListTests {
  static let acl = CorpusTests.fixtures.appendingPathComponent("bibtex-large/acl-anthology-sample-2000.bib").path
  static let corpus = Corpus.load(files: [acl])

  @Test func `names suggests only what a person would check`() {
    let candidates = LikelyDuplicates.find(in: Self.corpus.publications)
    print("names on the ACL sample: \(candidates.count) suggestions")
    #expect(candidates.count < 100)
    #expect(!candidates.contains { $0.reason == "same surname and initials" })
    #expect(candidates.contains { Set($0.names) == ["Hinrich Schütze", "Hinrich Schuetze"] })
    #expect(candidates.contains { Set($0.names) == ["Khalid Al Khatib", "Khalid Al-Khatib"] })
    #expect(!candidates.contains { $0.names.contains("Min Zhang") })
  }

  @Test func `no listings of different years or venues are merged`() {
    // Every record is one Anthology paper with its own id: nothing may merge.
    #expect(Self.corpus.mergedPairs.isEmpty)
    #expect(Self.corpus.publications.count == 2000)
  }

  /// The Anthology's venue of a record, from its URL: `2022.acl-long.5` is `acl`, `D16-1004` is
  /// `D` (EMNLP), a workshop volume `W16-10` is itself.
  static func anthologyVenue(_ url: String) -> String? {
    guard let id = url.split(separator: "/").last.map(String.init) else { return nil }
    if let dot = id.firstIndex(of: "."), id.prefix(4).allSatisfy(\.isNumber) {
      let volume = id[id.index(after: dot)...].split(separator: ".").first ?? ""
      let parts = volume.split(separator: "-")
      let tracks: Set<Substring> = ["long", "short", "demo", "demos", "srw", "main", "tutorials", "industry", "1", "2", "3"]
      return parts.filter { !tracks.contains($0) }.joined(separator: "-")
    }
    return id.hasPrefix("W") ? String(id.prefix(6)) : String(id.prefix(1))
  }

  @Test func `editions, tracks and years fold into the series`() {
    var names: [String: Set<String>] = [:]
    for publication in Self.corpus.publications {
      guard let url = publication.links.paper, let venue = Self.anthologyVenue(url) else { continue }
      names[venue, default: []].insert(publication.venue?.name ?? "none")
    }
    let perVenue = Double(names.values.map(\.count).reduce(0, +)) / Double(names.count)
    print("ACL sample: \(names.count) Anthology venues, \(String(format: "%.2f", perVenue)) names per venue")
    #expect(perVenue <= 1.5)
    #expect(names["acl"]?.contains("ACL") == true)
    #expect(names["findings-acl"] == ["ACL Findings"])
    #expect(names["findings-emnlp"] == ["EMNLP Findings"])
  }
}
