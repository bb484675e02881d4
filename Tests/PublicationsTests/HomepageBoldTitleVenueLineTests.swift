import Testing
@testable import Publications

/// Entries as 231sm.github.io (`_pages/publications.md`, an academicpages site) writes its 98
/// papers: "**Title** \[[PAPER](…)\] <br>Venue, Year. <br>Names.", under years set in HTML.
@Suite struct HomepageBoldTitleVenueLineTests {
  /// The venue had been "[[ | | | | | ] ; ICLR Workshop on LLM Agents": the workshop after the
  /// semicolon taken for ACL's, named with what was left of the "[PAPER]" link.
  @Test func `a workshop after a semicolon is another venue's, not the first one's`() {
    let result = read(
      """
      # Publications

      - **Exploring Collaboration Mechanisms for LLM Agents: A Social Psychology View** \\[[PAPER](https://aclanthology.org/2024.acl-long.782.pdf)\\] <br>ACL 2024; ICLR 2024 Workshop on LLM Agents. <br>Jintian Zhang, Xin Xu, Ningyu Zhang\\#, Ruibo Liu, Bryan Hooi, ***Shumin Deng\\#***.
      """)
    #expect(result.publications.first?.venue == Venue(name: "ACL", kind: .conference))
    #expect(result.publications.first?.year == 2024)
  }

  /// A workshop held at a conference is named by its own words, without the link labels
  /// before them.
  @Test func `a workshop's name leaves out the link labels before it`() {
    let result = read(
      """
      # Publications

      - **Towards A Unified View of Answer Calibration for Multi-Step Reasoning** \\[[PAPER](https://aclanthology.org/2024.nlrse-1.3.pdf)\\] <br>ACL 2024 Workshop on Reasoning. <br>***Shumin Deng***, Ningyu Zhang, Nay Oo, Bryan Hooi.
      """)
    #expect(result.publications.first?.venue == Venue(name: "Workshop on Reasoning", kind: .workshop))
  }

  /// "A Chapter of the [*Handbook …*](…)": the linked book holds the paper; the bold words
  /// are its title. The year is the line above, set in HTML.
  @Test func `a linked book after 'A Chapter of the' is the venue, and a year in HTML dates the entries below`() {
    let result = read(
      """
      # Publications

      <font color=RoyalBlue size=4><b>&ensp;&ensp;&ensp;&nbsp;&nbsp;&nbsp;2025</b></font>
      - **From Certainty to Uncertainty in Knowledge: Exploring Modeling, Extraction, Representation, and Applications** \\[[PAPER](https://ebooks.iospress.nl/volumearticle/72301)\\] <br>A Chapter of the [*Handbook on Neurosymbolic AI and Knowledge Graphs*](https://ebooks.iospress.nl/volume/handbook-on-neurosymbolic-ai-and-knowledge-graphs) <br>***Shumin Deng***, Ningyu Zhang, Tianxing Wu.
      """)
    let paper = result.publications.first
    #expect(paper?.title == "From Certainty to Uncertainty in Knowledge: Exploring Modeling, Extraction, Representation, and Applications")
    #expect(paper?.venue?.name == "Handbook on Neurosymbolic AI and Knowledge Graphs")
    #expect(paper?.year == 2025)
    #expect(paper?.authors.map(\.name) == ["Shumin Deng", "Ningyu Zhang", "Tianxing Wu"])
  }

  /// "软件学报, 2022." (Journal of Software): a journal named in Chinese before its year.
  @Test func `a journal named in Chinese before the year is the venue`() {
    let result = read(
      """
      # Publications

      - **基于知识协同微调的低资源知识图谱补全方法** \\[[PAPER](http://www.jos.org.cn/jos/article/abstract/6628)\\] <br>软件学报, 2022. <br>张宁豫, 谢辛, 陈想, ***邓淑敏***, 叶宏彬, 陈华钧.
      """)
    #expect(result.publications.first?.venue == Venue(name: "软件学报", kind: .journal))
    #expect(result.publications.first?.year == 2022)
    #expect(warnings(result).isEmpty)
  }
}
