import Testing
@testable import Publications

/// Paper-boxes and list items from boyuning.github.io (`_pages/includes/pub.md`): a "🧑‍🎓" before
/// the names hid all 22 first-author papers' authors, each box's year is written only in its
/// "**IEEE Bibtex**：" bullet (22 papers undated), "Y. Li et al.," named nobody (9 papers), and
/// the badges "IEEE COMST", "IEEE WCM" and "IEEE OJCOM" named no venue the lists knew.
@Suite struct HomepagePaperBoxCitationTests {
  static let box = """
    # 📝 Publications

    <div class='paper-box'>
      <div class='paper-box-image'>
        <div>
          <div class="badge">IEEE WCM</div>
          <img src='images/journal/J13.PNG' width="100%">
        </div>
      </div>
    <div class='paper-box-text' markdown="1">
    [13] [Movable Antenna-Enhanced Wireless Communications: General Architectures and Implementation Methods](https://ieeexplore.ieee.org/abstract/document/11007274) \\\\
    🧑‍🎓  **Boyu Ning**, Songjie Yang, Yafei Wu, Peilan Wang, Weidong Mei, Chau Yuen, Emil Björnson

    - **Abstract**: <details>Movable antennas (MAs) are a promising technology.</details>

    - **IEEE Bibtex**：B. Ning, S. Yang, Y. Wu, P. Wang, W. Mei, C. Yuen and E. Björnson, "Movable Antenna-Enhanced Wireless Communications: General Architectures and Implementation Methods," IEEE Wireless Commun., vol. 32, no. 5, pp. 108-116, Oct. 2025.
    </div>
    </div>
    """

  @Test func `an emoji before the names is none of them`() throws {
    let paper = try #require(read(Self.box).publications.first)
    #expect(paper.authors.map(\.name).prefix(2) == ["Boyu Ning", "Songjie Yang"])
    #expect(paper.authors.count == 7)
  }

  @Test func `a citation bullet under a paper-box dates the paper`() throws {
    let result = read(Self.box)
    let paper = try #require(result.publications.first)
    #expect(paper.year == 2025)
    #expect(paper.venue == Venue(name: "IEEE Wireless Communications", kind: .journal))
    #expect(paper.title == "Movable Antenna-Enhanced Wireless Communications: General Architectures and Implementation Methods")
    #expect(warnings(result).isEmpty)
  }

  @Test func `a highlight bullet under a paper-box is still no part of it`() throws {
    let result = read(
      """
      # Publications

      <div class='paper-box'><div class='paper-box-image'><div><div class="badge">JMA 2026</div></div></div>
      <div class='paper-box-text' markdown="1">

      [Improve Issue-Handling Efficiency in Government QA Systems](https://www.tandfonline.com/doi/abs/10.1080/23270012.2025.2568494)
      - **Industry Impact**: The model boosts prediction accuracy by 5%–10% in 2019 data, relieves department workload.
      </div>
      </div>
      """)
    #expect(result.publications.map(\.year) == [2026])
  }

  @Test func `one name and et al. before a quoted title`() throws {
    let result = read(
      """
      # Publications

      - ``IEEE TCOM 2025`` Y. Li et al., "[Active Reconfigurable Intelligent Surface Assisted Integrated Sensing, Communications and Computation Energy-Constrained Networks](https://ieeexplore.ieee.org/document/11087619)," IEEE Trans. on Commun., early access, doi: 10.1109/TCOMM.2025.3591170.
      - ``IEEE TCCN 2025``Y. Zhang et al., "[Joint Bistatic Positioning and Monostatic Sensing: Optimized Beamforming and Performance Tradeoff](https://ieeexplore.ieee.org/document/11029493)," IEEE Transactions on Cognitive Communications and Networking, early access, doi: 10.1109/TCCN.2025.3578477.
      """)
    #expect(result.publications.map { $0.authors.map(\.name) } == [["Y. Li"], ["Y. Zhang"]])
    #expect(result.publications.map(\.isAuthorListTruncated) == [true, true])
    #expect(warnings(result).isEmpty)
  }

  @Test(arguments: [
    ("IEEE COMST", "IEEE Communications Surveys and Tutorials"), ("IEEE OJCOM", "IEEE Open Journal of the Communications Society"),
    ("IEEE WCL", "IEEE Wireless Communications Letters"), ("IEEE TCCN", "IEEE Transactions on Cognitive Communications and Networking"),
  ])
  func `communications badges name their journals`(badge: String, journal: String) {
    #expect(VenueCatalog.standard.mentions(in: badge + " 2024").first?.venue == Venue(name: journal, kind: .journal))
  }
}
