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

  @Test func `a paper under review and its published listing merge into the published one`() {
    let merged = DuplicateMerger.merge([Self.version("Under Review", .underReview, 2025), Self.version("ICLR", .conference, 2025)])
    #expect(merged.publications.map { $0.venue?.name } == ["ICLR"])
    #expect(merged.publications.map(\.source.file) == ["Under Review.bib"])
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

  static func listing(
    _ title: String, _ venue: String?, _ year: Int?, _ authors: [String] = ["Steven Bird", "Edward Loper"], doi: String? = nil
  ) -> Publication {
    Publication(
      id: "\(venue ?? "none")\(year ?? 0)", title: title, authors: authors.map { Person(name: $0) },
      venue: venue.map { Venue(name: $0, kind: .conference) }, year: year,
      links: .init(paper: doi.map { "https://doi.org/" + $0 }), source: SourceLocation(file: "list.bib", line: year ?? 0))
  }

  struct MergeCase: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var listings: [Publication]
    var papers: Int
  }

  static let mergeCases: [MergeCase] = [
    .init(
      testDescription: "two published versions in different years stay two",
      listings: [listing("NLTK: The Natural Language Toolkit", "ACL", 2002), listing("NLTK: The Natural Language Toolkit", "ACL", 2004)],
      papers: 2),
    .init(
      testDescription: "same title, authors, year and venue are one paper",
      listings: [listing("NLTK: The Natural Language Toolkit", "ACL", 2004), listing("NLTK: the natural language toolkit", "ACL", 2004)],
      papers: 1),
    .init(
      testDescription: "a listing without a venue does not contradict one with it",
      listings: [listing("NLTK: The Natural Language Toolkit", nil, 2004), listing("NLTK: The Natural Language Toolkit", "ACL", 2004)],
      papers: 1),
    .init(
      testDescription: "a shared DOI is one paper even across years",
      listings: [
        listing("NLTK: The Natural Language Toolkit", "ACL", 2003, doi: "10.3115/1118108"),
        listing("NLTK: The Natural Language Toolkit", "ACL", 2004, doi: "10.3115/1118108"),
      ],
      papers: 1),
    .init(
      testDescription: "generic titles by different people stay apart",
      listings: [listing("Discussion", "CL", 1990, ["Ann Lee"]), listing("Discussion", "CL", 1990, ["Bob Smith"])], papers: 2),
    .init(
      testDescription: "notices without authors stay apart",
      listings: [listing("Announcements", "CL", 1987, []), listing("Announcements", "CL", 1987, [])], papers: 2),
    .init(
      testDescription: "a generic title merges when everything agrees",
      listings: [listing("Preface", "LREC", 2020, ["Ann Lee"]), listing("Preface", "LREC", 2020, ["Ann Lee"])], papers: 1),
    .init(
      testDescription: "a generic title with a year missing stays apart",
      listings: [listing("Preface", "LREC", 2020, ["Ann Lee"]), listing("Preface", "LREC", nil, ["Ann Lee"])], papers: 2),
    .init(
      testDescription: "a journal prints a preprint four years later: one paper",
      listings: [version("arXiv", .preprint, 2022), version("Journal of the American Mathematical Society", .journal, 2026)],
      papers: 1),
    .init(
      testDescription: "six years after a preprint, a paper of the same title is another",
      listings: [version("arXiv", .preprint, 2015), version("Selecta Mathematica", .journal, 2021)], papers: 2),
    .init(
      testDescription: "an index's misspelt first author: half the names still agree",
      listings: [
        listing("Smash products for secondary homotopy groups", "ACS", 2008, ["Hans-Joachim Baues", "Fernando Muro"]),
        listing("Smash products for secondary homotopy groups", "ACS", 2008, ["Hans Joachim Bauer", "Fernando Muro"]),
      ],
      papers: 1),
    .init(
      testDescription: "four years after a preprint, the same title by other people is another paper",
      listings: [
        version("arXiv", .preprint, 2021, ["Wojciech Kelly", "Emily Ali"]),
        version("TPAMI", .journal, 2025, ["Hélène Jackson", "François Kelly"]),
      ],
      papers: 2),
    .init(
      testDescription: "one shared co-author of two is not the same authors",
      listings: [
        listing("Scalable Posterior under Boosting", "ICML", 2016, ["Nikos Hoffmann", "Rahul Clark"]),
        listing("Scalable Posterior under Boosting", "ICML", 2016, ["Hui Nieminen", "İlker Clark"]),
      ],
      papers: 2),
    .init(
      testDescription: "one shared name of three is not the same authors",
      listings: [
        listing("Beam Search", "ACL", 2008, ["Ann Lee", "Bob Smith", "Cy Young"]),
        listing("Beam Search", "ACL", 2008, ["Dan Brown", "Eve Stone", "Cy Young"]),
      ],
      papers: 2),
    .init(
      testDescription: "A-infinity written out, in TeX and in Unicode is one title",
      listings: [
        listing("Enhanced A_∞-obstruction theory", "JHRS", 2019, ["Fernando Muro"]),
        listing("Enhanced A-infinity obstruction theory", "JHRS", 2019, ["Fernando Muro"]),
        listing("Enhanced $A_{\\infty}$-obstruction theory", "JHRS", 2019, ["Fernando Muro"]),
      ],
      papers: 1),
    .init(
      testDescription: "a chapter filed under its book series and under its volume is one chapter",
      listings: [
        listing("On K_1 of a Waldhausen category", "K-theory and noncommutative geometry", 2008, ["Fernando Muro", "Andrew Tonks"]),
        listing("On K_1 of a Waldhausen category", "EMS Series of Congress Reports", 2008, ["Fernando Muro", "Andrew Tonks"]),
      ],
      papers: 1),
    .init(
      testDescription: "a subscript digit is the digit",
      listings: [
        listing("Maltsiniotis's first conjecture for K₁", "IMRN", 2008, ["Fernando Muro"]),
        listing("Maltsiniotis's first conjecture for K_1", "IMRN", 2008, ["Fernando Muro"]),
      ],
      papers: 1),
  ]

  /// A title many different papers share (a workshop's proceedings in every year, each by its
  /// own editor): each repeat still finds its own paper, and only it, however many share the
  /// title, even when it misspells the one name they share.
  @Test func `a title shared by many papers keeps them apart and merges each repeat into its own`() {
    func volume(_ number: Int, first: String, line: Int) -> Publication {
      Publication(
        id: "w\(line)", title: "Proceedings of the Workshop on Beam Search",
        authors: [Person(name: first)], venue: Venue(name: "ACL", kind: .conference),
        year: 1990 + number, source: SourceLocation(file: "anthology.bib", line: line))
    }
    let volumes = (1...40).map { volume($0, first: "Ann Family\($0)x", line: $0) }
    // Volume 25 again, its first editor's name misspelt by one letter, and volume 31 again.
    let repeats = [volume(25, first: "Ann Family25y", line: 41), volume(31, first: "Ann Family31x", line: 42)]
    let merged = DuplicateMerger.merge(volumes + repeats)
    #expect(merged.publications.count == 40)
    #expect(merged.pairs.map(\.kept.line) == [25, 31])
    #expect(merged.pairs.map(\.merged.line) == [41, 42])
  }

  @Test func `merged versions keep the larger citation count`() {
    var repository = Self.version("Repository", .preprint, 2015)
    repository.citations = Citations(total: 17, byYear: [])
    var journal = Self.version("Journal of Topology", .journal, 2015)
    journal.citations = Citations(total: 11, byYear: [])
    for listings in [[repository, journal], [journal, repository]] {
      #expect(DuplicateMerger.merge(listings).publications.map { $0.citations?.total } == [17])
    }
  }

  @Test(arguments: mergeCases)
  func `listings merge only as a careful reader would`(_ c: MergeCase) {
    #expect(DuplicateMerger.merge(c.listings).publications.count == c.papers)
  }
}
