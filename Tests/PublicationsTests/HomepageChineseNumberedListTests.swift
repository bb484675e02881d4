import Testing
@testable import Publications

/// A list numbered the way Chinese text numbers one, `1、…<br>` a line, with no Markdown list
/// marker (EmilyNWPU.github.io: 25 papers in one `<div markdown="1">`, read as 1 before).
@Suite struct HomepageChineseNumberedListTests {
  static let page = """
    # 📝 Publications

    <div class='paper-box-text' markdown="1">

    1、**Yan Liu**, Bin Guo, Nuo Li, Yasan Ding, Zhouyangzi Zhang, and Zhiwen Yu. "CrowdTransfer: Enabling Crowd Knowledge Transfer in AIoT Community", IEEE Communications Surveys and Tutorials, 2024. <br>
    2、**Yan Liu**, Bin Guo, Jingxiang Meng, Daqing Zhang, Zhiwen Yu. "Spatio-Temporal Memory Augmented Multi-Level Attention Network for Traffic Prediction", IEEE Transactions on Knowledge and Data Engineering, 2023. (CCF A)<br>
    9、Bin Guo, **Yan Liu**, Sicong Liu, Zhiwen Yu, Xingshe Zhou."CrowdHMT: Crowd Intelligence with the Deep Fusion of Human, Machine, and IoT",IEEE Internet of Things, vol.9, no. 24, 2022, pp. 24822-24842.<br>
    24、Jing Du, Bin Guo, **Yan Liu**, Liang Wang, Qi Han, Chao Chen, Zhiwen Yu."CrowDNet: Enabling a Crowdsourced Object Delivery Network based on Modern Portfolio Theory", IEEE Internet of Things, vol. 6, no. 5, 2019,pp. 9030-9041.<br>
    Bin Guo, **Yan Liu**, Yi Ouyang, Vincent W. Zheng, Daqing Zhang, Zhiwen Yu."Harnessing the Power of the General Public for Crowdsourced Business Intelligence: A Survey", IEEE Access, vol. 7, no. 1, 2019, pp. 26606-26630.<br>
    </div>
    """

  @Test func `each numbered line is one paper`() throws {
    let result = read(Self.page)
    #expect(result.publications.map(\.title) == [
      "CrowdTransfer: Enabling Crowd Knowledge Transfer in AIoT Community",
      "Spatio-Temporal Memory Augmented Multi-Level Attention Network for Traffic Prediction",
      "CrowdHMT: Crowd Intelligence with the Deep Fusion of Human, Machine, and IoT",
      "CrowDNet: Enabling a Crowdsourced Object Delivery Network based on Modern Portfolio Theory",
      "Harnessing the Power of the General Public for Crowdsourced Business Intelligence: A Survey",
    ])
    #expect(result.publications.map(\.year) == [2024, 2023, 2022, 2019, 2019])
    let first = try #require(result.publications.first)
    #expect(first.authors.map(\.name) == ["Yan Liu", "Bin Guo", "Nuo Li", "Yasan Ding", "Zhouyangzi Zhang", "Zhiwen Yu"])
    #expect(warnings(result).isEmpty)
  }

  @Test func `a reference after the last number keeps its own venue`() {
    let result = read(Self.page)
    #expect(result.publications.suffix(2).map { $0.venue?.name } == ["IEEE Internet of Things Journal", "IEEE Access"])
  }

  @Test func `IEEE Internet of Things is the IEEE journal, not Elsevier's Internet of Things`() throws {
    let result = read(Self.page)
    try #require(result.publications.count == 5)
    #expect(result.publications[2].venue?.name == "IEEE Internet of Things Journal")
    let others = read(
      """
      # Publications
      - A. Bee, C. Dee. "Sensing the city with crowds", IEEE Internet of Things Magazine, 2020.
      - A. Bee, C. Dee. "Routing packets with crowds", Internet of Things, 2021.
      """)
    #expect(others.publications.map { $0.venue?.name } == ["IEEE Internet of Things Magazine", "Internet of Things"])
  }
}
