import Testing
@testable import Publications

/// Author lists written as formatted references on homepages, where the names ran into the
/// title or were lost: each case is a line of a real page (most from luwang-szu's, issue 23).
@Suite struct HomepageAuthorListTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var id: String
    var entry: String
    /// Nil where the title is not what the case is about.
    var title: String?
    var authors: [String]
    /// Nil where the venue is not what the case is about.
    var venue: String?
    var testDescription: String { id }
  }

  static let cases: [Case] = [
    Case(
      id: "a page that writes its owner family name first writes everyone so",
      entry: """
        * Banerjee, Prithish, ..., **Chowdhury, Shrabanti** et al. A Note on the Adaptive LASSO for Zero-Inflated Poisson Regression (**Journal of Probability and Statistics**, 2018).
        """,
      title: "A Note on the Adaptive LASSO for Zero-Inflated Poisson Regression",
      authors: ["Prithish Banerjee", "Shrabanti Chowdhury"],
      venue: "Journal of Probability and Statistics"),
    Case(
      id: "the mark after an owner's inverted name is no part of the title",
      entry: """
        * Chatterjee, S\\*, **Chowdhury, Shrabanti**\\* et al. Group Regularization for Zero-inflated Count Regression Models with an Application to Healthcare Demand in Germany (**Statistics in Medicine**, 2018).
        """,
      title: "Group Regularization for Zero-inflated Count Regression Models with an Application to Healthcare Demand in Germany",
      authors: ["S. Chatterjee", "Shrabanti Chowdhury"],
      venue: "Statistics in Medicine"),
    Case(
      id: "family-first pairs end at the full stop before the title",
      entry: """
        * **Chowdhury, Shrabanti**, Lukemire, Joshua and Mandal, Abhyudyay. A-ComVar: A Flexible Extension of Common Variance Designs (**Journal of Statistical Theory and Practice**, 2019)
        """,
      title: "A-ComVar: A Flexible Extension of Common Variance Designs",
      authors: ["Shrabanti Chowdhury", "Joshua Lukemire", "Abhyudyay Mandal"], venue: nil),
    Case(
      id: "an owner written family first closes the list with a full stop",
      entry: """
        * Ghosh, Subir and **Chowdhury, Shrabanti**. CV, ECV, and Robust CV designs for replications under a class of linear models for factorial experiments (**Journal of Statistical Planning and Inference**, 2017).
        """,
      title: "CV, ECV, and Robust CV designs for replications under a class of linear models for factorial experiments",
      authors: ["Subir Ghosh", "Shrabanti Chowdhury"], venue: "Journal of Statistical Planning and Inference"),
    Case(
      id: "Chicago inverts only the first author",
      entry: """
        <strong> <font color="#3286AE">[TWC]</font></strong> Du, Xiao, Ting Wang, Qiang Feng, Chenhui Ye, Tao Tao, __L. Wang__, Yuanming Shi, and Mingsong Chen. "Multi-agent Reinforcement Learning for Dynamic Resource Management in 6G in-X Subnetworks." In IEEE Transactions on Wireless Communications ,Volume: 22, Issue: 3，pp:1900-1914, MARCH 2023.
        """,
      title: "Multi-agent Reinforcement Learning for Dynamic Resource Management in 6G in-X Subnetworks",
      authors: ["Xiao Du", "Ting Wang", "Qiang Feng", "Chenhui Ye", "Tao Tao", "L. Wang", "Yuanming Shi", "Mingsong Chen"],
      venue: "IEEE Transactions on Wireless Communications"),
    Case(
      id: "the last two names share a piece before the title",
      entry: """
        <strong> <font color="#738FBF">[ICPADS]</font></strong> Y. Huang, S. Cai, __L. Wang__ and K. Wu, Oinput: a Bone-Conductive QWERT Keyboard Recognition for Wearable Device，in the IEEE International Conference on Parallel and Distributed Systems (IEEE ICPADS), 2018. (Invited Paper)
        """,
      title: "Oinput: a Bone-Conductive QWERT Keyboard Recognition for Wearable Device",
      authors: ["Y. Huang", "S. Cai", "L. Wang", "K. Wu"], venue: "ICPADS"),
    Case(
      id: "a marked last name and a title with many capitalised words",
      entry: """
        <strong> <font color="#738FBF">[MobiSys’25]</font></strong> Kaixin Chen, Junfan Xiang, Wanying Tan, Keyu Chen, Kaishun Wu and Lu Wang*, PIT: A Novel Toothbrush Providing Real-Time and Robust Plaque Indication During Brushing, in the 23rd ACM International Conference on Mobile Systems, Applications, and Services (MobiSys’25), 2025.
        """,
      title: "PIT: A Novel Toothbrush Providing Real-Time and Robust Plaque Indication During Brushing",
      authors: ["Kaixin Chen", "Junfan Xiang", "Wanying Tan", "Keyu Chen", "Kaishun Wu", "Lu Wang"], venue: "MobiSys"),
    Case(
      id: "the serial comma's and opens the last name, and a lead-in opens the venue",
      entry: """
        <strong> <font color="#738FBF">[MobiCom]</font></strong> Kaixin Chen, Lei Wang, Yongzhi Huang, **Lu Wang\\***, and Kaishun Wu, LiT: Toothbrushing monitoring using blue light from toothbrush, accepted to appear in The 29th Annual International Conference on Mobile Computing and Networking (MobiCom '23), 2023.
        """,
      title: "LiT: Toothbrushing monitoring using blue light from toothbrush",
      authors: ["Kaixin Chen", "Lei Wang", "Yongzhi Huang", "Lu Wang", "Kaishun Wu"], venue: "MobiCom"),
    Case(
      id: "a journal no list knows keeps its name, not its acronym",
      entry: """
        <strong> <font color="#3286AE">[TOSN]</font></strong> Hao Wang, Haoran Zhang, Lu Wang, Shichang Xuan, Qian Zhang, Fedeval: Defending Against Lazybone Attack via Multi-dimension Evaluation in Federated Learning, accepted to appear in IEEE Transactions on Sensor Networks (TOSN), 2024.
        """,
      title: "Fedeval: Defending Against Lazybone Attack via Multi-dimension Evaluation in Federated Learning",
      authors: ["Hao Wang", "Haoran Zhang", "Lu Wang", "Shichang Xuan", "Qian Zhang"],
      venue: "IEEE Transactions on Sensor Networks"),
    Case(
      id: "the title ends at the sentence before the meeting's year",
      entry: """
        * Alyssa Wohlfahrt, <b>Zhi Zhang</b>, Bing Lu, Tuhina Neogi and Yvonne C Lee, Identification of Clinically Relevant Pain Profiles in Individuals with Active RA. 2017 ACR/ARHP Annual Meeting. [link](https://acrabstracts.org/abstract/identification/)
        """,
      title: "Identification of Clinically Relevant Pain Profiles in Individuals with Active RA",
      authors: ["Alyssa Wohlfahrt", "Zhi Zhang", "Bing Lu", "Tuhina Neogi", "Yvonne C Lee"],
      venue: "ACR/ARHP Annual Meeting"),
    Case(
      id: "a tag before the names, and a title sentence that runs on to the venue",
      entry: """
        - <b>[TWC]</b> R. Xie, K. Wu, L. Wang. Energy Efficiency Enhancement for Deep Mobile Sensing, IEEE Wireless Communication Magazine, 2019.
        """,
      title: "Energy Efficiency Enhancement for Deep Mobile Sensing", authors: ["R. Xie", "K. Wu", "L. Wang"],
      venue: "IEEE Wireless Communication Magazine"),
    Case(
      id: "a book series after the title is its venue, not its tail",
      entry: """
        <strong> <font color="#738FBF">[SpringerBriefs]</font></strong> **L. Wang**, K. Wu and M. Hamdi. Introduction to Attachment Transmission in Wireless Networks, in SpringerBriefs in Computer Science Series, Springer London Limited, 2014.
        """,
      title: "Introduction to Attachment Transmission in Wireless Networks", authors: ["L. Wang", "K. Wu", "M. Hamdi"],
      venue: "SpringerBriefs in Computer Science"),
    Case(
      id: "a title written before the names, then the venue's acronym",
      entry: """
        - Lossless Point Cloud Attribute Compression Using Cross-scale, Cross-group, and Cross-color Prediction, J. Wang, D. Ding, Z. Ma, IEEE DCC 2023
        """,
      title: "Lossless Point Cloud Attribute Compression Using Cross-scale, Cross-group, and Cross-color Prediction",
      authors: ["J. Wang", "D. Ding", "Z. Ma"], venue: "DCC"),
    Case(
      id: "a title before the names that opens with its name and a colon",
      entry: """
        - ELIM: Extremely Low-Complexity Implicit Neural Model for Super Resolution-Based Coding, W. Wang, J. Wang, D. Ding*, IEEE PCS 2024 (Best Paper Award Finalist)
        """,
      title: "ELIM: Extremely Low-Complexity Implicit Neural Model for Super Resolution-Based Coding",
      authors: ["W. Wang", "J. Wang", "D. Ding"], venue: "PCS"),
    Case(
      id: "ACS names apart at semicolons keep initials with a space",
      entry: """
        <strong> <font color="#3286AE">[ACS Appl. Mater. Interfaces]</font></strong> Zhang, Y.; Jiang, M.; Han, T.; Xiao, X.; Chen, W.; __Wang, L.__; Wong, K. S.; Wang, R.; Wang, K.; Tang, B. Z.; Wu, K., Aggregation-Induced Emission Luminogens as Color Converters for Visible-Light Communication. ACS Appl. Mater. Interfaces Sep. 2018, 10 (40), 34418-34426 [(PDF)](../paper/Aggregation-Induced Emission Luminogens as Color Converters for Visible-Light Communication.pdf)
        """,
      title: nil,
      authors: [
        "Y. Zhang", "M. Jiang", "T. Han", "X. Xiao", "W. Chen", "L. Wang", "K. S. Wong", "R. Wang", "K. Wang", "B. Z. Tang",
        "K. Wu",
      ],
      venue: "ACS Applied Materials & Interfaces"),
    Case(
      id: "a sole author written family name first, and a journal in italics no list knows",
      entry: """
        Kurzynski, Maciej, ["Cognitive Stylometry: A Computational Study of Defamiliarization in Modern Chinese,"](https://www.cambridge.org/core/journals/computational-humanities-research/article/x) *Computational Humanities Research*, 2026.
        """,
      title: "Cognitive Stylometry: A Computational Study of Defamiliarization in Modern Chinese",
      authors: ["Maciej Kurzynski"], venue: "Computational Humanities Research"),
    Case(
      id: "Chicago's inverted first author with a middle initial",
      entry: """
        * Feldman, Candace H., Jamie Collins, <b>Zhi Zhang</b>, S. V. Subramanian, Daniel H. Solomon, Ichiro Kawachi, and Karen H. Costenbader. Dynamic patterns and predictors of hydroxychloroquine nonadherence among medicaid beneficiaries with systemic lupus erythematosus. In Seminars in Arthritis and Rheumatism. WB Saunders, 2018. [pubMed](https://pubmed.ncbi.nlm.nih.gov/29458974/)
        """,
      title: nil,
      authors: ["Candace H. Feldman", "Jamie Collins", "Zhi Zhang", "S. V. Subramanian", "Daniel H. Solomon", "Ichiro Kawachi", "Karen H. Costenbader"],
      venue: nil),
    Case(
      id: "a bold award label before the names",
      entry: """
        **Received Best Paper Award:** K. Virgil English, Nathaniel Bennett, Seaver Thorn, Patrick Traynor, Kevin Butler and William Enck, **Examining Cryptography and Randomness Failures in Open-Source Cellular Cores**, 14th ACM Conference on Data and Application Security and Privacy (CODASPY), June 2024
        """,
      title: nil,
      authors: ["K. Virgil English", "Nathaniel Bennett", "Seaver Thorn", "Patrick Traynor", "Kevin Butler", "William Enck"],
      venue: nil),
    Case(
      id: "a mark on the given name of a semicolon list closes the whole name",
      entry: """
        <strong> <font color="#3286AE">[TON]</font></strong> Wang, Wei; Chen, Yingjie; __Wang, Lu__; Zhang, Qian*, “Sampleless Wi-Fi: Bringing Low Power to Wi-Fi Communications”, in the IEEE/ACM Transactions on Networking, vol. 25, No.3, pp. 1663 - 1672, January 2017 [(PDF)](../paper/Sampleless Wi-Fi- Bringing Low Power to Wi-Fi Communications.pdf)
        """,
      title: nil,
      authors: ["Wei Wang", "Yingjie Chen", "Lu Wang", "Qian Zhang"],
      venue: nil),
    Case(
      id: "a Chinese journal after the quoted title",
      entry: """
        <strong> <font color="#3286AE">[计算机研究与发展]</font></strong> __王璐__，张健浩，王廷，伍楷舜*，“面向云网融合的细粒度多接入边缘计算架构”，计算机研究与发展，2021, 58(6):  1275-1290. [(PDF)](../paper/面向云网融合的细粒度多接入边缘计算架构.pdf)
        """,
      title: "面向云网融合的细粒度多接入边缘计算架构", authors: ["王璐", "张健浩", "王廷", "伍楷舜"], venue: "计算机研究与发展"),
    Case(
      id: "a French meeting in italics, without the place after its comma",
      entry: """
        - :fr: 2012 [**Etude de l'impact des attaques distribuées et multi-chemins sur les solutions de sécurité réseaux**](https://hal.science/hal-00746991/). **Damien Riquet**, Gilles Grimaud, Michaël Hauspie. *MAnifestation des JEunes Chercheurs en Sciences et Technologies de l'Information et de la Communication, Lille, France.*
        """,
      title: nil, authors: ["Damien Riquet", "Gilles Grimaud", "Michaël Hauspie"],
      venue: "MAnifestation des JEunes Chercheurs en Sciences et Technologies de l'Information et de la Communication"),
    Case(
      id: "a journal's name with one letter too many is that journal",
      entry: """
        2. C. Hao, **T. T. Vu**, H. Q. Ngo, M. N. Dao, X. Dang, C. Wang, M. Matthaiou, "Joint User Association and Power Control for Cell-Free Massive MIMO", IEEE Internets of Things Journal (Impact Factor: 10.6), 2024. [Link](https://ieeexplore.ieee.org/document/10387264)
        """,
      title: "Joint User Association and Power Control for Cell-Free Massive MIMO",
      authors: ["C. Hao", "T. T. Vu", "H. Q. Ngo", "M. N. Dao", "X. Dang", "C. Wang", "M. Matthaiou"],
      venue: "IEEE Internet of Things Journal"),
    Case(
      id: "a family name typed in lower case, before the owner",
      entry: """
        - Youheng zhu, **Yiping Lu**, [High-Dimensional Interpolators Can Be Fragile](https://arxiv.org/abs/2607.09547)
        """,
      title: "High-Dimensional Interpolators Can Be Fragile", authors: ["Youheng Zhu", "Yiping Lu"], venue: "arXiv"),
    Case(
      id: "a whole name typed in lower case, among names",
      entry: """
        * Wudi Chen, **Zhiyuan Zha**#, Shigang Wang, Jiantao Zhou, zipei fan, Gang Yan, and Ce Zhu. "KaRF: Weakly-Supervised Kolmogorov-Arnold Networks-based Radiance Fields", **_39th Annual Conference on Neural Information Processing Systems (NeurIPS)_**, San Diego, USA, 2025.
        """,
      title: "KaRF: Weakly-Supervised Kolmogorov-Arnold Networks-based Radiance Fields",
      authors: ["Wudi Chen", "Zhiyuan Zha", "Shigang Wang", "Jiantao Zhou", "Zipei Fan", "Gang Yan", "Ce Zhu"], venue: "NeurIPS"),
    Case(
      id: "a note in parentheses after a name is no part of it",
      entry: """
        - [Adversarial sticker: A stealthy attack method in the physical world](https://arxiv.org/abs/2104.06728), Xingxing Wei (Supervisor),  **<u>Ying Guo</u>**, and Jie Yu. _IEEE Transaction on Pattern Analysis and Machine Intelligence (**TPAMI**), 2022_
        """,
      title: "Adversarial sticker: A stealthy attack method in the physical world",
      authors: ["Xingxing Wei", "Ying Guo", "Jie Yu"], venue: "TPAMI"),
    Case(
      id: "a note closing the list after the last name",
      entry: """
        - **PriCo: Prior-Guided Bidirectional Branch Cooperation in ControlNet for Fine-Grained Pose Generation**, Yichao Ma, Guohui Li, Zhong Yang, **Mingjie Ma** (Rank 2nd in students). ACM MM 2026
        """,
      title: "PriCo: Prior-Guided Bidirectional Branch Cooperation in ControlNet for Fine-Grained Pose Generation",
      authors: ["Yichao Ma", "Guohui Li", "Zhong Yang", "Mingjie Ma"]),
    Case(
      id: "names glued without a space are written apart",
      entry: """
        <div class='paper-box'><div class='paper-box-image'><div><div class="badge">TPAMI 2023</div></div></div>
        <div class='paper-box-text' markdown="1">
        **Large-Scale Object Detection in the Wild from Imbalanced Multi-Labels**
        [[Paper](https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=10579784)]

        CongPan\\∗, **JunranPeng\\∗**, XingyuanBu, ZhaoxiangZhang

        IEEE Transactions on Pattern Analysis and Machine Intelligence (**TPAMI**) 2023

        </div>
        </div>
        """,
      title: "Large-Scale Object Detection in the Wild from Imbalanced Multi-Labels",
      authors: ["Cong Pan", "Junran Peng", "Xingyuan Bu", "Zhaoxiang Zhang"], venue: "TPAMI"),
    Case(
      id: "a venue's acronym in parentheses does not make it a name",
      entry: """
        * **Zhiyuan Zha**, Bihan Wen, Xin Yuan, Jiachao Zhang, Jiantao Zhou and Ce Zhu. "Structured residual sparsity for video compressive sensing reconstruction", **_Signal Processing (SP)_**, vol. 222, pages. 109513, 2024.
        """,
      title: "Structured residual sparsity for video compressive sensing reconstruction",
      authors: ["Zhiyuan Zha", "Bihan Wen", "Xin Yuan", "Jiachao Zhang", "Jiantao Zhou", "Ce Zhu"]),
  ]

  /// razaimam45.github.io and a page that bolds only the owner's family name.
  static let boldNames: [Case] = [
    Case(
      id: "a bold name and the plain name after it are two people, comma or not",
      entry: """
        - [From RAG to Agentic: Validating Islamic-Medicine Responses with LLM Agents](https://arxiv.org/pdf/2506.15911) \\
        Mohammad Amaan Sayeed<sup>*</sup>, Mohammed Talha Alam<sup>*</sup>, <b>Raza Imam<sup>*</sup></b> Shahab Saquib Sohail, Amir Hussain
        """,
      title: "From RAG to Agentic: Validating Islamic-Medicine Responses with LLM Agents",
      authors: ["Mohammad Amaan Sayeed", "Mohammed Talha Alam", "Raza Imam", "Shahab Saquib Sohail", "Amir Hussain"]),
    Case(
      id: "a family name alone in bold stays in its name",
      entry: """
        - [A Study of Graph Learning for Traffic](https://example.org/p) \\
        Wei Chen, **Zhang** San, Amir Hussain
        """,
      title: "A Study of Graph Learning for Traffic",
      authors: ["Wei Chen", "Zhang San", "Amir Hussain"]),
    Case(
      // exgc.github.io: the venue in bold right after the last name, no comma between.
      id: "bold venue after the last plain name",
      entry: "- [OmniSep: Unified Omni-Modality Sound Separation](https://example.org/p) **Xize Cheng**, Siqi Zheng, Zehan Wang **ICLR 2025**",
      title: "OmniSep: Unified Omni-Modality Sound Separation",
      authors: ["Xize Cheng", "Siqi Zheng", "Zehan Wang"], venue: "ICLR"),
  ]

  @Test(arguments: cases + boldNames) func `names and title are apart`(_ example: Case) throws {
    let result = read("# Publications\n\n" + example.entry + "\n")
    let publication = try #require(result.publications.first)
    #expect(result.publications.count == 1)
    if let title = example.title { #expect(publication.title == title) }
    #expect(publication.authors.map(\.name) == example.authors)
    if let venue = example.venue { #expect(publication.venue?.name == venue) }
    #expect(!warnings(result).contains { $0.contains("authors") })
  }

  /// Jie Zhang's AcadHomepage: "**Jie Zhang** [*the corresponding author*]" in every author line.
  @Test func `a bracketed role note after a name leaves the name and its owner mark`() throws {
    let result = read(
      """
      # Publications

      <div class='paper-box'><div class='paper-box-image'><div><div class="badge">NDSS 2025</div></div></div>
      <div class='paper-box-text' markdown="1">

      [THEMIS: Regulating Textual Inversion for Personalized Concept Censorship](https://arxiv.org/pdf/2308.10718)

      Yutong Wu, **Jie Zhang** [*the corresponding author*], Florian Kerschbaum, and Tianwei Zhang

      </div>
      </div>
      """)
    let publication = try #require(result.publications.first)
    #expect(publication.authors.map(\.name) == ["Yutong Wu", "Jie Zhang", "Florian Kerschbaum", "Tianwei Zhang"])
    #expect(publication.authors.map(\.isHighlighted) == [false, true, false, false])
    #expect(publication.authors[1].markers == [.corresponding])
  }

  @Test func `a title of capitalised words after an inverted name is no name`() throws {
    // "Oral presentation" is no "Oral Presentation" and "Deep learning" no person: a lower-case
    // family name is read only among names.
    let result = read(
      """
      # Publications

      - Deep learning, Ann Owner, [A Study of Things That Matter](https://example.org/paper), NeurIPS 2023
      """)
    let publication = try #require(result.publications.first)
    #expect(!publication.authors.map(\.name).contains("Deep Learning"))
  }

  /// 11annah.github.io (`_pages/publications.md`, APA in HTML list items): "van den Bergh, D."
  /// had been two people, "van den Bergh" and "D.", with a warning.
  @Test func `an APA family name with particles takes its initials`() throws {
    let result = read(
      """
      # Publications

      <ul class="publication-list" style="font-size: smaller;">
      <li> Sarafoglou, A., Hoogeveen, S., van den Bergh, D., Aczel, B., Albers, C. J., Althoff, T., … Wagenmakers, E. (2024). <em>Subjective Evidence Evaluation Survey For Multi-Analyst Studies</em>. Manuscript submitted for publication. <a href="https://doi.org/10.31234/osf.io/mxje3">https://doi.org/10.31234/osf.io/mxje3</a>
      (As part of the expert panel)</li>
      </ul>
      """)
    let paper = try #require(result.publications.first)
    #expect(paper.authors.map(\.name) == [
      "A. Sarafoglou", "S. Hoogeveen", "D. van den Bergh", "B. Aczel", "C. J. Albers", "T. Althoff", "E. Wagenmakers",
    ])
    #expect(warnings(result).isEmpty)
  }

  /// 1Dandan.github.io (`_pages/publications.md`): "Ford B." and "Tang Y." typed without the
  /// comma among names written "Family, I." are family first too.
  @Test func `a name typed family first without its comma among APA names is reordered`() throws {
    let result = read(
      """
      # Publications

      <ol reversed>
      <li style="padding-left: 6px;"> Croft, B., Martin, R. V., Chang, R. Y-W., Bindle, L., Eastham, S. D., Estrada, L., Ford B., Li, C., Long, M. S., Lundgren, E. W., Sinha, S., Sulprizio, M. P., Tang Y., van Donkelaar, A., Yantosca, R. M., <b>Zhang, D.</b>, Zhu, H., Pierce, J. R. (2024). Towards fine horizontal resolution global simulations of aerosol sectional microphysics: Advances enabled by GCHP-TOMAS. <i>Journal of Advances in Modeling Earth Systems</i>.</li>
      </ol>
      """)
    let names = try #require(result.publications.first).authors.map(\.name)
    #expect(names.contains("B. Ford"))
    #expect(names.contains("Y. Tang"))
    #expect(names.contains("A. van Donkelaar"))
    #expect(!names.contains("Ford B."))
  }
}
