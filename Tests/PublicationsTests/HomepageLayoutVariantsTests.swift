import Testing
@testable import Publications

/// Page layouts read on real AcadHomepage sites this stop, each with lines copied from the
/// page named in its comment.
@Suite struct HomepageLayoutVariantsTests {
  /// cogitara.github.io: "- **SIGMOD '26** Title." — the bold venue opened the title and the
  /// paper had no year (3 of 3).
  @Test func `a bold venue opening the item is its tag`() throws {
    let result = read(
      """
      # Publications

      - **SIGMOD '26** GraphTwin: Cache-Centric Bit-Level Graph Representation for Fast and Exact Graph Queries.  
        Can Lu, **Sijin Wang**, Wenxuan Deng, Xinyu Li, Yikai Zhang,Jeffrey Xu Yu.  
        *ACM International Conference on Management of Data (SIGMOD).*
      """)
    let paper = try #require(result.publications.first)
    #expect(paper.title == "GraphTwin: Cache-Centric Bit-Level Graph Representation for Fast and Exact Graph Queries")
    #expect(paper.venue?.name == "SIGMOD")
    #expect(paper.year == 2026)
    #expect(warnings(result).isEmpty)
  }

  /// aurora-cx.github.io: a title paragraph, a blank line, a paragraph of names; and the
  /// shields.io badge in its older query form (`static/v1?label=AAAI&message=2026`).
  @Test func `a paragraph of names goes with the title paragraph above it`() throws {
    let result = read(
      """
      # 📝 Publications
      ## 🌈 Recent Co-authored publications

      [**Maniplvm-r1: Reinforcement learning for reasoning in embodied manipulation with large vision-language models**](https://arxiv.org/abs/2505.16517) ![Static Badge](https://img.shields.io/static/v1?label=AAAI&message=2026&color=grey&labelColor=blue)

      Zirui Song, Guangxian Ouyang, Mingzhe Li, Yuheng Ji, **Chenxi Wang**, Zixiang Xu, Xiuying Chen†

      [**DyFlow: Dynamic Workflow Framework for Agentic Reasoning**](https://arxiv.org/abs/2509.26062) ![Static Badge](https://img.shields.io/static/v1?label=NeurIPS&message=2025&color=grey&labelColor=purple)

      Yanbo Wang, Zixiang Xu, Yue Huang, Xiangqi Wang, **Chenxi Wang**, Xiuying Chen†
      """)
    #expect(result.publications.map(\.venue?.name) == ["AAAI", "NeurIPS"])
    #expect(result.publications.map(\.year) == [2026, 2025])
    #expect(result.publications.map { $0.authors.count } == [7, 6])
    #expect(warnings(result).isEmpty)
  }

