import Testing
@testable import Publications

/// From ansonshe.github.io (`_pages/about.md`): a co-author marked with TeX's "$^{\ast}$" was
/// dropped from one list and emptied another ("Run Wang$^{\ast}$, …": no authors read), and
/// hyecao's "T-NNLS, 2026" read as an unknown venue.
@Suite struct HomepageTeXMarkerTests {
  @Test func `a TeX star in braces marks the name it follows`() {
    let result = read(
      """
      # 📝 Publications

      - [Free Fine-tuning: A Plug-and-Play Watermarking Scheme for Deep Neural Networks](https://arxiv.org/abs/2210.07809)   
        Run Wang$^{\\ast}$, Jixing Ren, Boheng Li, **Tianyi She**, Wenhui Zhang, Liming Fang, Jing Chen, Lina Wang  
        *ACM Multimedia (MM), 2023*
      """)
    let authors = result.publications.first?.authors ?? []
    #expect(authors.map(\.name) == ["Run Wang", "Jixing Ren", "Boheng Li", "Tianyi She", "Wenhui Zhang", "Liming Fang", "Jing Chen", "Lina Wang"])
    #expect(authors.first?.markers == [.equalContribution])
    #expect(warnings(result).isEmpty)
  }

  @Test func `T-NNLS is the IEEE journal`() {
    #expect(VenueCatalog.standard.mentions(in: "T-NNLS, 2026").first?.venue.name == "TNNLS")
  }
}
