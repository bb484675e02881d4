import Testing
@testable import Publications

/// Two page shapes that hid whole author lists and whole sections.
@Suite struct HomepageBlockQuoteAndTopicTests {
  /// 7gzq.github.io (`_pages/includes/pub.md`): the names sit in a Markdown block quote; 29 of
  /// 29 papers had no authors.
  @Test func `names set off as a block quote are read`() throws {
    let result = read(
      """
      # 📝 Publications
      NOTE: Corresponding Authors *, Equal Contribution #
      ## 🏁 Proactive Deepfake Detection

      <div class='paper-box'><div class='paper-box-image'><div><div class="badge">ACM MM 2026</div><img src='images/GIFGuard.png' alt="sym" width="100%"></div></div>
      <div class='paper-box-text' markdown="1">
        
      [GIFGuard: Proactive Forensics against Deepfakes in Facial GIFs via Spatiotemporal Watermarking](https://arxiv.org/abs/2604.26519) 
      >S. Che, **Z. Guo**\\*, C. Miao, D. Ma, and G. Yang.
      ACM International Conference on Multimedia, 2026. (CCF-A)
      [[**Code**]](https://github.com/vpsg-research/GIFGuard)

      - We propose the first proactive forensics framework and dataset specially designed for GIF format.
      </div>
      </div>
      """)
    let paper = try #require(result.publications.first)
    #expect(paper.authors.map(\.name) == ["S. Che", "Z. Guo", "C. Miao", "D. Ma", "G. Yang"])
    #expect(paper.authors.filter(\.isHighlighted).map(\.name) == ["Z. Guo"])
    #expect(paper.venue?.name == "ACM MM")
    #expect(warnings(result).isEmpty)
  }

  /// feijianghan.github.io: "📝 Selected Publications" groups its papers under "🔮 Research
  /// Interest 1: …" headings; 8 papers were dropped as a research-interests section.
  @Test func `a research interest heading inside publications groups papers`() {
    let result = read(
      """
      # 📝 Selected Publications

      <h2 class="interest-heading" data-interest="1">🔮 Research Interest 1: Actionable Mechanistic Interpretability in Large Language Models</h2>

      - [ZeroTuning: Unlocking the Initial Token's Power to Enhance Large Language Models Without Training](https://arxiv.org/abs/2505.11739), **Feijiang Han**, Xiaodong Yu, Jianheng Tang. ICLR 2026

      # 🔬 Research Interests

      - Mechanistic interpretability of large language models, 2024 to now, with Delip Rao and Lyle Ungar
      """)
    #expect(result.publications.map(\.title) == ["ZeroTuning: Unlocking the Initial Token's Power to Enhance Large Language Models Without Training"])
  }

  @Test(arguments: [
    ("Research Interest 1: Actionable Mechanistic Interpretability", PageSection.Role.publications, PageSection.Role.unspecified),
    ("Research Interests", .other, .other),
    ("Topic: Federated Learning", .publications, .unspecified),
    ("Patents", .publications, .other),
    ("Talks and Topics", .publications, .other),
  ])
  func `a topic heading inherits only inside a publication list`(_ heading: String, _ parent: PageSection.Role, _ role: PageSection.Role) {
    #expect(PageSection.Role.classify(heading, under: parent) == role)
  }
}
