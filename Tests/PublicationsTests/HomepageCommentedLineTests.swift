import Testing
@testable import Publications

/// A line commented out with `<!-- … -->` inside an entry is gone, not a blank line: kramdown
/// (Jekyll's Markdown, so every AcadHomepage page) reads a list item on past it, and so does
/// the person reading the page.
@Suite struct HomepageCommentedLineTests {
  /// GitZH-Chen.github.io (`_includes/pubs/Conferences/2023-AAAI-RieLocal.md`): the old shield
  /// badge kept as a comment under the new one; the item had been cut after the badge and the
  /// paper skipped as "no recognisable title".
  @Test func `a commented-out line inside a list item keeps the item whole`() {
    let result = read(
      """
      # Publications

      - <span class="conf-badge">AAAI 2023</span>
      <!-- - ![Conference](https://img.shields.io/badge/AAAI-2023-blue) -->
      [Riemannian Local Mechanism for SPD Neural Networks](https://doi.org/10.1609/aaai.v37i6.25867),
      **Ziheng Chen**, Tianyang Xu, Xiao-Jun Wu, Rui Wang, Zhiwu Huang, Josef Kittler.
      [[Code](https://github.com/GitZH-Chen/MSNet)]
      """)
    #expect(result.publications.map(\.title) == ["Riemannian Local Mechanism for SPD Neural Networks"])
    #expect(result.publications.first?.venue?.name == "AAAI")
    #expect(result.publications.first?.year == 2023)
    #expect(result.publications.first?.authors.count == 6)
    #expect(warnings(result).isEmpty)
  }

  /// A comment over several lines between two items hides an old paper; the items either side
  /// stay two papers, and the hidden one is not read.
  @Test func `a paper commented out between two items is not read and joins nothing`() {
    let result = read(
      """
      # Publications

      - `CVPR 2024` [A Paper We Kept](https://example.org/a), **Ann Lee**, Bob Smith
      <!--
      - `ICCV 2023` [A Paper We Withdrew](https://example.org/b), **Ann Lee**
      -->
      - `ECCV 2022` [Another Paper We Kept](https://example.org/c), **Ann Lee**, Carl Jones
      """)
    #expect(result.publications.map(\.title) == ["A Paper We Kept", "Another Paper We Kept"])
    #expect(result.publications.map { $0.authors.count } == [2, 2])
  }

  /// A blank line is still a blank line: a paragraph after it is no part of the item above.
  @Test func `a real blank line still ends the item`() {
    let result = read(
      """
      # Publications

      - <span class="conf-badge">AAAI 2023</span>

      [Riemannian Local Mechanism for SPD Neural Networks](https://doi.org/10.1609/aaai.v37i6.25867),
      **Ziheng Chen**, Tianyang Xu.
      """)
    #expect(!result.publications.contains { $0.venue?.name == "AAAI" })
  }
}
