import Testing
@testable import Publications

/// What the academicpages template leaves in `_publications/` when a site is made from it: four
/// example pages ("Paper Title Number 1" to 4) and, on pages whose title was written, the
/// example's citation ("Your Name, You.") and venue ("Journal 1").
@Suite struct AcademicPagesTemplateTests {
  /// A page as the template writes it, with `title` and `venue` of one's own.
  static func page(_ name: String, title: String, venue: String) -> ReaderInput {
    ReaderInput(
      name: "_publications/\(name).md",
      text: """
        ---
        title: "\(title)"
        collection: publications
        permalink: /publication/abcd
        excerpt: 'This paper is about the number 1. The number 2 is left for future work.'
        date: 2019-10-01
        venue: '\(venue)'
        paperurl: 'http://academicpages.github.io/files/paper1.pdf'
        citation: 'Your Name, You. (2009). &quot;Paper Title Number 1.&quot; <i>Journal 1</i>. 1(1).'
        ---
        This paper is about the number 1. The number 2 is left for future work.
        """)
  }

  /// akuzina.github.io: the first example page given a real title, the other two left as shipped.
  @Test func `the template's example pages are notes and its placeholders name no one`() {
    let result = HugoReader().read([
      Self.page(
        "2009-10-01-paper-title-number-1",
        title: "Prognostic model of long-term functional recovery of patients undergoing ischemic stroke", venue: "Journal 1"),
      Self.page("2010-10-01-paper-title-number-2", title: "Paper Title Number 2", venue: "Journal 1"),
      Self.page("2015-10-01-paper-title-number-3", title: "Paper Title Number 3", venue: "Journal 1"),
      // NB: the number deleted, the rest left (ANIRBAN-MITRA-95.github.io).
      Self.page("2015-10-01-paper-title-number-4", title: "Paper Title Number ", venue: "Journal 1"),
      // NB: the fifth, added to the template in 2025 (AAichberger.github.io keeps it).
      Self.page("2025-06-08-paper-title-number-5", title: "Paper Title Number 5, with math $$E=mc^2$$", venue: "GitHub Journal of Bugs"),
    ])
    #expect(result.publications.map(\.title) == [
      "Prognostic model of long-term functional recovery of patients undergoing ischemic stroke"
    ])
    // "You Your Name" is no co-author, and "Journal 1" no journal.
    #expect(result.publications[0].authors.isEmpty)
    #expect(result.publications[0].venue == nil)
    #expect(result.publications[0].year == 2019)
    #expect(result.diagnostics.map(\.description) == [
      "_publications/2009-10-01-paper-title-number-1.md:2: warning: entry \"Prognostic model of long-term functional recovery of patients undergoing ischemic stroke\" names no authors that could be read",
      "_publications/2009-10-01-paper-title-number-1.md:2: warning: entry \"Prognostic model of long-term functional recovery of patients undergoing ischemic stroke\" names no venue",
      "_publications/2010-10-01-paper-title-number-2.md:2: note: \"Paper Title Number 2\" is the site template's example page; not counted as a publication",
      "_publications/2015-10-01-paper-title-number-3.md:2: note: \"Paper Title Number 3\" is the site template's example page; not counted as a publication",
      "_publications/2015-10-01-paper-title-number-4.md:2: note: \"Paper Title Number\" is the site template's example page; not counted as a publication",
      "_publications/2025-06-08-paper-title-number-5.md:2: note: \"Paper Title Number 5, with math $$E=mc^2$$\" is the site template's example page; not counted as a publication",
    ])
  }

  /// aarondavidschneider.github.io cites each paper the way astronomers do in running text.
  @Test func `a citation of family names and a year gives each person`() throws {
    let page = ReaderInput(
      name: "_publications/2021-08-chemcompI.md",
      text: """
        ---
        title: "How drifting and evaporating pebbles shape giant planets I: Heavy element content and atmospheric C/O"
        collection: publications
        date: 2021-08-29
        venue: 'Astronomy & Astrophysics'
        citation: Schneider & Bitsch (2021)
        ---
        """)
    let publication = try #require(HugoReader().read([page]).publications.first)
    #expect(publication.authors.map(\.name) == ["Schneider", "Bitsch"])
    #expect(publication.year == 2021)
    #expect(publication.venue?.kind == .journal)
  }
}