  /// da1yuqin.github.io: "[arXiv26][Title]" with no link, and ten paper-boxes folded in a
  /// `<details>` ("参与工作（10篇）"); 13 of 26 papers were dropped, 39 warnings.
  @Test func `a bracketed title after a tag and boxes folded in details are read`() {
    let result = read(
      """
      # 📝 Publications

      <details>
      <summary>参与工作（10篇）</summary>

      <div class='paper-box'><div class='paper-box-image'><div><div class="badge">arXiv 2026</div><img src='images/dagent.png' alt="sym" width="100%"></div></div>
      <div class='paper-box-text' markdown="1">
      [arXiv26][DAGENT: Optimizing Multi-Hop RAG as Executable Reasoning Workflows]

      **Jingyu He**\\*, **Yuqin Dai**\\*, Kaiwen Zhang, Hang Zhang, Shangke Lyu
      - 提出 DAGENT 框架，将多跳 RAG 过程建模为可执行推理工作流。
      </div>
      </div>

      <div class='paper-box'><div class='paper-box-image'><div><div class="badge">WWW26 Workshop</div><img src='images/RAMA_mainfig.png' alt="sym" width="100%"></div></div>
      <div class='paper-box-text' markdown="1">
      [WWW26 Workshop][RAMA: Retrieval-Augmented Multi-Agent Framework for Misinformation Detection in Multimodal Fact-Checking](https://arxiv.org/pdf/2507.09174)

      Shuo Yang, Zijian Yu, Zhenzhe Ying, **Yuqin Dai**, Guoqing Wang
      </div>
      </div>
      </details>
      """)
    #expect(result.publications.map(\.title) == [
      "DAGENT: Optimizing Multi-Hop RAG as Executable Reasoning Workflows",
      "RAMA: Retrieval-Augmented Multi-Agent Framework for Misinformation Detection in Multimodal Fact-Checking",
    ])
    #expect(result.publications.map(\.venue?.name) == ["arXiv", "WWW Workshop"])
    #expect(warnings(result).isEmpty)
  }

  /// hsuyuchao's page kept four of the template's example boxes (Yi Ren's) beside the owner's
  /// paper, and they made Yi Ren the owner; the template's "Lorem ipsum" item is placeholder.
  @Test func `the template's example papers and placeholder are not counted`() {
    let result = read(
      """
      # 📝 Publications

      - ``QCNC 2025`` [Quantum Kernel-Based Long Short-term Memory for Climate Time-Series Forecasting](https://ieeexplore.ieee.org/abstract/document/11000251), **YuChao Hsu**, Nan-Yow Chen, Tai-Yu Li
      - ``ICLR 2021`` [FastSpeech 2: Fast and High-Quality End-to-End Text to Speech](https://arxiv.org/abs/2006.04558), **Yi Ren**, Chenxu Hu, Xu Tan, et al.
      - ``NeurIPS 2021`` [PortaSpeech: Portable and High-Quality Generative Text-to-Speech](https://arxiv.org/abs/2109.15166), **Yi Ren**, Jinglin Liu, Zhou Zhao
      - [Lorem ipsum dolor sit amet, consectetur adipiscing elit. Vivamus ornare aliquet ipsum, ac tempus justo dapibus sit amet](https://github.com), A, B, C, **CVPR 2020**
      """)
    #expect(result.publications.map(\.title) == ["Quantum Kernel-Based Long Short-term Memory for Climate Time-Series Forecasting"])
    #expect(result.diagnostics.filter { $0.message.description.contains("of the site template") }.count == 2)
    #expect(warnings(result).isEmpty)
  }

  /// yongjiandeng.github.io (and d3ac.github.io): the publications section is still the
  /// template's, ResNet with **Kaiming He** and a "Lorem ipsum" item; ResNet was counted as
  /// the owner's only paper, and Kaiming He as the owner.
  @Test func `a list that is only the template's examples counts nothing`() {
    let result = read(
      """
      # 📝 Publications

      <div class='paper-box'><div class='paper-box-image'><div><div class="badge">CVPR 2016</div><img src='images/500x300.png' alt="sym" width="100%"></div></div>
      <div class='paper-box-text' markdown="1">

      [Deep Residual Learning for Image Recognition](https://openaccess.thecvf.com/content_cvpr_2016/papers/He_Deep_Residual_Learning_CVPR_2016_paper.pdf)

      **Kaiming He**, Xiangyu Zhang, Shaoqing Ren, Jian Sun

      - Lorem ipsum dolor sit amet, consectetur adipiscing elit. Vivamus ornare aliquet ipsum, ac tempus justo dapibus sit amet.
      </div>
      </div>

      - [Lorem ipsum dolor sit amet, consectetur adipiscing elit. Vivamus ornare aliquet ipsum, ac tempus justo dapibus sit amet](https://github.com), A, B, C, **CVPR 2020**
      """)
    #expect(result.publications.isEmpty)
    #expect(result.diagnostics.contains { $0.description.contains("\"Deep Residual Learning for Image Recognition\"") && $0.severity == .note })
  }

  /// The project's sample page lists Yi Ren's papers beside another researcher's: more of his
  /// papers than the template's examples, so they are his, not leftovers.
  @Test func `a page with more of the template author's papers keeps them`() {
    let result = read(
      """
      # 📝 Publications

      - ``CVPR 2024`` [DeepCache: Accelerating Diffusion Models for Free](https://arxiv.org/abs/2312.00858), **Xinyin Ma**, Gongfan Fang, Xinchao Wang
      - ``ICLR 2021`` [FastSpeech 2: Fast and High-Quality End-to-End Text to Speech](https://arxiv.org/abs/2006.04558), **Yi Ren**, Chenxu Hu, Xu Tan, et al.
      - ``ACL 2020`` [SimulSpeech: End-to-End Simultaneous Speech to Text Translation](https://www.aclweb.org/anthology/2020.acl-main.350), **Yi Ren**, Jinglin Liu, Xu Tan
      """)
    #expect(result.publications.count == 3)
  }
}

