import Testing
@testable import Publications

/// Names lines wrapped in the Markdown source: Markdown joins the lines of a paragraph, so a
/// break inside a name is a space (AoiDragon.github.io's paper-boxes, wrapped at 100 columns).
@Suite struct HomepageWrappedLineTests {
  @Test func `a name broken over two source lines is one person`() throws {
    let result = read(
      """
      # Publications
      <div class='paper-box'><div class='paper-box-image'><div><div class="badge">Arxiv</div><img src='images/llm.png' alt="sym" width="500"></div></div>
      <div class='paper-box-text' markdown="1">

      [A Survey of Large Language Models](https://arxiv.org/pdf/2303.18223) \\\\
      Wayne Xin Zhao, Kun Zhou, Junyi Li, Tianyi Tang, Xiaolei Wang, Yupeng Hou, Yingqian Min, Beichen
      Zhang, Junjie Zhang, Zican Dong, Yifan Du, Chen Yang, Yushuo Chen, Zhipeng Chen, Jinhao Jiang,
      Ruiyang Ren, **Yifan Li**, Xinyu Tang, Zikang Liu, Peiyu Liu, Jian-Yun Nie and Ji-Rong Wen
      </div>
      </div>
      """)
    let paper = try #require(result.publications.first)
    let names = paper.authors.map(\.name)
    #expect(names.count == 22)
    #expect(names[6...8] == ["Yingqian Min", "Beichen Zhang", "Junjie Zhang"])
    #expect(names.last == "Ji-Rong Wen")
    #expect(!warnings(result).contains { $0.contains("not a whole name") })
  }

  @Test func `the venue line after a wrapped names line stays the venue`() throws {
    let result = read(
      """
      # Publications
      <div class='paper-box'><div class='paper-box-image'><div><div class="badge">NeurIPS 2023</div></div></div>
      <div class='paper-box-text' markdown="1">

      [Sparse Mixtures of Experts for Vision](https://example.org/paper.pdf) \\
      Ann Lee, Bo Chen, Carl Diaz, Dana
      Evans, Eli Fox
      NeurIPS, 2023
      </div>
      </div>
      """)
    let paper = try #require(result.publications.first)
    #expect(paper.authors.map(\.name) == ["Ann Lee", "Bo Chen", "Carl Diaz", "Dana Evans", "Eli Fox"])
    #expect(paper.year == 2023)
    #expect(paper.venue?.name == "NeurIPS")
  }
}
