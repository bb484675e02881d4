import Foundation
import Testing
@testable import Publications

@Suite struct HugoReaderTests {
  static func page(_ yaml: String) -> ReaderInput {
    ReaderInput(name: "content/publication/p/index.md", text: "---\n\(yaml)\n---\nBody text.\n")
  }

  @Test func `front matter gives title authors year venue and owner`() throws {
    let reader = HugoReader(authorNames: ["admin": "Yiqiao Jin"])
    let result = reader.read([
      Self.page(
        """
        title: 'SciEvo: A Dataset for Scientometric Analysis'
        authors:
          - admin
          - Yijia Xiao
        author_notes:
          - 'Equal contribution'
        date: '2025-03-03T00:00:00Z'
        publication_types: ['paper-conference']
        publication: "Good Data AAAI 2025 Workshop"
        publication_short: "AAAI'25 DAI Workshop"
        abstract: We introduce SciEvo.
        url_code: https://github.com/x/y
        """)
    ])
    let publication = try #require(result.publications.first)
    #expect(publication.title == "SciEvo: A Dataset for Scientometric Analysis")
    #expect(publication.authors.map(\.name) == ["Yiqiao Jin", "Yijia Xiao"])
    #expect(publication.authors.map(\.isHighlighted) == [true, false])
    #expect(publication.authors.first?.markers == [.equalContribution])
    #expect(publication.year == 2025)
    // A workshop held at AAAI is the workshop, not AAAI (issue 24).
    #expect(publication.venue == Venue(name: "DAI", kind: .workshop))
    #expect(publication.links.code == "https://github.com/x/y")
    #expect(publication.source.line == 2)
  }

  /// Hugo Blox writes `publication_types` as a list; some pages give one value.
  @Test func `one publication type written without a list still gives the kind`() throws {
    let result = HugoReader().read([Self.page("title: A Study of Rivers\ndate: 2021-05-01\npublication_types: \"2\"\npublication: \"Rivers\"")])
    #expect(result.publications.first?.venue == Venue(name: "Rivers", kind: .journal))
  }

  @Test func `drafts and patents are not counted`() {
    let result = HugoReader().read([
      Self.page("title: A Draft\ndraft: true\ndate: 2020-01-01"),
      Self.page("title: A Patent\npublication_types: ['patent']\ndate: 2020-01-01"),
    ])
    #expect(result.publications.isEmpty)
    #expect(result.diagnostics.map(\.severity) == [.note, .note])
  }

