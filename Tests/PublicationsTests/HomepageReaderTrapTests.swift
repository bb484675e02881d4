import Testing
@testable import Publications

/// The traps real pages set, each on a small page written for the test.
@Suite struct HomepageReaderTrapTests {
  /// Issue 24: a backslash that ends a line is Markdown's hard line break, not part of a name.
  @Test func `a hard line break after an author list keeps every author, the owner too`() {
    let result = read(
      """
      # Publications
      - **Deep Sleep Staging from Wrist Motion**  
        John Smith, Mary Jones, Jane Roe.\\
        *CVPR 2024*
      - **A Study of Rivers and Lakes in Winter**  
        Ann Lee, Bob Smith and **Carl Owner**. \\
        Coastal Engineering, 2023
      """)
    #expect(result.publications.map { $0.authors.map(\.name) } == [
      ["John Smith", "Mary Jones", "Jane Roe"], ["Ann Lee", "Bob Smith", "Carl Owner"],
    ])
    #expect(result.publications.last?.authors.last?.isHighlighted == true)
  }

  /// A paper-box whose badge is a research topic and whose title is a plain paragraph, with the
  /// authors and the italic venue in the paragraphs under it (HaoTang11.github.io).
  @Test func `a plain title paragraph under a topic badge is the title`() {
    let result = read(
      """
      # Publications

      <div class='paper-box'><div class='paper-box-image'><div><div class="badge">Vision-based pose tracking</div><img src='images/mst.jpg' alt="sym" width="100%"></div></div>
      <div class='paper-box-text' markdown="1">

      Monocular-vision-based non-cooperative spacecraft tracking for close-proximity missions

      **Hao Tang**, Chang Liu*, Qiuying Wang, Weiduo Hu

      *Measurement Science and Technology*, 2025, Published

      - offline extraction of prominent 3D boundaries from spacecraft mesh models
      </div>
      </div>
      """)
    #expect(result.publications.map(\.title) == ["Monocular-vision-based non-cooperative spacecraft tracking for close-proximity missions"])
    #expect(result.publications.first?.venue?.name == "Measurement Science and Technology")
    #expect(result.publications.first?.year == 2025)
    #expect(result.publications.first?.authors.map(\.name) == ["Hao Tang", "Chang Liu", "Qiuying Wang", "Weiduo Hu"])
  }

  /// A bold line of a few words around a year names the venue, though the catalogue does not
  /// know it ("ACMMM"); the plain line above the authors is the title (yuhos16.github.io).
  @Test func `a bold venue with a year is no title`() {
    let result = read(
      """
      # Publications

      <div class='paper-box'><div class='paper-box-image'><div><div class="badge">Benchmark &amp; Dataset</div></div></div>
      <div class='paper-box-text' markdown="1">

      <div class="paper-title">SkinCaRe: A Multimodal Dermatology Dataset Annotated with Medical Caption</div>
      <div class="paper-authors" markdown="1">
      **Yuhao Shen**, Liyuan Sun, Yan Xu
      </div>
      <div class="paper-meta"><strong>ACMMM 2026 Workshop</strong></div>
      </div>
      </div>
      """)
    #expect(result.publications.map(\.title) == ["SkinCaRe: A Multimodal Dermatology Dataset Annotated with Medical Caption"])
    #expect(result.publications.first?.year == 2026)
    #expect(result.publications.first?.venue?.kind == .workshop)
  }

  /// A mathematician's page: the owner is never written, the title is in italics, the
  /// co-authors are in a "(with …)" clause.
  @Test func `an italic title opens the entry and a with clause names the co-authors`() {
    let result = read(
      """
      # Publications

      - *Homotopy units in A-infinity algebras*, Trans. Amer. Math. Soc. 368 (2016), 2145–2184. [arXiv](https://arxiv.org/abs/1111.2723)
      - (with A. Tonks) *Unital associahedra*, Forum Math. 26 (2014), 593–620. [arXiv](https://arxiv.org/abs/1110.1959)
      - *The derived Auslander–Iyama correspondence* (with G. Jasso and B. Keller), J. Amer. Math. Soc. (2026). [arXiv](https://arxiv.org/abs/2208.14413)
      - With A. Tonks: The 1-type of a Waldhausen K-theory spectrum, *Adv. Math.* **216** (2007), 178–211.
      - The homotopy category of pseudofunctors and translation cohomology, *J. Pure Appl. Algebra* **211** (2007), 821–850. (with H.-J. Baues)
      - Biases in prime factorizations and Liouville functions for arithmetic progressions, with P. Humphries and S. Shekatkar. *J. Théor. Nombres Bordeaux* 31 (2019), no. 1, 1–25.
      - Graph limits, with applications to testing. *Forum Math.* 27 (2015), 1–20.
      """)
    #expect(result.publications.map(\.title) == [
      "Homotopy units in A-infinity algebras", "Unital associahedra", "The derived Auslander–Iyama correspondence",
      "The 1-type of a Waldhausen K-theory spectrum", "The homotopy category of pseudofunctors and translation cohomology",
      "Biases in prime factorizations and Liouville functions for arithmetic progressions",
      "Graph limits, with applications to testing",
    ])
    #expect(result.publications.map { $0.authors.map(\.name) } == [
      [], ["A. Tonks"], ["G. Jasso", "B. Keller"], ["A. Tonks"], ["H.-J. Baues"], ["P. Humphries", "S. Shekatkar"], [],
    ])
    #expect(result.publications.map { $0.venue?.name } == [
      "Transactions of the American Mathematical Society", "Forum Mathematicum", "Journal of the American Mathematical Society",
      "Advances in Mathematics", "Journal of Pure and Applied Algebra",
      "Journal de Théorie des Nombres de Bordeaux", "Forum Mathematicum",
    ])
    #expect(result.publications.map(\.year) == [2016, 2014, 2026, 2007, 2007, 2019, 2015])
  }

  /// Issue 24: "Last, First; Last, First" lists are people apart at semicolons, the owner one person.
  @Test func `a semicolon list of last first names gives whole people`() throws {
    let result = read(
      """
      # Publications
      - **Semi-supervised Graph Learning at Scale**. **Doe, Jane**; Roe, Richard.; Berg, Anna. NeurIPS 2022.
      - **Robust Tracking of Many Objects**. Tan, H., **Guo, Z.**, & Yan, J. (2021). CVPR.
      """)
    #expect(result.publications.map { $0.authors.map(\.name) } == [["Jane Doe", "Richard Roe", "Anna Berg"], ["H. Tan", "Z. Guo", "J. Yan"]])
    #expect(result.publications.first?.authors.map(\.isHighlighted) == [true, false, false])
    #expect(result.publications.first?.venue?.name == "NeurIPS")
  }

  @Test func `entries inside comments are not publications`() {
    let result = read(
      """
      # Publications
      <!-- <div class='paper-box'><div class="badge">NeurIPS 2019</div>
      [FastSpeech: Fast, Robust and Controllable Text to Speech](https://x.org) \\
      **Yi Ren**, Yangjun Ruan
      </div> -->
      [//]: # (- `ICLR 2020` [A Commented Out Paper Title](u), **Yi Ren**, Bob Smith)
      - `AAAI 2021` [UWSpeech: Speech to Speech Translation](u), Chen Zhang, **Yi Ren**, et al.
      """)
    #expect(result.publications.map(\.title) == ["UWSpeech: Speech to Speech Translation"])
  }

  @Test func `stale badge loses to the entry's own text with a warning naming the line`() throws {
    let result = read(
      """
      # Publications
      <ul>
        <li>
          `ICLR 2023` <strong> Diffusion Model is Effectively Its Own Teacher. CVPR 2025. </strong>
          <div><i><strong>Xinyin Ma</strong>, Runpeng Yu. </i></div>
        </li>
      </ul>
      """)
    let publication = try #require(result.publications.first)
    #expect(publication.venue?.name == "CVPR")
    #expect(publication.year == 2025)
    #expect(
      warnings(result) == [
        "page.md:4: warning: badge 'ICLR 2023' disagrees with the entry's own text 'CVPR 2025' in "
          + "\"Diffusion Model is Effectively Its Own Teacher\"; using the text"
      ])
  }

  @Test func `a link naming the venue confirms the text over the badge`() {
    let result = read(
      """
      # Publications
      <ul><li>`ICLR 2023` <strong> Diffusion Model is Effectively Its Own Teacher. CVPR 2025. </strong>
      <a href="https://openaccess.thecvf.com/content/CVPR2025/papers/Ma.pdf"> [paper]</a>
      <div><i><strong>Xinyin Ma</strong>, Runpeng Yu. </i></div></li></ul>
      """)
    #expect(warnings(result).first?.hasSuffix("the paper's link agrees with the text; using the text") == true)
  }

  @Test func `venue without a year gives unknown and a warning`() throws {
    let result = read(
      """
      # Publications
      - ``IEEE TMM`` [SDMuse: Stochastic Differential Music Editing](https://x.org), Chen Zhang, Yi Ren, Kejun Zhang.
      """)
    let publication = try #require(result.publications.first)
    #expect(publication.year == nil)
    #expect(publication.venue == Venue(name: "IEEE TMM", kind: .journal))
    #expect(
      warnings(result) == [
        "page.md:2: warning: entry \"SDMuse: Stochastic Differential Music Editing\" (IEEE TMM) has no year; counted as unknown"
      ])
  }

  @Test func `notes come from parentheses badges and the venue text`() {
    let result = read(
      """
      # Publications
      - ``ACM-MM 2020`` <span style="color:red">(Oral)</span> [PopMAG: Pop Music Accompaniment Generation](u), **Yi Ren**, Jinzheng He, et al.
      <ul><li><strong> MuVER: Improving First-Stage Entity Retrieval. EMNLP 2021 Short. </strong>
      <div><i><strong>Xinyin Ma</strong>, Yong Jiang.</i></div></li></ul>
      """)
    #expect(result.publications.map(\.notes) == [["Oral"], ["Short"]])
    #expect(result.publications.map(\.year) == [2020, 2021])
  }

  @Test func `author lists cut with et al or ellipsis are truncated`() {
    let result = read(
      """
      # Publications
      - `AAAI 2021` [A Paper Cut With Et Al](u), Chen Zhang, **Yi Ren**, et al.
      - Dong, K., Yu, Q., <strong>Guo, Z.</strong>*, …, Yan, J. (2025). A paper cut with an ellipsis here. Applied Energy, 100212.
      - `AAAI 2021` [A Paper With Every Author](u), Chen Zhang, **Yi Ren**
      """)
    #expect(result.publications.map(\.isAuthorListTruncated) == [true, true, false])
  }

  @Test func `a paper listed twice counts once and keeps the richer fields`() throws {
    let result = read(
      """
      # Publications
      ## Selected
      - `NeurIPS 2024` [AsyncDiff: Parallelizing Diffusion Models](https://arxiv.org/abs/1), Zigeng Chen, **Xinyin Ma**, et al.
      ## All
      - `NeurIPS 2024` [AsyncDiff: parallelizing diffusion models](https://arxiv.org/abs/1), Zigeng Chen, **Xinyin Ma**, Gongfan Fang, Xinchao Wang [[code](https://github.com/a/b)]
      """)
    let publication = try #require(result.publications.first)
    #expect(result.publications.count == 1)
    #expect(publication.authors.count == 4)
    #expect(!publication.isAuthorListTruncated)
    #expect(publication.links.code == "https://github.com/a/b")
    #expect(publication.source.line == 3)
    #expect(result.diagnostics.contains { $0.severity == .note && $0.message.contains("counted once") })
  }

  @Test func `only publication sections count`() {
    let result = read(
      """
      # 🔥 News
      - *2024.09*: Our work [AsyncDiff: Parallelizing Diffusion Models](u) is accepted by **NeurIPS 2024**.
      # 📝 Publications
      - `NeurIPS 2024` [AsyncDiff: Parallelizing Diffusion Models](u), Zigeng Chen, **Xinyin Ma**
      ## 📜 Patents
      - Xinyin Ma, Bob Smith, "A Method for Things", CN Patent 123456, 2023.
      # 🎖 Honors and Awards
      - `CVPR 2023` [Best Paper Honorable Mention For Things](u), **Xinyin Ma**, Bob Smith
      # 💬 Invited Talks
      - `ICML 2023` [A Talk About Things And Stuff](u), **Xinyin Ma**, Bob Smith
      # 🏫 Service
      - Reviewer of **CVPR 2024**, **NeurIPS 2023**
      """)
    #expect(result.publications.map(\.title) == ["AsyncDiff: Parallelizing Diffusion Models"])
  }

  @Test func `a topic heading such as TalkingFace is not a talk`() {
    let result = read(
      """
      # Publications
      ## 👄 TalkingFace & Avatar
      - `ICLR 2023` [GeneFace: Generalized Talking Face Synthesis](u), Zhenhui Ye, **Yi Ren**, et al.
      """)
    #expect(result.publications.count == 1)
  }

  @Test func `entities are decoded and markdown is stripped from titles and names`() throws {
    let result = read(
      """
      # Publications
      - `ACL 2020` [**Speech &amp; Text:** *Fast* `Models` for Ca&ntilde;&oacute;n](u), Jos&eacute; Mar&iacute;a, **Zo&euml; Smith**, Bob Jones
      """)
    let publication = try #require(result.publications.first)
    #expect(publication.title == "Speech & Text: Fast Models for Cañón")
    #expect(publication.authors.map(\.name) == ["José María", "Zoë Smith", "Bob Jones"])
  }

  @Test func `owners may be underlined coloured or marked by a class`() {
    let result = read(
      """
      # Publications
      - **A Title Written in Bold Here**
        <u>Ziwei Luo</u>, Fredrik K. Gustafsson, Jens Sjölund
        **ICML 2023**
      - `RAL 2024` [Another Title With Words](u), <span class="accent-text">Yinan Deng</span>, Yufeng Yue*
      - `TCSVT 2024` [A Third Title With Words](u), <span style="color: #0000FF;">Senmao Li</span>, Joost van de Weijer
      """)
    #expect(
      result.publications.map { $0.authors.filter(\.isHighlighted).map(\.name) } == [
        ["Ziwei Luo"], ["Yinan Deng"], ["Senmao Li"],
      ])
    #expect(result.publications[2].authors.map(\.name) == ["Senmao Li", "Joost van de Weijer"])
  }

  @Test func `equal contribution and corresponding marks are read and removed`() throws {
    let result = read(
      """
      # Publications
      <ul><li><strong> Introducing Visual Perception Token. ICCV 2025</strong>
      <div><i>Runpeng Yu*, <strong>Xinyin Ma*</strong>, Xinchao Wang (*Equal Contribution) </i></div></li></ul>
      - `NeurIPS 2024` [Entropy-regularized Diffusion Policy](u), Ruoqi Zhang$^\\dagger$, <u>Ziwei Luo</u>$^\\dagger$, Per Mattsson
      """)
    #expect(result.publications[0].authors.map(\.name) == ["Runpeng Yu", "Xinyin Ma", "Xinchao Wang"])
    #expect(result.publications[0].authors.map(\.markers) == [[.equalContribution], [.equalContribution], []])
    #expect(result.publications[1].authors.map(\.name) == ["Ruoqi Zhang", "Ziwei Luo", "Per Mattsson"])
  }

  @Test func `a badge without a year takes the year from the venue line`() throws {
    let result = read(
      """
      # Publications
      <div class='paper-box floating-card'>
        <div class='paper-box-image'><div class="badge pulse-accent">TCSVT</div></div>
        <div class='paper-box-text'>
          <h3><a href="https://pamosplat.github.io">PaMoSplat: Part-Aware Motion-Guided Gaussian Splatting</a></h3>
          <div class="authors"><span class="accent-text">Yinan Deng</span>, Jianyu Dou, Yufeng Yue*</div>
          <div class="venue">IEEE Transactions on Circuits and Systems for Video Technology (TCSVT) 2026</div>
        </div>
      </div>
      """)
    let publication = try #require(result.publications.first)
    #expect(publication.venue?.name == "TCSVT")
    #expect(publication.year == 2026)
    #expect(publication.authors.first?.isHighlighted == true)
  }

  @Test func `the year in the text wins over a badge year and warns`() throws {
    let result = read(
      """
      # Publications
      <div class='paper-box'><div class="badge">DOCS 2024 Best Paper</div>
      <div class='paper-box-text' markdown="1">

      ["Evolutionary Neural Architecture Search for Diagnosis Models"](https://x.org)

      **Shangshang Yang**\\*, Cheng Zhen, Ye Tian

      *2023 International Conference on Data-driven Optimization of Complex Systems*
      </div>
      </div>
      """)
    let publication = try #require(result.publications.first)
    #expect(publication.title == "Evolutionary Neural Architecture Search for Diagnosis Models")
    #expect(publication.venue?.name == "DOCS")
    #expect(publication.year == 2023)
    #expect(publication.notes == ["Best Paper"])
    #expect(warnings(result).count == 1)
  }

  @Test func `reference styles APA GBT and IEEE`() {
    let result = read(
      """
      # Publications
      - Tan, H., <strong>Guo, Z.</strong>*, Li, J., ... & Yan, J. (2026). Synthesizing Images with Aligned Masks for Segmentation. Renewable Energy, 125217.
      - Shi, X., <strong>Guo, Z.</strong>, & Shibasaki, R. (2021, May). Social-DPF: Socially Acceptable Distribution Prediction. In AAAI (Vol. 35, pp. 2550-2557).
      - **Wang Lei**, Zhang Wei, Li Na. Graph learning for traffic forecasting over road networks[J]. IEEE Transactions on Intelligent Transportation Systems, 2022, 23(4): 1-12.
      - **A. Author**, B. Writer, and C. Coder, "Robust estimation of things in noisy settings," in Proc. ICASSP, 2019, pp. 1-5.
      """)
    #expect(
      result.publications.map(\.title) == [
        "Synthesizing Images with Aligned Masks for Segmentation",
        "Social-DPF: Socially Acceptable Distribution Prediction",
        "Graph learning for traffic forecasting over road networks",
        "Robust estimation of things in noisy settings",
      ])
    #expect(result.publications.map { $0.venue?.name } == ["Renewable Energy", "AAAI", "T-ITS", "ICASSP"])
    #expect(result.publications.map(\.year) == [2026, 2021, 2022, 2019])
    #expect(result.publications[0].authors.map(\.name) == ["H. Tan", "Z. Guo", "J. Li", "J. Yan"])
    #expect(result.publications[1].authors.map(\.name) == ["X. Shi", "Z. Guo", "R. Shibasaki"])
  }

  @Test func `a page without a publication section says so`() {
    let result = read(
      """
      # News
      - `CVPR 2023` [A Paper Mentioned In The News](u), **Ada Lovelace**, Bob Smith
      """)
    #expect(result.publications.isEmpty)
    #expect(warnings(result) == ["page.md:1: warning: no publication section found (expected a heading such as '# Publications')"])
  }

  @Test func `an unclosed comment hides the rest and warns`() {
    let result = read(
      """
      # Publications
      - `CVPR 2023` [A Paper Before The Comment](u), **Ada Lovelace**, Bob Smith
      <!-- - `CVPR 2024` [A Paper After The Comment](u), **Ada Lovelace**, Bob Smith
      """)
    #expect(result.publications.count == 1)
    #expect(warnings(result).contains("page.md:3: warning: HTML comment '<!--' is never closed; the rest of the file is ignored"))
  }

  @Test func `included files are followed in their section`() {
    let reader = HomepageReader(resolveInclude: { _, path in
      path == "includes/pub.md"
        ? .init(name: "includes/pub.md", text: "- `ICLR 2024` [An Included Paper Title](u), **Ada Lovelace**, Bob Smith\n")
        : nil
    })
    let result = reader.read(
      """
      # Publications
      {% include_relative includes/pub.md %}
      {% include_relative includes/missing.md %}
      """, file: "about.md")
    #expect(result.publications.map(\.source) == [SourceLocation(file: "includes/pub.md", line: 1)])
    #expect(
      result.diagnostics.map(\.description) == [
        "about.md:3: warning: included file 'includes/missing.md' can't be found; its publications are missing"
      ])
  }

  @Test func `a publications heading whose list is included holds the included entries`() {
    // ChengtaiCao.github.io: every section but one has its own list; the publications come in
    // by an include, with the patents under their own heading inside it.
    let included = """
      - ``ESWA 2026`` [Knowledge-Aware Replay for Class-Incremental Learning](u)
      **Chengtai Cao**, Xinhong Chen, and Jianping Wang

      - ``AAAI 2024`` [Calibrating Trajectory Prediction for Motion Planning](u)
      **Chengtai Cao**, Xinhong Chen, Qun Song, and Rui Tan

      ### Patents
      - China Invention Patent, No. CN112613556B: A Meta-Learning Method. Fan Zhou, **Chengtai Cao**
      """
    let reader = HomepageReader(resolveInclude: { _, path in
      switch path {
      case "includes/pub.md": .init(name: "includes/pub.md", text: included)
      case "includes/news.md": .init(name: "includes/news.md", text: "- *2025.07*: Joined CityUHK as a postdoc.\n")
      default: nil
      }
    })
    let result = reader.read(
      """
      # News
      {% include_relative includes/news.md %}

      # Current Position
      - ``2026 - Present`` Postdoctoral Researcher, UESTC, [Prof. Fan Zhou's team](https://www.icdmlab.com)

      # Publications
      {% include_relative includes/pub.md %}

      # Teaching
      - ``2024/25 Semester B`` Teaching Assistant, CS5491 Artificial Intelligence (CityUHK)
      """, file: "about.md")
    #expect(result.publications.map(\.title) == [
      "Knowledge-Aware Replay for Class-Incremental Learning", "Calibrating Trajectory Prediction for Motion Planning",
    ])
    #expect(result.publications.map(\.year) == [2026, 2024])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func `the parts of an about page that only includes them need no publication section`() {
    let parts = [
      "includes/intro.md": "I am a PhD student.\n\n# Research\nVision and language.\n",
      "includes/pub.md": "# Publications\n- `ICLR 2024` [An Included Paper Title](u), **Ada Lovelace**, Bob Smith\n",
    ]
    let reader = HomepageReader(resolveInclude: { _, path in parts[path].map { .init(name: path, text: $0) } })
    let page = "{% include_relative includes/intro.md %}\n\n{% include_relative includes/pub.md %}\n"
    #expect(reader.read(page, file: "about.md").diagnostics.isEmpty)
    // Nothing found anywhere is still said, of the page the user gave.
    let withoutList = "{% include_relative includes/intro.md %}\n"
    #expect(warnings(reader.read(withoutList, file: "about.md")) == [
      "about.md:1: warning: no publication section found (expected a heading such as '# Publications')"
    ])
  }

  @Test func `the parts of an about page are one page: only its publication section counts`() {
    // Biqing-Qi.github.io: intro.md lists achievements under no heading, others.md lists
    // projects whose titles say "Research"; pub.md holds the papers.
    let parts = [
      "includes/intro.md": """
        Biqing Qi is a researcher at the Shanghai AI Lab.
        - Proposed an interactive continual learning framework, reported in People's Daily, 2024
        """,
      "includes/pub.md": "# Publications\n- `ICLR 2024` [An Included Paper Title](u), **Biqing Qi**, Bob Smith\n",
      "includes/others.md": """
        # Projects
        ### Research on Theory and Applications of Human-AI Collaboration with LLMs **Jan.2024-Jan.2027**
          - (Key Participants) National Science and Technology Major Project of China, 2024
        """,
    ]
    let reader = HomepageReader(resolveInclude: { _, path in parts[path].map { .init(name: path, text: $0) } })
    let page = """
      {% include_relative includes/intro.md %}
      {% include_relative includes/pub.md %}
      {% include_relative includes/others.md %}
      """
    let result = reader.read(page, file: "about.md")
    #expect(result.publications.map(\.title) == ["An Included Paper Title"])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func `includes that reach outside the site are refused before any file is opened`() {
    let reader = HomepageReader(resolveInclude: { _, path in
      Issue.record("asked for \(path)")
      return nil
    })
    let result = reader.read(
      """
      # Publications
      {% include_relative ../../../etc/passwd %}
      {% include /etc/passwd %}
      {% include_relative includes/../../secret.md %}
      """, file: "about.md")
    #expect(result.publications.isEmpty)
    #expect(
      result.diagnostics.map(\.description) == [
        "about.md:2: warning: included file '../../../etc/passwd' reaches outside the site (Jekyll refuses '..' and absolute paths); skipped",
        "about.md:3: warning: included file '/etc/passwd' reaches outside the site (Jekyll refuses '..' and absolute paths); skipped",
        "about.md:4: warning: included file 'includes/../../secret.md' reaches outside the site (Jekyll refuses '..' and absolute paths); skipped",
      ])
  }

  @Test func `an entry under a preprints heading is an arXiv preprint`() {
    let result = read(
      """
      # Publications
      ## ArXiv Preprints
      - **A Survey of Things That Matter**, Bob Smith, **Ada Lovelace**, 2025.
      ## Conference Papers
      - **Another Paper About Things**, Bob Smith, **Ada Lovelace**, 2024.
      """)
    #expect(result.publications.map { $0.venue?.name } == ["arXiv", nil])
  }

  @Test func `an author list with a one-word person is named in a warning`() {
    let result = read(
      """
      # Publications
      - **A Paper About Many Things**, Smith, **Ada Lovelace**, Bob Stone. CVPR 2023.
      - **Another Paper About Things**, Bob Stone, **Ada Lovelace**. ICCV 2023.
      """)
    #expect(result.publications.count == 2)
    #expect(
      warnings(result) == [
        "page.md:2: warning: author list of \"A Paper About Many Things\" looks wrong: 'Smith' is not a whole name; "
          + "check how the authors are written"
      ])
  }

  @Test func `an entry under a year heading takes the heading's year when it gives none`() {
    let result = read(
      """
      # Publications
      ### 2024
      - **A Paper About Many Things**, Bob Stone, **Ada Lovelace**. CVPR.
      - **Another Paper About Things**, Bob Stone, **Ada Lovelace**. Nature Communications, 2026, Accepted.
      ### 2023
      - **Third Paper About Things**, Bob Stone, **Ada Lovelace**. ICCV.
      """)
    #expect(result.publications.map(\.year) == [2024, 2026, 2023])
    #expect(result.publications.map { $0.authors.map(\.name) } == Array(repeating: ["Bob Stone", "Ada Lovelace"], count: 3))
    #expect(warnings(result).isEmpty)
  }

  @Test func `a badge, a year and the owner make a publication of a short title, and nothing goes silently`() {
    let result = read(
      """
      # Publications
      - `NeurIPS 2022` [More](https://x.org/a), C D, **Ann Owner**
      - `ICLR 2023` [Click](https://x.org/b), Bob Stone, **Ann Owner**
      - Some random note about our lab.
      """)
    #expect(result.publications.map(\.title) == ["More", "Click"])
    #expect(result.publications.map { $0.venue?.name } == ["NeurIPS", "ICLR"])
    #expect(result.publications.map(\.year) == [2022, 2023])
    #expect(warnings(result) == ["page.md:4: warning: list item in a publication section has no recognisable title; skipped"])
  }

  @Test func `papers in a highlights section above the publications count, once when repeated`() {
    let result = read(
      """
      # Highlights
      - `CVPR 2024` [A Highlighted Paper About Vision](https://x.org/a), Bob Stone, **Ann Owner**
      - `ICLR 2023` [A Repeated Paper About Learning](https://x.org/b), Bob Stone, **Ann Owner**
      # Publications
      - `ICLR 2023` [A Repeated Paper About Learning](https://x.org/b), Bob Stone, **Ann Owner**
      - `ICCV 2023` [Only Below Paper About Things](https://x.org/c), Bob Stone, **Ann Owner**
      """)
    #expect(result.publications.map { $0.venue?.name } == ["CVPR", "ICLR", "ICCV"])
  }

  @Test func `a topic box's references and a bare line between boxes are entries, the topic is none`() {
    let result = read(
      """
      # Publications
      <div class='paper-box'><div class='paper-box-image'><div><img src='images/sleep.png' alt="sym" width="100%"></div></div>
      <div class='paper-box-text' markdown="1">

      **Sleep Staging**

      1. Bob Stone, **Ann Owner**. Deep sleep staging with transformers. *IEEE Journal of Biomedical and Health Informatics*, 2023.
      2. **Ann Owner**, Carl Poe. Contrastive sleep staging from single-channel EEG. *NeurIPS 2022*.

      </div>
      </div>

      `ICLR 2023` [A Bare Line Paper Between Boxes](https://x.org/b), Bob Stone, **Ann Owner**

      <div class='paper-box'><div class='paper-box-image'><div><div class="badge">CVPR 2024</div><img src='images/x.png' alt="sym" width="100%"></div></div>
      <div class='paper-box-text' markdown="1">

      [A Boxed Paper About Vision](https://x.org/c)

      Bob Stone, **Ann Owner**

      </div>
      </div>
      """)
    #expect(
      result.publications.map(\.title) == [
        "Deep sleep staging with transformers", "Contrastive sleep staging from single-channel EEG",
        "A Bare Line Paper Between Boxes", "A Boxed Paper About Vision",
      ])
    #expect(result.publications.map(\.year) == [2023, 2022, 2023, 2024])
  }

  @Test func `a page titled Publications in its front matter reads its paragraphs as references`() {
    let result = read(
      """
      ---
      layout: page
      title: Publications
      permalink: /publications/
      ---

      Bob Stone, **Ann Owner**. Deep sleep staging with transformers. *IEEE Journal of Biomedical and Health Informatics*, 2023.

      **Ann Owner**, Carl Poe. Contrastive sleep staging from single-channel EEG. *NeurIPS 2022*.

      Ann Owner, Dan Roe. "A third paper about sleep," in Proc. ICASSP, 2021, pp. 1-5.
      """)
    #expect(result.publications.map(\.year) == [2023, 2022, 2021])
    #expect(result.publications.map { $0.venue?.name } == ["IEEE Journal of Biomedical and Health Informatics", "NeurIPS", "ICASSP"])
    #expect(result.publications[2].authors.map(\.name) == ["Ann Owner", "Dan Roe"])
    #expect(warnings(result).isEmpty)
  }

  @Test func `an entry whose authors cannot be read says so`() {
    let result = read(
      """
      ### Selected Publication
      - with the NLP group of our lab, [High-Dimensional Interpolators Can Be Fragile](https://arxiv.org/abs/2607.09547)
      - Youheng Zhu, **Yiping Lu**, [An AI-Assisted Solution](https://arxiv.org/abs/2607.03639)
      """)
    #expect(result.publications.count == 2)
    #expect(result.publications[1].authors.map(\.name) == ["Youheng Zhu", "Yiping Lu"])
    // NB: the graph would lose the entry's co-authors without a word.
    #expect(warnings(result).filter { $0.contains("authors") } == ["page.md:2: warning: entry \"High-Dimensional Interpolators Can Be Fragile\" names no authors that could be read"])
  }

  @Test func `a reference written as a paragraph between list items is counted`() {
    let result = read(
      """
      # Publications

      - A. Author, **Ann Owner**. Listed Paper on Graph Learning. NeurIPS 2023.

      R. Xie, K. Wu, **Ann Owner**. Energy Efficiency Enhancement for Deep Mobile Sensing, IEEE Wireless
      Communication Magazine, 2019.

      - B. Author, **Ann Owner**. Another Listed Paper on Vision. CVPR 2022.
      """)
    #expect(result.publications.map(\.title) == [
      "Listed Paper on Graph Learning", "Energy Efficiency Enhancement for Deep Mobile Sensing",
      "Another Listed Paper on Vision",
    ])
    #expect(result.publications[1].source.line == 5)
    #expect(result.publications[1].authors.map(\.name) == ["R. Xie", "K. Wu", "Ann Owner"])
    #expect(result.publications[1].year == 2019)
  }

  @Test func `an award listed among the papers is noted, not counted`() {
    let result = read(
      """
      # Publications

      - (Oral) [DICNet: Deep Instance-Level Contrastive Network for Double Incomplete Multi-View Multi-Label Classification](https://arxiv.org/pdf/2303.08358.pdf), Chengliang Liu, Jie Wen, **Xiaoling Luo**, Chao Huang, Zhihao Wu, Yong Xu, **AAAI 2023** (CCF-A)

      - [AAAI 2023 distinguished paper award](https://aihub.org/2023/02/11/congratulations-to-the-aaai2023-best-paper-winners/)
      """)
    #expect(result.publications.count == 1)
    #expect(warnings(result).isEmpty)
    #expect(result.diagnostics.map(\.description).contains(
      "page.md:5: note: \"AAAI 2023 distinguished paper award\" is an award; not counted as a publication"))
  }

  @Test func `a journal named after the last author is the venue, not a person`() throws {
    let result = read(
      """
      # Publications

      - [Multi-resolution Dictionary Learning for Face Recognition](https://doi.org/10.1016/j.patcog.2019.04.027), **Xiaoling Luo**, Yong Xu, Jian Yang, Pattern Recognition, 93: 283-292, 2019. (CCF-B, JCR Q1, IF-14.255)
      """)
    let publication = try #require(result.publications.first)
    #expect(publication.authors.map(\.name) == ["Xiaoling Luo", "Yong Xu", "Jian Yang"])
    #expect(publication.venue?.name == "Pattern Recognition")
    #expect(publication.year == 2019)
  }

  @Test func `a label before the title is no author`() throws {
    let result = read(
      """
      # Publications

      - Ann Lee, Bob Stone. Robust estimation of sparse graphs. NeurIPS 2021.
      - Best Paper, Learning Things Fast and Well. NeurIPS 2024.
      """)
    let publication = try #require(result.publications.last)
    #expect(publication.title == "Learning Things Fast and Well")
    #expect(publication.authors.isEmpty)
  }

  @Test func `a one-word venue in bold italics is no emphasised author`() throws {
    // zhazhiyuan.github.io's publications page writes every venue as **_Venue_**.
    let result = read(
      """
      # Publications

      * **Zhiyuan Zha**, Xinggan Zhang, Qiong Wang, Lan Tang and Xin Liu. "Group-based sparse representation for image compressive sensing reconstruction with non-convex regularization", **_Neurocomputing_**, vol. 296, pp. 55-63, 2018. (IF: 3.241)
      """)
    let publication = try #require(result.publications.first)
    #expect(publication.authors.map(\.name) == ["Zhiyuan Zha", "Xinggan Zhang", "Qiong Wang", "Lan Tang", "Xin Liu"])
    #expect(publication.venue?.name == "Neurocomputing")
    #expect(result.diagnostics.isEmpty)
  }

  @Test func `a one-word journal in italics right after the title is the venue`() throws {
    let result = read(
      """
      # Publications

      * **Ann Lee**, Bob Smith. "Group-based sparse representation for image restoration", **_Neurocomputing_**, 2018.
      * **Ann Lee**, Bob Smith. "Learning sparse codes", *Nature*, 2019. A *really* good one.
      * **Ann Lee**, Bob Smith. "Learning sparse graphs", 2020. A *really* good one.
      """)
    #expect(result.publications.map { $0.venue?.name } == ["Neurocomputing", "Nature", nil])
  }

  @Test func `a five-word title before names written with initials is a title`() throws {
    // "Title, J. Zhang, J. Wang, D. Ding*, Z. Ma, IEEE TMM 2025", as on Dandan Ding's homepage:
    // the title's five capitalised words could each start a name.
    let result = read(
      """
      # Publications

      - Scalable Point Cloud Attribute Compression, J. Zhang, J. Wang, D. Ding*, Z. Ma, IEEE TMM 2025
      - Multiscale Point Cloud Geometry Compression, J. Wang, D. Ding, Z. Li, Z. Ma*, IEEE DCC 2021
      """)
    #expect(result.publications.map(\.title) == ["Scalable Point Cloud Attribute Compression", "Multiscale Point Cloud Geometry Compression"])
    #expect(result.publications.map { $0.authors.count } == [4, 4])
    #expect(result.diagnostics.isEmpty)
  }
}

/// A list of hundreds of entries is read on all threads; what it gives must not show it.
@Suite struct HomepageLongListTests {
  @Test func `a list of three hundred entries keeps page order, lines and warnings`() {
    let items = (0..<300).map { index in
      index % 100 == 50
        ? "- Ann Lee, Bob Smith, Carl Ray"  // names without a title: a warning at its line
        : "- [Paper Number \(index) on Graphs](https://example.org/\(index)), **Ann Lee**, Bob Smith. NeurIPS \(2000 + index % 20)."
    }
    let result = HomepageReader().read("# Publications\n\n" + items.joined(separator: "\n") + "\n", file: "long.md")
    let expected = (0..<300).filter { $0 % 100 != 50 }
    #expect(result.publications.map(\.title) == expected.map { "Paper Number \($0) on Graphs" })
    #expect(result.publications.map(\.year) == expected.map { 2000 + $0 % 20 })
    #expect(result.publications.map(\.source.line) == expected.map { $0 + 3 })
    #expect(result.diagnostics.map(\.description) == [53, 153, 253].map {
      "long.md:\($0): warning: list item in a publication section has no recognisable title; skipped"
    })
  }
}