extension HomepageLayoutVariantsTests {
  /// 15717985905.github.io: each box sets its author list as a bullet (bullets in a box are
  /// highlights, and were dropped: the owner lost full names), and the same papers follow as
  /// APA references that name the venue: the boxes' "names no venue" warnings went stale.
  @Test func `a bullet of names in a box is its author list`() throws {
    let result = read(
      """
      # 📝 Publications
      <div class='paper-box'><div class='paper-box-image'><div><div class="badge">Tag1</div><img src='../images/publication1.png' alt="sym" width="100%"></div></div>
      <div class='paper-box-text' markdown="1">
      [Deep learning methods for protein structure prediction](https://onlinelibrary.wiley.com/doi/10.1002/mef2.96)
      - Yiming Qin, Zihan Chen, Ye Peng, Ying Xiao, Tian Zhong, Xi Yu 
      - 细节1 
      </div>
      </div>

      - Qin, Y., Chen, Z., Peng, Y., Xiao, Y., Zhong, T., & Yu, X. (2024). Deep learning methods for protein structure prediction. MedComm - Future Medicine, 3(3), e96. https://doi.org/10.1002/mef2.96
      """)
    let paper = try #require(result.publications.first)
    #expect(result.publications.count == 1)
    #expect(paper.authors.map(\.name) == ["Yiming Qin", "Zihan Chen", "Ye Peng", "Ying Xiao", "Tian Zhong", "Xi Yu"])
    #expect(paper.year == 2024)
    #expect(paper.venue != nil)
    #expect(warnings(result).isEmpty)
  }
}

extension HomepageLayoutVariantsTests {
  /// wh-xu.github.io: an italic venue with commas after the names ("*Design, Automation and
  /// Test in Europe Conference (DATE), 2024*") was read as the names "Design" and "Automation".
  @Test func `an italic venue with commas is no author list`() throws {
    let result = read(
      """
      ## Published Conferences

      - **[DATE 2024]** [AttBind: Memory-Efficient Acceleration for Long-Range Attention Using Vector-Derived Symbolic Binding](https://ieeexplore.ieee.org/document/10546602) \\
        <ins>**Weihong Xu**</ins>, Jaeyoung Kang, and Tajana Rosing \\
        *Design, Automation and Test in Europe Conference (DATE), 2024*
      """)
    let paper = try #require(result.publications.first)
    #expect(paper.authors.map(\.name) == ["Weihong Xu", "Jaeyoung Kang", "Tajana Rosing"])
    #expect(paper.venue?.name == "DATE")
  }

  /// mozhenling.github.io: the quoted title wraps onto the next line.
  @Test func `a quoted title may wrap onto the next line`() throws {
    let result = read(
      """
      # Publications

      - **Z. Mo**, Z. Zhang<sup>*</sup>, and K. -L. Tsui, "Lifeisgood: Learning Invariant 
         Features via In-Label Swapping for Generalizing Out-of-Distribution," in **_IEEE Transactions on Cybernetics_**,
         DOI: 10.1109/TCYB.2025.3578712, 2025.
      """)
    #expect(result.publications.first?.title == "Lifeisgood: Learning Invariant Features via In-Label Swapping for Generalizing Out-of-Distribution")
  }
}

extension HomepageLayoutVariantsTests {
  /// laujianmin.github.io loops over `_data/` with Liquid: "{{ link.title }}" is no paper; and
  /// a link's `{{ site.baseurl }}` is no part of its address (ShijieChen01's page).
  @Test func `Liquid output tags are template code`() {
    let result = read(
      """
      # Publications

      {% for link in site.data.publications.main %}
      - {{ link.title }}, {{ link.authors }}
      {% endfor %}
      - [Checked Baggage Screening Policies for Airports](https://example.org/paper), **Shijie Chen**, Ann Lee. [[PDF]({{ site.baseurl }}/files/checked-baggage.pdf)] TRB 2021
      """)
    #expect(result.publications.map(\.title) == ["Checked Baggage Screening Policies for Airports"])
  }

