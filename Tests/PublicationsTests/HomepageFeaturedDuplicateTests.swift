import Testing
@testable import Publications

/// atongwang.github.io (`_pages/includes/pub.md`): a featured paper-box names no year, and the
/// same paper in the full list below says 2026. The paper counts once, in 2026; the box's "has
/// no year; counted as unknown" warning was wrong and is gone.
@Suite struct HomepageFeaturedDuplicateTests {
  @Test func `a featured paper dated by its listing below warns of no missing year`() throws {
    let result = read(
      """
      # 📝 Publications
      ## 🧑‍🎨 Selected Publications

      <div class='paper-box'>
        <div class='paper-box-image'>
          <div>
            <div class="badge">IPM</div>
            <img src='images/data_factory.png' alt="DataFactory framework" width="100%">
         </div>
        </div>
      <div class='paper-box-text' markdown="1">

      ### DataFactory: Collaborative multi-agent framework for advanced table question answering

      **Tong Wang**, Chi Jin, Yongkang Chen, Huan Deng, Xiaohui Kuang, Gang Zhao
      </div>
      </div>

      ### 📅 2026

      - ``IPM`` [DataFactory: Collaborative multi-agent framework for advanced table question answering](https://doi.org/10.1016/j.ipm.2026.104723), **Tong Wang**, Chi Jin, Yongkang Chen, Huan Deng, Xiaohui Kuang, Gang Zhao. **(CCF-B, SCI Q1)**
      """)
    #expect(result.publications.map(\.year) == [2026])
    #expect(warnings(result).isEmpty)
    #expect(result.diagnostics.contains { $0.message.contains("is listed again") })
  }
}
