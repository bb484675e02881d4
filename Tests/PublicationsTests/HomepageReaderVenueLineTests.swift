import Testing
@testable import Publications

/// Entries written over three lines — the linked title, the names, then a line for the venue and
/// year — as on lijfrank.github.io's publication include.
@Suite struct HomepageReaderVenueLineTests {
  static let page = """
    # 📰 Publication

    Full publications including arXiv papers can be seen [here](https://scholar.google.com/citations?user=PFyvrvUAAAAJ)

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

  @Test func `the list's legend and a pointer to the whole list are no entry and no warning`() {
    let result = read(Self.page)
    #expect(result.publications.count == 2)
    #expect(result.diagnostics.filter { $0.severity == .warning }.isEmpty)
  }
}

/// Paper-boxes whose bold title is followed by names and a venue set as links, as on
/// Zhaoyang-Chu.github.io: neither the owner's linked name nor the linked venue is the title.
@Suite struct HomepageReaderLinkedNameTests {
  static let page = """
    # Publications

    <div class='paper-box'><div class='paper-box-image'><div><div class="badge">ACL 2026 Findings</div></div></div>
    <div class='paper-box-text' markdown="1">

    **Bridging Code Graphs and Large Language Models for Better Code Understanding**.<br>
    [**Zhaoyang Chu**](), Zeqi Chen, Yi Gui, Chuan Shi†.<br>
    [**ACL 2026 Findings**](https://2026.aclweb.org/). *The 64th Annual Meeting of the Association for Computational Linguistics*.<br>

    </div>
    </div>

    <div class='paper-box'><div class='paper-box-image'><div><div class="badge">TSE</div></div></div>
    <div class='paper-box-text' markdown="1">

    **Can Large Language Models Serve as Evaluators for Code Summarization?** <br>
    Yang Wu, Yao Wan†, [**Zhaoyang Chu**](https://zhaoyang-chu.github.io/), Philip S. Yu.<br>
    [**IEEE Transactions on Software Engineering (TSE)**](https://ieeexplore.ieee.org/), 2025.<br>

    </div>
    </div>
    """

  @Test func `a linked name or a linked venue is not the title`() {
    let result = read(Self.page)
    #expect(result.publications.map(\.title) == [
      "Bridging Code Graphs and Large Language Models for Better Code Understanding",
      "Can Large Language Models Serve as Evaluators for Code Summarization?",
    ])
    #expect(result.publications.map { $0.authors.count } == [4, 4])
  }

  @Test func `a short linked title that opens its entry is still the title`() {
    let result = read("# Publications\n\n- [Neural Teleportation](https://arxiv.org/abs/2012.01118), **Marco Armenta**, Thierry Judge, Nathan Painchaud. Mathematics, 2023.\n")
    #expect(result.publications.first?.title == "Neural Teleportation")
  }
}
