import Testing
@testable import Publications

/// Entries written over three lines — the linked title, the names, then a line for the venue and
/// year — as on lijfrank.github.io's publication include.
@Suite struct HomepageReaderVenueLineTests {
  static let page = """
    # 📰 Publication

    † : Equal Contribution

    ## Journal Paper
    - <a href="https://doi.org/10.1016/j.neucom.2023.126427">GraphMFT: A graph network based multimodal fusion technique for emotion recognition in conversation</a>  
    **Jiang Li**, Xiaoping Wang, Guoqing Lv, Zhigang Zeng  
    Neurocomputing, 2023  

    ## Other Paper
    - <a href="">Hypergraph missing modality learning for conversational affect detection</a>  
    **Jiang Li**, Siyuan Zhang  
    In Preparation, 2025
    """

  @Test func `a line of one journal name and the year names the venue`() {
    let result = read(Self.page)
    #expect(result.publications.first?.venue == Venue(name: "Neurocomputing", kind: .journal))
    #expect(result.publications.first?.authors.map(\.name) == ["Jiang Li", "Xiaoping Wang", "Guoqing Lv", "Zhigang Zeng"])
  }

  @Test func `a paper in preparation is not yet published`() {
    let result = read(Self.page)
    #expect(result.publications.last?.venue?.kind == .underReview)
    #expect(result.publications.last?.year == 2025)
  }

  @Test func `the list's legend is no entry and no warning`() {
    let result = read(Self.page)
    #expect(result.publications.count == 2)
    #expect(result.diagnostics.filter { $0.severity == .warning }.isEmpty)
  }
}
