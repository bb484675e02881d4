import Testing
@testable import Publications

/// Ranking notes after the names and bare acronym tags, from atongwang.github.io's list
/// (`_pages/includes/pub.md`): "…, Xiaohui Kuang. **(CCF-C)**" lost its last author on 11 of 18
/// papers, "**(CCF-B, SCI Q1)**" made *Science* the venue of a paper in Information Processing &
/// Management, and `` ``IJFCC`` `` gave its paper no venue.
@Suite struct HomepageRankingNoteTests {
  @Test func `the last author before a ranking note is kept`() throws {
    let result = read(
      """
      # 📝 Publications

      - ``NLPCC 2025`` [Reward-Guided Many-Shot Jailbreaking](https://doi.org/10.1007/978-981-95-3343-5_32), Yongkang Chen, Xiaotian Zou, **Tong Wang**, Jianwen Tian, Hu Li, Xiaohui Kuang. **(CCF-C)**
      - ``NDSS 2025`` [Density Boosts Everything: A One-stop Strategy for Improving Performance, Robustness, and Sustainability of Malware Detectors](https://doi.org/10.14722/ndss.2025.240336), Jianwen Tian, Wei Kong, Debin Gao, **Tong Wang**, Taotao Gu, Kefan Qiu, Zhi Wang, Xiaohui Kuang. **(CCF-A)**
      """)
    #expect(result.publications.map { $0.authors.last?.name } == ["Xiaohui Kuang", "Xiaohui Kuang"])
    #expect(result.publications.map(\.authors.count) == [6, 8])
    #expect(warnings(result).isEmpty)
  }

  @Test func `an index named in a ranking note is no journal`() throws {
    let result = read(
      """
      # 📝 Publications

      - ``IPM`` [DataFactory: Collaborative multi-agent framework for advanced table question answering](https://doi.org/10.1016/j.ipm.2026.104723), **Tong Wang**, Chi Jin, Yongkang Chen, Huan Deng, Xiaohui Kuang, Gang Zhao. **(CCF-B, SCI Q1)**
      """)
    let paper = try #require(result.publications.first)
    #expect(paper.venue == Venue(name: "Information Processing & Management", kind: .journal))
    #expect(paper.authors.last?.name == "Gang Zhao")
  }

  @Test func `an acronym tag opening the item is its venue`() throws {
    let result = read(
      """
      # 📝 Publications

      - ``IJFCC`` [VR City: A Tool for Understanding Control Flow in Linux Kernel](https://www.ijfcc.org/show-117-1021-1.html), Shuanghui Yi, Xiaoyan Su, **Tong Wang**, Shaobo Yu, Bingru Wu, Hang Li.
      - [A Paper Title With Code In It](https://example.org/paper), **Tong Wang**, Hang Li. ``PDF``
      """)
    #expect(result.publications.map { $0.venue?.name } == ["IJFCC", nil])
  }

  /// ailingxiao.github.io: "ICSE 2022 (CCF-A)" and "ASE 2021 (CCF-A)" badges read as unknown
  /// venues of kind "other" (4 of 8 papers), because a short acronym in capitals matches only alone.
  @Test func `a ranking note in a badge leaves the venue it names`() throws {
    let result = read(
      """
      # Publications

      <div class='paper-box'><div class='paper-box-image'><div><div class="badge">ICSE 2022 (CCF-A)</div><img src='images/ADSketch.png' alt="sym" width="100%"></div></div>
      <div class='paper-box-text' markdown="1">

      [Adaptive performance anomaly detection for online service systems via pattern sketching](https://arxiv.org/pdf/2201.02944) \\\\
      Z Chen, J Liu, Y Su, H Zhang, **X Ling**, Y Yang, MR Lyu
      </div>
      </div>
      """)
    let paper = try #require(result.publications.first)
    #expect(paper.venue == Venue(name: "ICSE", kind: .conference))
    #expect(paper.year == 2022)
  }

  /// Chokurei.github.io: APA's "(2019, July)" after the last name is its date, not a note.
  @Test func `an APA date after the names still opens the title`() throws {
    let result = read(
      """
      # Publications

      - <strong>Guo, Z.</strong>, Wu, G., Shi, X., Sui, M., Song, X., Xu, Y., ... & Shibasaki, R. (2019, July). Geosr: A Computer Vision Package for Deep Learning Based Single-Frame Remote Sensing Imagery Super-Resolution. In IGARSS 2019-2019 IEEE International Geoscience and Remote Sensing Symposium (pp. 3376-3379). IEEE.
      """)
    #expect(result.publications.first?.title.hasPrefix("Geosr") == true)
    #expect(result.publications.first?.year == 2019)
  }
}
