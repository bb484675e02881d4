import Testing
@testable import Publications

/// Venues written as a code-span or paper-box badge beside the journal's name in italics
/// (DaoxiangZhou.github.io, 29 papers: 4 were dated "unknown" and filed under MDPI's *Remote
/// Sensing*, 8 written in Chinese had no venue, and every box's owner was "Daoxiang Zhou*").
@Suite struct HomepageBadgeVenueTests {
  @Test func `a badge naming no known venue still dates the paper`() throws {
    let result = read(
      """
      ## Co-authored English Papers
      - ``GRSL 2023``  Zhigang Yang, **Daoxiang Zhou**, Ying Yang, Jiapeng Zhang, Zehua Chen*. [Road extraction from satellite imagery by road context and full-stage feature](https://ieeexplore.ieee.org/abstract/document/9982686). _IEEE Geoscience and Remote Sensing Letters_ <span style="color:red; font-weight:bold;">(ESI)</span>.
      - ``JARS 2022``  Jiehuang Ren, Liye Jia, Junhong Yue*, Xueyu Liu, Lixin Sun, Yongfei Wu, **Daoxiang Zhou**. [Unsupervised domain adaptation using modified cycle generative adversarial network for aerial image classification](https://www.spiedigitallibrary.org/journals/journal-of-applied-remote-sensing/volume-16/issue-4/044520). _Journal of Applied Remote Sensing_ <span style="color:blue; font-weight:bold;">(SCI)</span>.
      """)
    #expect(result.publications.map(\.year) == [2023, 2022])
    #expect(result.publications.map { $0.venue?.name } == ["IEEE Geoscience and Remote Sensing Letters", "Journal of Applied Remote Sensing"])
    #expect(!warnings(result).contains { $0.contains("no year") })
  }

  @Test func `a listed journal in italics beats a badge acronym no list knows`() {
    let result = read(
      """
      ## Papers
      - ``Measurement 2022`` Yexin Lai, Xueyu Liu, Yongfei Wu*, **Daoxiang Zhou**, Chen Wang. [Interstitial fibrosis and tubular atrophy measurement via hierarchical extractions of kidney and atrophy regions with deep learning method](https://www.sciencedirect.com/science/article/abs/pii/S0263224122010818). _Measurement_ <span style="color:red; font-weight:bold;">(SCI, Q2)</span>.
      - ``SOCO 2024`` Jun Zhang, Yunfei Zhang, **Daoxiang Zhou***. [Efficient face anti-spoofing via head-aware transformer based knowledge distillation](https://example.org/paper). _Applied Soft Computing_ (SCI, Q2-TOP).
      """)
    #expect(result.publications.map { $0.venue?.name } == ["Measurement", "Applied Soft Computing"])
    #expect(result.publications.map { $0.venue?.kind } == [.journal, .journal])
  }

  /// Chufeng-Jiang.github.io: the badge's acronym, not "The 42nd International Conference on …".
  @Test func `a venue no list knows goes by the badge acronym drawn from its name`() {
    let result = read(
      """
      # 📚 Research Papers

      - ``ICLP 2026``  [Identifying Good Rules for Effcient SAT Encodings of Single Constant Multiplication Using Machine Learning](), ***Chufeng Jiang**, Neng-Fa Zhou*. The 42nd International Conference on Logic Programming.

      - ``AIEA 2024`` [Mixup-CLIPood: Robust Domain Generalization for Multi-modal Object Recognition](), *Yuxin Qiao, Keqin Li, Junhong Lin, Rong Wei, **Chufeng Jiang**, Yang Luo, Haoyu Yang*. In 2024 5th International Conference on Artificial Intelligence and Electromechanical Automation

      - ``FLOPs 2026`` [Dynamic Programming and Tabled Logic Programming for Encoding Single-Constant Multiplication into SAT](), *Neng-Fa Zhou, **Chufeng Jiang**, Hendrik Bierlee, Peter Stuckey.* In 18th International Symposium on Functional and Logic Programming.
      """)
    #expect(result.publications.map { $0.venue?.name } == ["ICLP", "AIEA", "International Symposium on Functional and Logic Programming"])
    #expect(result.publications.map { $0.venue?.kind } == [.conference, .conference, .conference])
    #expect(result.publications.map(\.year) == [2026, 2024, 2026])
  }