  /// CeliaBenquet.github.io hides the template's example pages by setting each inside an HTML
  /// comment; each warned that it had no front matter.
  @Test func `a page set all inside an HTML comment is a note, not a broken page`() {
    let text = "<!-- ---\ntitle: 'An example conference paper'\nauthors:\n- admin\n---\n\nSupplementary notes. -->\n"
    let result = HugoReader().read([ReaderInput(name: "content/publication/conference-paper/index.md", text: text)])
    #expect(result.publications.isEmpty)
    #expect(result.diagnostics.map(\.description) == [
      "content/publication/conference-paper/index.md:1: note: the whole page is inside an HTML comment '<!-- … -->'; not counted as a publication"
    ])
  }

  /// BoChenUIUC/personal_page: an honour in brackets before the title.
  @Test func `an honour before the title is a note of the paper, not its title`() throws {
    let page = Self.page("title: '[Best Paper Award] SEAWARE: Semantic Aware View Prediction System for 360-degree Video Streaming'\ndate: 2021-12-01\npublication: IEEE International Symposium on Multimedia")
    let publication = try #require(HugoReader().read([page]).publications.first)
    #expect(publication.title == "SEAWARE: Semantic Aware View Prediction System for 360-degree Video Streaming")
    #expect(publication.notes == ["Best Paper Award"])
    // NB: a bracket that names no honour stays: "[Re] Reproducing …" is a title.
    let replication = Self.page("title: '[Re] Reproducing a Study of Things'\ndate: 2021-12-01")
    #expect(HugoReader().read([replication]).publications.first?.title == "[Re] Reproducing a Study of Things")
  }

  @Test func `cite bib fills an empty publication field`() throws {
    var page = Self.page("title: Bulk Viscosity and the Dynamo\nauthors: [admin]\ndate: '2024-01-01'\npublication: \"\"")
    page.companions["cite.bib"] = "@article{k, title = {Bulk}, journal = {\\mnras}, year = 2024}"
    let publication = try #require(HugoReader().read([page]).publications.first)
    #expect(publication.venue?.name == "MNRAS")
  }

  @Test func `yaml alias bombs are refused`() {
    var yaml = "title: Bomb\na: &a [x, x, x, x, x, x, x, x, x]\n"
    for i in 0..<70 { yaml += "b\(i): [*a, *a]\n" }
    let result = HugoReader().read([Self.page(yaml)])
    #expect(result.publications.isEmpty)
    #expect(result.diagnostics.first?.message.contains("YAML aliases") == true)
  }

  /// The line is the file's, not the front matter's, and Yams' "1:8: error: parser:" prefix and
  /// snippet are left out.
  @Test func `broken front matter is a warning naming the file and line`() {
    let text = "---\ntitle: T\nauthors: [admin\ndate: 2020: 01\n---\n"
    let result = HugoReader().read([ReaderInput(name: "x/index.md", text: text)])
    #expect(result.diagnostics.map(\.description) == [
      "x/index.md:4: warning: front matter is not valid YAML (did not find expected ',' or ']' (while parsing a flow sequence))"
    ])
    let misplaced = HugoReader().read([ReaderInput(name: "y/index.md", text: "---\ntitle: T\n  date: 2020\n---\n")])
    #expect(misplaced.diagnostics.map(\.description) == [
      "y/index.md:3: warning: front matter is not valid YAML (mapping values are not allowed in this context)"
    ])
  }

  @Test func `stray commas and others in an author list are no people`() throws {
    let reader = HugoReader(authorNames: ["admin": "Yiqiao Jin"])
    let result = reader.read([Self.page("title: T\ndate: 2024-01-01\nauthors:\n  - admin,\n  - Bob Smith\n  - \" others\"")])
    let publication = try #require(result.publications.first)
    #expect(publication.authors.map(\.name) == ["Yiqiao Jin", "Bob Smith"])
    #expect(publication.isAuthorListTruncated)
  }

  @Test func `names written family first with bare initials are put in natural order`() throws {
    // As a Frontiers export writes them on a Hugo site (publication_types 2, Frontiers in Plant Science).
    let reader = HugoReader(authorNames: ["admin": "Ross Chapagain"])
    let yaml = "title: T\ndate: 2023-07-30\nauthors:\n  - Remenyi TA\n  - admin\n  - Huth N\n  - Mohammed CL"
    let publication = try #require(reader.read([Self.page(yaml)]).publications.first)
    #expect(publication.authors.map(\.name) == ["T. A. Remenyi", "Ross Chapagain", "N. Huth", "C. L. Mohammed"])
  }

  @Test func `family names in capitals are not taken for initials`() throws {
    let yaml = "title: T\ndate: 2023-07-30\nauthors: [Wei LI, Yang LIU]"
    let publication = try #require(HugoReader().read([Self.page(yaml)]).publications.first)
    #expect(publication.authors.map(\.name) == ["Wei LI", "Yang LIU"])
  }

  @Test func `a list typed as a sentence loses its and`() throws {
    let yaml = "title: T\ndate: 2017-09-01\nauthors: [I. Abraham, A. Prabhakar, and T.D. Murphey]"
    let publication = try #require(HugoReader().read([Self.page(yaml)]).publications.first)
    #expect(publication.authors.map(\.name) == ["I. Abraham", "A. Prabhakar", "T.D. Murphey"])
  }

  @Test func `full-width brackets around a journal's acronym are no part of its name`() throws {
    let yaml = "title: T\ndate: 2024-05-01\npublication_types: [\"2\"]\npublication: \"IEEE Transactions on Parallel and Distributed Systems（TPDS）\""
    let publication = try #require(HugoReader().read([Self.page(yaml)]).publications.first)
    #expect(publication.venue == Venue(name: "IEEE Transactions on Parallel and Distributed Systems", kind: .journal))
  }

  @Test func `a page that names no venue anywhere says so`() {
    let yaml = "title: What constitutes understanding of ventral pathway function?\ndate: 2021-01-01\nauthors: [Charles Connor, Binxu Wang]"
    let result = HugoReader().read([Self.page(yaml)])
    #expect(result.diagnostics.map(\.description).contains { $0.contains("names no venue") })
  }
}
