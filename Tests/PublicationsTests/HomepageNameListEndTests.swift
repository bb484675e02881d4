import Testing
@testable import Publications

/// Where a list of names ends and the title or venue begins, on lines copied from real pages.
@Suite struct HomepageNameListEndTests {
  /// From curya-wangyiyu.github.io: "…, Shuaimin Li. _Neurocomputing_, 2025" made the last
  /// author "Shuaimin Li. Neurocomputing".
  @Test func `a two-letter family name ends the list at its full stop`() {
    let result = read(
      """
      # Publications
      - ``Neurocomputing`` [Zero-Shot Neural Architecture Search with Weighted Response Correlation](https://arxiv.org/abs/2507.08841). Kun Jing, Luoyu Chen, Jungang Xu, Jianwei Tai, **Yiyu Wang**, Shuaimin Li. _Neurocomputing_, 2025
      """)
    #expect(result.publications.first?.authors.map(\.name) == [
      "Kun Jing", "Luoyu Chen", "Jungang Xu", "Jianwei Tai", "Yiyu Wang", "Shuaimin Li",
    ])
    #expect(result.publications.first?.year == 2025)
  }

  /// From ruishengwang.github.io: "Names, 2026. Title, Journal" (110 papers); 80 titles began
  /// with their year.
  @Test func `a year between the names and the title is no part of the title`() {
    let result = read(
      """
      # Publications
      1. Haoyuan Shen, Kuihao Wang, Ruisheng Wang, Yujun Liu, 2026. PCFootprint: A Large-Scale Dataset and Benchmark for Vectorized Building Footprint Extraction from Aerial LiDAR Point Clouds, IEEE Journal of Selected Topics in Applied Earth Observations and Remote Sensing, Digital Object Identifier: 10.1109/JSTARS.2026.3715686.
      2. Wuyong Tao, Zhiquan Wu, Ruisheng Wang, Xianghong Hua, Shaoping Xu, Zhiping Chen, Danhua Min，2025.  A Correspondence Selection Method by Updating Compatibility Matrix for Point Cloud Registration. IEEE Transactions on Geoscience and Remote Sensing, Vol 63, pages 5705114.
      """)
    #expect(result.publications.map(\.title) == [
      "PCFootprint: A Large-Scale Dataset and Benchmark for Vectorized Building Footprint Extraction from Aerial LiDAR Point Clouds",
      "A Correspondence Selection Method by Updating Compatibility Matrix for Point Cloud Registration",
    ])
    #expect(result.publications.map(\.year) == [2026, 2025])
    #expect(result.publications.map(\.authors.count) == [4, 7])
  }

  /// From jhsunlab.github.io: "Names (2024) Title. Journal 48(3) 906-922." with the names in
  /// Chinese characters; the last author, the year and the journal were read into the title,
  /// and the journal (大气科学, four characters) was not read.
  @Test func `names in Chinese characters before the year in parentheses end at the year`() {
    let result = read(
      """
      # Publications
      - 杨雯婷, 孙建华, 傅慎明, 赵黎京 (2024) 1981～2020 年华南地区区域性极端降水事件研究. 大气科学 48(3) 906-922. https://doi.org/10.3878/j.issn.1006-9895.2211.22056
      - 孙建华, 周玉淑, 傅慎明, 杨帅, 张元春, 汪汇洁, 黄玥 (2024) 近十年我国涡旋系统的研究进展. 大气科学. https://doi.org/10.3878/j.issn.1006-9895.2311.23323
      """)
    #expect(result.publications.map(\.title) == ["1981～2020 年华南地区区域性极端降水事件研究", "近十年我国涡旋系统的研究进展"])
    #expect(result.publications.map(\.year) == [2024, 2024])
    #expect(result.publications.map(\.authors.count) == [4, 7])
    #expect(result.publications.first?.authors.last?.name == "赵黎京")
    // A journal's name of four characters, known by the volume after it; the second names none.
    #expect(result.publications.map { $0.venue?.name } == ["大气科学", nil])
  }
}

extension HomepageNameListEndTests {
  /// From wdi-nancy.github.io: "``ICANN`` [Title]. **Di Wang**, …": a title in the brackets of a
  /// link never written; the bracketed text with the names was read as the title, and no one
  /// as its authors.
  @Test func `a title in brackets after the tag, and the names after its bracket`() {
    let result = read(
      """
      # 📝 Publications

      - ``ICANN`` [NAS-Bench-Compre: A Comprehensive Neural Architecture Search Benchmark with Customizable Components]. **Di Wang**, Kun Jing, Jungang Xu. _Proceeding of International Conference on Artificial Neural Networks (ICANN)_, 2024
      """)
    #expect(result.publications.map(\.title) == [
      "NAS-Bench-Compre: A Comprehensive Neural Architecture Search Benchmark with Customizable Components"
    ])
    #expect(result.publications.first?.authors.map(\.name) == ["Di Wang", "Kun Jing", "Jungang Xu"])
    #expect(result.publications.first?.venue?.name == "ICANN")
    #expect(result.publications.first?.year == 2024)
  }
}

extension HomepageNameListEndTests {
  /// From yc-li20.github.io: a report of the owner alone, "**Yuanchao Li**. Venue. 2019" under
  /// its title, was skipped as an item with no title (a line of names needed two names).
  @Test func `the owner alone in bold under a title is its author`() {
    let result = read(
      """
      # Publications
      - An Extensible End-to-End Multitask Learning Model for Recognizing Driver States

        **Yuanchao Li**. The 12th Honda R&D Technical Forum. 2019
      """)
    #expect(result.publications.map(\.title) == ["An Extensible End-to-End Multitask Learning Model for Recognizing Driver States"])
    #expect(result.publications.first?.authors.map(\.name) == ["Yuanchao Li"])
    #expect(result.publications.first?.year == 2019)
    #expect(result.publications.first?.venue?.name == "Honda R&D Technical Forum")
  }
}