  @Test func `a badge in Chinese names a Chinese journal`() throws {
    let result = read(
      """
      ## 中文论文
      - ``西安交通大学学报 2020`` 刘天宇, **周稻祥***, 李明, 李心宇. [面向螺丝锁附序列的多分辨率融合卷积神经网络研究](https://kns.cnki.net/kcms2/article/abstract?v=JITlTmCwHjKh). _西安交通大学学报_ <span style="color:blue; font-weight:bold;">(EI)</span>.
      """)
    let paper = try #require(result.publications.first)
    #expect(paper.venue == Venue(name: "西安交通大学学报", kind: .journal))
    #expect(paper.year == 2020)
    #expect(warnings(result).isEmpty)
  }

  @Test func `kramdown's two-backslash line break is no part of the last name`() throws {
    let result = read(
      """
      # Publications
      <div class='paper-box'><div class='paper-box-image'><div><div class="badge">ASOC 2024</div><img src='images/ASOC2024.png' alt="sym" width="100%"></div></div>
      <div class='paper-box-text' markdown="1">

      Jun Zhang,  Yunfei Zhang, Feixue Shao, Xuetao Ma, Shu Feng, Yongfei Wu, **Daoxiang Zhou***. \\\\
      [Efficient face anti-spoofing via head-aware transformer based knowledge distillation with 5 MB model parameters](https://www.sciencedirect.com/science/article/abs/pii/S1568494624010111).  _Applied Soft Computing_ <span style="color:red; font-weight:bold;">(SCI, Q2-TOP)</span>. \\| [CODE](https://github.com/Maricle-zhangjun/HaTFAS)
      </div>
      </div>
      """)
    let paper = try #require(result.publications.first)
    #expect(paper.authors.last?.name == "Daoxiang Zhou")
    #expect(paper.authors.last?.isHighlighted == true)
    #expect(paper.venue == Venue(name: "Applied Soft Computing", kind: .journal))
    #expect(warnings(result).isEmpty)
  }

  /// "``ACL 2024 (Findings)``" (Biqing-Qi.github.io; "`ACL 2025(Findings)`", DaViD-Pigeon): the
  /// note inside the badge makes the paper a Findings paper, a venue of its own.
  @Test func `a Findings note inside the badge names the Findings venue`() {
    let result = read(
      """
      # Publications

      - ``ACL 2024 (Findings)`` ``Model Architecture`` [SMR: State Memory Replay for Long Sequence Modeling](https://arxiv.org/pdf/2405.17534), **Biqing Qi**, Junqi Gao, Kaiyan Zhang, Dong Li, Jianxing Liu, Ligang Wu, Bowen Zhou.
      - ``NeurIPS 2024`` ``Countinual Learning`` [An Efficient Memory Module for Graph Few-Shot Class-Incremental Learning](https://arxiv.org/pdf/2411.06659), Dong Li, Aijia Zhang, Junqi Gao, **Biqing Qi**†.
      """)
    #expect(result.publications.map { $0.venue?.name } == ["ACL Findings", "NeurIPS"])
    #expect(result.publications.map(\.year) == [2024, 2024])
  }

  /// "``ICLR-W 2022``" (CYP0630.github.io), as "CVPR-W": a workshop of the conference, not
  /// the main conference.
  @Test func `a conference badge with -W is its workshop`() {
    let result = read(
      """
      # Publications

      - ``ICLR-W 2022`` [Causal-TGAN: Modeling tabular data using causally-aware GAN](https://openreview.net/pdf?id=BEhxCh4dvW5), Bingyang Wen, **Yupeng Cao**, Fan Yang
      - ``ICLR 2022`` [A Paper at the Main Conference](https://example.org), Bingyang Wen, **Yupeng Cao**
      """)
    #expect(result.publications.map(\.venue) == [
      Venue(name: "ICLR Workshop", kind: .workshop), Venue(name: "ICLR", kind: .conference),
    ])
  }
}