  /// anyezhy.github.io: co-authors written as reference links whose addresses are defined in
  /// another file ("[Hao-Wei Chen], [Xueyang Yu], **Haoyu Zhen**").
  @Test func `a name in brackets is the name`() throws {
    let result = read(
      """
      # Publications

      - **GHOST: Hierarchical Sub-Goal Policies for Generalizing Robot Manipulation**

        Ben Eisner, [Haotian Zhan], [Ying Yuan], **Haoyu Zhen**, [Chuang Gan]

        **RSS 2026**
      """)
    let paper = try #require(result.publications.first)
    #expect(paper.authors.map(\.name) == ["Ben Eisner", "Haotian Zhan", "Ying Yuan", "Haoyu Zhen", "Chuang Gan"])
  }
}

extension HomepageLayoutVariantsTests {
  /// da1yuqin.github.io: "Last, First" pairs apart at semicolons, with the owner typed in
  /// natural order among them; the list was read as "Zhang, Yulong, Wang, Li".
  @Test func `a natural-order name between semicolons is one of the pairs`() throws {
    let result = read(
      """
      # Publications

      - [NCV: A Node-Wise Consistency Verification Approach for Low-Cost Structured Error Localization](https://arxiv.org/pdf/2510.02816)

        Zhang, Yulong; Wang, Li; Du, Wei; Li, Peilin; **Yuqin Dai**; Zhao, Zhiyuan

        arXiv 2025
      """)
    let paper = try #require(result.publications.first)
    #expect(paper.authors.map(\.name) == ["Yulong Zhang", "Li Wang", "Wei Du", "Peilin Li", "Yuqin Dai", "Zhiyuan Zhao"])
    #expect(warnings(result).isEmpty)
  }

  /// boyuning.github.io: whole names apart at a comma and then semicolons are no pairs.
  @Test func `whole names apart at commas and semicolons stay whole`() throws {
    let result = read(
      """
      # Publications

      - [Max-Min Beamformer for THz Wideband Communications](https://ieeexplore.ieee.org/document/10283532), ICC 2023  
        **Boyu Ning**, Weidong Mei; Lipeng Zhu; Zhi Chen; Rui Zhang
      """)
    let paper = try #require(result.publications.first)
    #expect(paper.authors.map(\.name) == ["Boyu Ning", "Weidong Mei", "Lipeng Zhu", "Zhi Chen", "Rui Zhang"])
  }
}

extension HomepageLayoutVariantsTests {
  /// xinweizhang1998.github.io (`_pages/includes/publications.md`): a patent under "Other
  /// Publications", tagged "[Patent]", was counted as a journal paper titled by its number.
  @Test func `an item opening with a patent tag in brackets is a patent`() {
    let result = read(
      """
      # Other Publications
      - [Patent] 李古月；**张鑫伟**；侯宗越；王星宇，一种基于深度学习的频分双工系统密钥生成方法，已授权，2022/11/18，CN112906035B.
      """)
    #expect(result.publications.isEmpty)
    #expect(result.diagnostics.contains { $0.message.description.hasSuffix("is a patent; not counted as a publication") })
  }

  /// 01Yan/hyyan.github.io (`_pages/publications.md`): "Chinese Patent" in an italic `<span>`
  /// where a journal stands (CSS italics, as `<em>`); the paper above it stays a paper.
  @Test func `a patent named in an italic span where the venue stands is a patent`() {
    let result = read(
      """
      # Publications

      **PDMD: Potential-free Data-driven Molecular Dynamics for Variable-sized Water Clusters**
      **Hongyu Yan**, Qi Dai, Yong Wei, Minghan Chen, Hanning Chen
      <span style="color:green; font-style:italic;">Nature Communications</span> 2024

      **Incremental Deployment Method of Segment Routing Based on Graph Neural Networks and Reinforcement Learning** <br>
      Yuqing Xia, Wenting Wei, **Hongyu Yan**, Jiahao Zhu, Chengding Pang <br>
      <span style="color:green; font-style:italic;">Chinese Patent</span> <span style="color:green;">(Accepted)</span>
      | [patent](https://github.com/01Yan/hyyan.github.io/raw/master/files/patent.pdf)
      """)
    #expect(result.publications.map { $0.venue?.name } == ["Nature Communications"])
    #expect(result.diagnostics.contains { $0.message.description.hasSuffix("is a patent; not counted as a publication") })
  }
}
