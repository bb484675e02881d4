import Testing
@testable import Publications

/// From WeijunAlexWang.github.io (`_pages/includes/publications.md`): a venue badge, a full
/// stop or a ranking note in parentheses, then the title; an acceptance rate after some titles.
/// 43 titles began with ". " or "(CCF-A). ".
@Suite struct HomepageBadgeTitleMarksTests {
  static let page = """
    # 📝 Publications

    ## Preprint

    - <a href="https://arxiv.org/abs/2605.13375"><span class="badge"><i class="fas fa-file-alt"></i> arXiv 2026</span></a>. GRIP-VLM: Group-Relative Importance Pruning for Efficient Vision-Language Models.<br>
      Mingzhe Huang, **Weijun Wang\\***, Xin Ding, Liang Mi, Hao Wen, Yuanchun Li, Lichen Pang, Shansong Yang, Yunxin Liu, Ting Cao.<br>

    ## Conference

    - <a href="https://arxiv.org/pdf/2407.16990"><span class="badge"><i class="fas fa-users"></i> NSDI</span></a> (<span class="ccf-a">CCF-A</span>). Region-based Content Enhancement for Efficient Video Analytics at the Edge (<span class="acceptance-rate">83/666=12.5%</span>).<br>
      **Weijun Wang**, <u>Liang Mi</u>, <u>Shaowei Cen</u>, Haipeng Dai, Yuanchun Li, Xiaoming Fu, Yunxin Liu, USENIX NSDI 2025.<br>

    ## Journal

    - <span class="badge"><i class="fas fa-book"></i> IJCV</span> (<span class="ccf-a">CCF-A</span>, <span class="jcr">JCR Q1</span>). CompViT: Real-Time Compressed Video Action Recognition with Asymmetric Transformer Networks.<br>
      Tao Wu, <u>Shaowei Cen</u>, <u>Liang Mi</u>, **Weijun Wang**, Haipeng Dai, Limin Wang, Springer IJCV 2026.<br>
    """

  @Test func `the stop and the ranking note after a badge are no part of the title`() {
    let result = read(Self.page)
    #expect(result.publications.map(\.title) == [
      "GRIP-VLM: Group-Relative Importance Pruning for Efficient Vision-Language Models",
      "Region-based Content Enhancement for Efficient Video Analytics at the Edge",
      "CompViT: Real-Time Compressed Video Action Recognition with Asymmetric Transformer Networks",
    ])
    #expect(result.publications.map(\.year) == [2026, 2025, 2026])
    #expect(result.publications.map { $0.venue?.name } == ["arXiv", "NSDI", "IJCV"])
    #expect(result.publications.allSatisfy { $0.authors.contains { $0.name == "Weijun Wang" && $0.isHighlighted } })
  }

  /// From WeijunAlexWang.github.io: the award after the title's full stop was read into it.
  @Test func `an award after the title's full stop is a note`() {
    let result = read(
      """
      # Publications
      - <span class="badge"><i class="fas fa-users"></i> ICPADS</span> (<span class="ccf-c">CCF-C</span>). Efficient LLM Edge Collaboration Deployment with LoRA. <span class="award">Best Student Paper Award</span><br>
        Yang Xiao, Xin He, **Weijun Wang**, Jian Zhou, Fu Xiao, IEEE ICPADS 2025.<br>
      """)
    #expect(result.publications.map(\.title) == ["Efficient LLM Edge Collaboration Deployment with LoRA"])
    #expect(result.publications.first?.notes == ["Best Student Paper"])
    #expect(result.publications.first?.year == 2025)
  }

  /// From NianWang-HJJGCDX.github.io: "Title, Names, **Journal**." and then, set in bold by a
  /// style, "🏆 ESI 高被引论文" (an ESI highly cited paper), which was read as the title.
  @Test func `an honour set in bold after the venue is no title`() {
    let result = read(
      """
      # Publications
      ## 2024
      - Consistent Representation Mining for Multi-Drone Single Object Tracking, Yuanliang Xue, Guodong Jin, Tao Shen, Lining Tan, Nian Wang, Jing Gao, Lianfeng Wang, **IEEE Transactions on Circuits and Systems for Video Technology**. <span style="
          background-color: #007bff;
          color: white;
          font-weight: bold;">
      中科院1区 JCR1区
      </span> <span style="color: #FF0000; font-weight: bold;   font-family: Arial, sans-serif;">🏆 ESI 高被引论文</span>  <a href="https://bgithub.xyz/xyl-507/CRM" style="color: #EA700D; font-weight: bold;">Code here</a>
      """)
    #expect(result.publications.map(\.title) == ["Consistent Representation Mining for Multi-Drone Single Object Tracking"])
    #expect(result.publications.first?.authors.count == 7)
    #expect(warnings(result) == [])
  }
}

extension HomepageBadgeTitleMarksTests {
  /// From btzyd.github.io: "(Oral)" and "(Findings)" between the venue tag and the title began
  /// the titles; Findings of EMNLP is a venue of its own.
  @Test func `a presentation note before the title is a note, and Findings is the venue`() {
    let result = read(
      """
      # Publications
      - `ACM-MM 2024` <span style="color:red">(Oral)</span> PIP: Detecting Adversarial Examples in Large Vision-Language Models via Attention Patterns of Irrelevant Probe Questions, **Yudong Zhang**, Ruobing Xie†, Jiansheng Chen†, Xingwu Sun, Yu Wang† \\| [**Paper**](https://dl.acm.org/doi/abs/10.1145/3664647.3685510) \\| [**Code**](https://github.com/btzyd/pip)
      - `EMNLP 2025` (Findings) The Security Threat of Compressed Projectors in Large Vision-Language Models, **Yudong Zhang**, Ruobing Xie, Xingwu Sun, Jiansheng Chen, Zhanhui Kang, Di Wang, Yu Wang \\| [**Paper**](https://aclanthology.org/2025.findings-emnlp.1111/)
      """)
    #expect(result.publications.map(\.title) == [
      "PIP: Detecting Adversarial Examples in Large Vision-Language Models via Attention Patterns of Irrelevant Probe Questions",
      "The Security Threat of Compressed Projectors in Large Vision-Language Models",
    ])
    #expect(result.publications.map { $0.venue?.name } == ["ACM MM", "EMNLP Findings"])
    #expect(result.publications.map(\.year) == [2024, 2025])
  }
}
