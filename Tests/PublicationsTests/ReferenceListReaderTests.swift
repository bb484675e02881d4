import Testing
@testable import Publications

@Suite struct ReferenceListReaderTests {
  private func read(_ text: String, file: String = "refs.txt") -> ParseResult {
    ReferenceListReader().read(text, file: file)
  }

  /// A plain Markdown list whose items open with their title as a link is a homepage's list:
  /// the homepage reader reads it by its links, where the tagger read "A Study" as a name.
  @Test func `a markdown list of linked titles goes to the homepage reader and reads its names`() throws {
    let text = """
      # Publications

      - [Mobile Crowdsensing for Data Freshness: A Deep Reinforcement Learning Approach](https://ieeexplore.ieee.org/document/9488791/), Zipeng Dai, **Hao Wang**, Chi Harold Liu. INFOCOM 2021.
      - [A Title With Several Words](https://example.org/b), Ann Lee, Bob Smith, SIGCOMM 2022
      """
    #expect(ReaderRegistry.reader(for: text, path: "publications.md").format == HomepageReader.format)
    let publication = try #require(HomepageReader().read(text, file: "publications.md").publications.first)
    #expect(publication.title == "Mobile Crowdsensing for Data Freshness: A Deep Reinforcement Learning Approach")
    #expect(publication.authors.map(\.name) == ["Zipeng Dai", "Hao Wang", "Chi Harold Liu"])
    #expect(publication.venue == Venue(name: "INFOCOM", kind: .conference))
  }

  @Test func `one reference opening with its linked title keeps the title whole`() throws {
    let result = read(
      """
      1. Chen, S., & Sun, Y. (2022). Negotiating travel schedule and mode in mobility services. *INFORMS Annual Meeting*, Indianapolis, IN.
      2. Chen, S., Park, C., & Sun, Y. (2023). Flight-level checked baggage prediction for a major airline. *Transportation Research Record*.
      3. [Third Crowdsensing for Data Freshness](https://example.org/c), Zipeng Dai, **Hao Wang**, Chi Harold Liu. MobiCom 2021.
      """, file: "refs.md")
    #expect(result.publications.last?.title == "Third Crowdsensing for Data Freshness")
  }

  @Test func `a PDF button after the journal is no part of the reference`() {
    let result = read(
      """
      1. Chen, S., Park, C., Guo, Q., & Sun, Y. (2024). Advancing a major U.S. airline practice in flight-level checked baggage prediction. *Intelligent Transportation Infrastructure*. [PDF](https://x.org/b.pdf)
      2. Chen, S., & Sun, Y. (2022). Negotiating travel schedule and mode in mobility services for transportation-disadvantaged individuals. *INFORMS Annual Meeting*, Indianapolis, IN.
      """, file: "refs.md")
    #expect(result.publications.map { $0.venue?.name } == ["Intelligent Transportation Infrastructure", "INFORMS Annual Meeting"])
  }

