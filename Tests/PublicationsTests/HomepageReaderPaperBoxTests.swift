import Testing
@testable import Publications

/// Paper-boxes that hold their paper as a Markdown list item, and the same paper in a full list
/// below, as on exgc.github.io (`_pages/includes/pub.md`).
@Suite struct HomepageReaderPaperBoxTests {
  static let page = """
    # 📝 Publications

    <div class='paper-box'><div class='paper-box-image'><div><div class="badge">ICLR 2025</div><img src='omnisep.png' alt="sym" width="100%"></div></div>
    <div class='paper-box-text' markdown="1">

    - [OmniSep: Unified Omni-Modality Sound Separation with Query-Mixup](https://arxiv.org/pdf/2410.21269) **Xize Cheng**, Siqi Zheng, Zehan Wang **Under Review**

    </div>
    </div>

    # Full Publication List

    - ``ICLR2025`` [OmniSep: Unified Omni-Modality Sound Separation with Query-Mixup](https://arxiv.org/pdf/2410.21269) **Xize Cheng**, Siqi Zheng, Zehan Wang
    - ``ACL2023`` [OpenSR: Open-Modality Speech Recognition via Maintaining Multi-Modality Alignment](https://arxiv.org/abs/2306.06410) **Xize Cheng**, Tao Jin, Linjun Li
    """

  @Test func `a list item that is a paper box's only text is its paper`() {
    let result = read(Self.page)
    #expect(result.publications.map(\.title) == [
      "OmniSep: Unified Omni-Modality Sound Separation with Query-Mixup",
      "OpenSR: Open-Modality Speech Recognition via Maintaining Multi-Modality Alignment",
    ])
    #expect(!warnings(result).contains { $0.contains("no recognisable title") })
  }

  @Test func `a venue of the full list beats the box's under review`() throws {
    let result = read(Self.page)
    let omniSep = try #require(result.publications.first)
    #expect(omniSep.venue == Venue(name: "ICLR", kind: .conference))
    #expect(omniSep.year == 2025)
    #expect(omniSep.authors.map(\.name) == ["Xize Cheng", "Siqi Zheng", "Zehan Wang"])
    #expect(omniSep.source.line == 6)
  }
}

/// A `<details>` block folds away what describes a paper, or a whole list of papers.
@Suite struct HomepageReaderFoldedListTests {
  /// From a researcher's page (Andree-9.github.io, `_pages/includes/others.md`).
  @Test func `a list folded in a details block is still read`() {
    let result = read(
      """
      ## Full Publication List

      <details markdown="1">
      <summary>Click to expand</summary>

      * **DICE: Dynamic In-Context Example Selection in LLM Agents via Efficient Knowledge Transfer** <br>
        Ruoyu Wang, Junda Wu, **Yu Xia**, Tong Yu. <br>
        <span style="background-color: #fff4eb;">KDD 2026</span>

      * **In-context Ranking Preference Optimization** <br>
        Junda Wu, Rohan Surana, **Yu Xia**, Tong Yu. <br>
        <span style="background-color: #fff4eb;">COLM 2025</span>

      </details>
      """)
    #expect(result.publications.map(\.title) == [
      "DICE: Dynamic In-Context Example Selection in LLM Agents via Efficient Knowledge Transfer",
      "In-context Ranking Preference Optimization",
    ])
    #expect(result.publications.map { $0.venue?.name } == ["KDD", "COLM"])
  }
}

