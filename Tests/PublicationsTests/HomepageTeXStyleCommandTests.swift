import Testing
@testable import Publications

/// A reference pasted from a LaTeX CV into an academicpages page (22dylan.github.io,
/// `_pages/publications.md`): TeX's style commands are the Markdown they mean.
@Suite struct HomepageTeXStyleCommandTests {
  @Test func `a journal in textit is the venue, whole`() {
    let result = read(
      """
      Peer Review
      ===

      0. Sanderson, D., McAllister, T., and Helgeson, J. (2025). Simulating Future Household Adaptation to Sea Level Rise using Agent-Based Modeling and Reinforcement Learning. \\textit{International Journal of Disaster Risk Reduction}. [https://doi.org/10.1016/j.ijdrr.2025.105742](https://doi.org/10.1016/j.ijdrr.2025.105742).
      """)
    #expect(result.publications.first?.venue == Venue(name: "International Journal of Disaster Risk Reduction", kind: .journal))
    #expect(result.publications.first?.authors.count == 3)
    #expect(result.publications.first?.year == 2025)
  }

  @Test func `textbf marks the owner, and an unclosed command is left as written`() {
    let result = read(
      """
      # Publications

      - \\textbf{Ann Lee}, Bob Smith (2024). A Study of Things. \\textit{Journal of Things}.
      - Ann Lee, Bob Smith (2023). Another Study of \\emph{Things. \\textit{Journal of Stuff}.
      """)
    #expect(result.publications.first?.authors.first?.isHighlighted == true)
    #expect(result.publications.count == 2)
  }
}