  /// Physics and chemistry styles leave titles out; a careful reader still counts each paper.
  @Test func `a reference without a title is counted by its journal, volume and pages, with a note`() {
    let result = read(
      """
      1. C. Hartwigsen, S. Goedecker, and J. Hutter, Phys. Rev. B 58, 3641 (1998).
      2. W. Kohn, Phys. Rev. Lett. 76, 3168 (1996).
      """, file: "refs.md")
    #expect(result.publications.map(\.title) == ["Phys. Rev. B 58, 3641", "Phys. Rev. Lett. 76, 3168"])
    #expect(result.publications.map(\.year) == [1998, 1996])
    #expect(result.publications.allSatisfy { $0.isTitleCitation == true })
    #expect(result.publications.map { $0.venue?.name } == ["Physical Review B", "PRL"])
    #expect(result.publications.map { $0.authors.map(\.name) } == [["C. Hartwigsen", "S. Goedecker", "J. Hutter"], ["W. Kohn"]])
    #expect(result.diagnostics.map(\.description) == [
      "refs.md:1: note: \"Phys. Rev. B 58, 3641\" has no title; counted and listed by its journal, volume and pages",
      "refs.md:2: note: \"Phys. Rev. Lett. 76, 3168\" has no title; counted and listed by its journal, volume and pages",
    ])
  }

  @Test func `one reference a line, each with its line`() {
    let result = read(
      """
      A. Vaswani, N. Shazeer, and N. Parmar, "Attention is all you need," in Proc. NeurIPS, 2017, pp. 5998–6008.

      Wang L, Zhou Q, Xu M. Graph neural networks for traffic forecasting[J]. IEEE Transactions on Intelligent Transportation Systems, 2021, 14(3): 211-219.
      """)
    #expect(result.publications.map(\.title) == ["Attention is all you need", "Graph neural networks for traffic forecasting"])
    #expect(result.publications.map(\.source.line) == [1, 3])
    #expect(result.publications.map(\.year) == [2017, 2021])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func `a mathematician's list names the co-authors in a with clause, not in the title`() {
    let result = read(
      """
      ## Research papers

      - Homotopy units in A-infinity algebras. Trans. Amer. Math. Soc. 368 (2016), 2145–2184.
      - (with A. Tonks) Unital associahedra. Forum Math. 26 (2014), 593–620.
      - The derived Auslander–Iyama correspondence (joint with G. Jasso and B. Keller), with an appendix by B. Keller, J. Amer. Math. Soc., to appear, 2026.
      - Learning with noisy labels (with Ann Lee), NeurIPS 2020.
      """, file: "papers.md")
    #expect(result.publications.map(\.title) == [
      "Homotopy units in A-infinity algebras", "Unital associahedra", "The derived Auslander–Iyama correspondence",
      "Learning with noisy labels",
    ])
    #expect(result.publications.map { $0.authors.map(\.name) } == [[], ["A. Tonks"], ["G. Jasso", "B. Keller"], ["Ann Lee"]])
    #expect(result.publications.map { $0.venue?.name } == [
      "Transactions of the American Mathematical Society", "Forum Mathematicum", "Journal of the American Mathematical Society",
      "NeurIPS",
    ])
    #expect(result.publications.map(\.year) == [2016, 2014, 2026, 2020])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func `numbered items wrapped over lines stay whole`() {
    let result = read(
      """
      [1] He, K., Zhang, X., Ren, S., & Sun, J. (2016). Deep residual learning
          for image recognition. Journal of Machine Learning Research, 12(3), 1–10.
      [2] Li, Y., Chen, H.: Robust multi-view stereo with learned priors.
          Pattern Recognition 142, 109678 (2023)
      """)
    #expect(result.publications.map(\.title) == ["Deep residual learning for image recognition", "Robust multi-view stereo with learned priors"])
    #expect(result.publications.map(\.source.line) == [1, 3])
  }

  @Test func `paragraphs are references and headings name their section`() {
    let result = read(
      """
      ## Journal Articles

      Li, Y., Chen, H.: Robust multi-view stereo with
      learned priors. Pattern Recognition 142,
      109678 (2023)

      Zhou Q, Wang L. Sparse attention for remote
      sensing change detection. IEEE Transactions on
      Geoscience and Remote Sensing, 2023, 61: 1-12.
      """, file: "refs.md")
    #expect(result.publications.map(\.title) == [
      "Robust multi-view stereo with learned priors", "Sparse attention for remote sensing change detection",
    ])
    #expect(result.publications.map(\.section) == ["Journal Articles", "Journal Articles"])
    #expect(result.publications.map(\.source.line) == [3, 7])
  }

  @Test func `a year heading gives its year to a reference without one`() {
    let result = read(
      """
      2024
      - Doe, J., & Roe, R. Learning with few labels. Machine Learning, 113(2).
      - Roe, R., & Doe, J. Another paper on labels. Machine Learning, 113(4).
      """)
    #expect(result.publications.map(\.year) == [2024, 2024])
  }

  @Test func `bold names are marked for the owner`() {
    let result = read(
      """
      1. **Q. Zhou**, L. Wang. Sparse attention for change detection. IEEE Transactions on Geoscience and Remote Sensing, 2023.
      2. L. Wang, **Q. Zhou**. Dense attention for change detection. IEEE Transactions on Geoscience and Remote Sensing, 2024.
      """, file: "refs.md")
    #expect(result.publications.map { $0.authors.filter(\.isHighlighted).map(\.name) } == [["Q. Zhou"], ["Q. Zhou"]])
  }

  @Test func `a line that is no reference gets a warning with its line`() {
    let result = read(
      """
      Doe, J. (2020). A paper with a title. Journal of Things, 1(1), 1-2.
      see also, 2021
      """)
    #expect(result.publications.count == 1)
    #expect(result.diagnostics.map(\.description) == [
      "refs.txt:2: warning: no title found in \"see also, 2021\"; skipped (expected a formatted reference such as 'A. Author, \"Title,\" Venue, 2024.')"
    ])
  }

  @Test func `txt is a reference list; md only without homepage markup`() {
    let references = "Doe, J. (2020). A paper. Journal A, 1.\nRoe, R. (2021). Another paper. Journal B, 2.\n"
    #expect(ReaderRegistry.reader(for: references, path: "refs.txt").format == ReferenceListReader.format)
    #expect(ReaderRegistry.reader(for: references, path: "refs.md").format == ReferenceListReader.format)
    let homepage = "# Publications\n\n- `NeurIPS 2024` A paper, **Ann Owner**\n"
    #expect(ReaderRegistry.reader(for: homepage, path: "about.md").format == HomepageReader.format)
  }
}
