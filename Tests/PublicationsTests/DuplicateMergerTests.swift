import Publications
import Testing

@Suite struct DuplicateMergerTests {
  static func version(_ venue: String, _ kind: Venue.Kind, _ year: Int, _ authors: [String] = ["Ann Lee", "Bob Smith"], link: String? = nil)
    -> Publication
  {
    Publication(
      id: "\(venue)\(year)", title: "Beam Search for the Longest Common Subsequence Problem",
      authors: authors.map { Person(name: $0) }, venue: Venue(name: venue, kind: kind), year: year,
      links: .init(paper: link), source: SourceLocation(file: "\(venue).bib", line: 1))
  }

  @Test func `a preprint and its published version merge into the published one`() {
    let merged = DuplicateMerger.merge([Self.version("arXiv", .preprint, 2023), Self.version("NeurIPS", .conference, 2024)])
    #expect(merged.publications.map { $0.venue?.name } == ["NeurIPS"])
    #expect(merged.pairs.count == 1)
  }

  @Test func `same titles that are different works stay apart`() {
    let cases: [[Publication]] = [
      [Self.version("TPAMI", .journal, 2004), Self.version("TPAMI", .journal, 2015)],
      [Self.version("CVPR", .conference, 2020), Self.version("TPAMI", .journal, 2021)],
      [Self.version("CVPR", .conference, 2020), Self.version("CVPR", .conference, 2020, ["Zoe Wu"])],
      [
        Self.version("arXiv", .preprint, 2020, link: "https://arxiv.org/abs/2203.13952"),
        Self.version("arXiv", .preprint, 2020, link: "https://arxiv.org/pdf/2405.16626"),
      ],
    ]
    for publications in cases {
      #expect(DuplicateMerger.merge(publications).publications.count == 2)
    }
  }

  @Test func `a listing merges with the earlier listing of its title that is the same work`() {
    // Three kept papers share the title; the fourth listing is the preprint of the third.
    let merged = DuplicateMerger.merge([
      Self.version("TPAMI", .journal, 2004),
      Self.version("CVPR", .conference, 2015, ["Zoe Wu"]),
      Self.version("ICCV", .conference, 2021, ["Yan Li", "Ann Lee"]),
      Self.version("arXiv", .preprint, 2020, ["Yan Li"]),
    ])
    #expect(merged.publications.map { $0.venue?.name } == ["TPAMI", "CVPR", "ICCV"])
    #expect(merged.pairs.map(\.merged.file) == ["arXiv.bib"])
    #expect(merged.pairs.map(\.kept.file) == ["ICCV.bib"])
  }
}
