import Testing
@testable import Publications

/// Where a page's sections and includes say a list is no list of papers.
@Suite struct HomepageSectionRoleTests {
  /// From WeijunAlexWang.github.io: "Conferences" under "💻 Services" lists committees, and
  /// "🔬 Research Impacts" lists where the systems of papers are deployed, each named by the
  /// venue of its paper: four were counted as papers, and the service lines warned.
  @Test func `conferences under services and research impacts list no papers`() {
    let result = read(
      """
      # 📝 Publications
      - [Empower Vision Applications with LoRA LMM](u). **Weijun Wang**, Liang Mi. EuroSys 2025.

      # 🔬 Research Impacts

      ## Industrial Deployment

      - **KVCodec System is being deployed in the Doubao product of ByteDance Inc.** SIGCOMM'26 work is being validated and deployed on the ByteDance LLM HPC platform.
      - **Mobile video streaming algorithm applied in the mobile service core of Huawei.** INFOCOM 2022 work has been applied in the HUAWEI Mobile Service HMS 6.x platform.

      # 💻 Services

      ## Conferences

      **Executive Committee**
      - Publicity Co-Chair: ACM MobiSys 2026
      - TPC Member: IEEE INFOCOM 2026, ACM MobiSys 2025
      """)
    #expect(result.publications.map(\.title) == ["Empower Vision Applications with LoRA LMM"])
    #expect(warnings(result) == [])
  }

  /// From voidpxl.github.io: the papers sit under "# 📖 学术成果" ("academic output"); the
  /// heading was not read as a publication heading, so the bold research interests of the intro
  /// ("**毫米波雷达数据处理和应用**", "millimetre-wave radar data processing") were a paper.
  @Test func `a research output heading in Chinese lists the papers, and the intro lists none`() {
    let result = read(
      """
      # Hi, I'm voidpxL!

      我的兴趣包括以下方向：

      - **毫米波雷达数据处理和应用**
      - **融合感知网络**

      # 📖 学术成果

      - [Pedestrian Detection and Trajectory-Tracking based FMCW radar For Autonomous Driving](https://ieeexplore.ieee.org/document/10401665), 2023 38th Youth Academic Annual Conference of Chinese Association of Automation (YAC), Oral, Best Student Paper Award-Finalist.
      """)
    #expect(result.publications.map(\.title) == ["Pedestrian Detection and Trajectory-Tracking based FMCW radar For Autonomous Driving"])
    #expect(result.publications.first?.year == 2023)
  }

  /// From IEMCS-Lab.github.io: "## 🏷️ Conference Paper" › "### Co-Authored Publications";
  /// a symposium the lists do not know, named around its acronym, was a journal.
  @Test func `the nearest heading that names a kind gives it to the venues below`() {
    let result = read(
      """
      # 📝 Publications
      ## 🏷️ Conference Paper
      ### Co-Authored Publications

      - `C-C-3` Zeng J, **Shan Tao**, Li M, et al. *Neural Contrast Source Inversion Method Based on Single-frequency Data*, 2022 International Applied Computational Electromagnetics Society (ACES-China) Symposium (accepted)
      """)
    #expect(result.publications.first?.venue == Venue(name: "ACES-China", kind: .conference))
    #expect(result.publications.first?.authors.map(\.name) == ["Zeng J", "Shan Tao", "Li M"])
  }

  /// From CaraJ7.github.io: a blog post in the list of papers, tagged as one.
  @Test func `an item tagged as a blog post is no paper`() {
    let result = read(
      """
      # Publications
      - <span class="preprint-tag">Arxiv</span> [DraCo: Draft as CoT for Text-to-Image Preview and Rare Concept Generation](https://arxiv.org/pdf/2512.05112)<br>
      **Dongzhi Jiang**, Renrui Zhang, Haodong Li.
      - <span class="blog-tag">Blog</span> [Nano-Consistent-150K](https://picotrex.github.io/Awesome-Nano-Banana-images/)<br>
      Junyan Ye, **Dongzhi Jiang**, Zilong Huang, Jun He.
      """)
    #expect(result.publications.map(\.title) == ["DraCo: Draft as CoT for Text-to-Image Preview and Rare Concept Generation"])
    #expect(result.diagnostics.map(\.description).contains(
      "page.md:4: note: \"Nano-Consistent-150K\" is a blog post; not counted as a publication"))
  }

  @Test func `papers under a service heading are still papers when a heading says so`() {
    let result = read(
      """
      # Services
      ## Conference Papers
      - [A Paper Listed In The Wrong Place](u). **Ada Lovelace**, Bob Smith. ICML 2024.
      """)
    #expect(result.publications.map(\.title) == ["A Paper Listed In The Wrong Place"])
  }

  /// From yc-li20.github.io: the publications are grouped under lines of emphasis alone
  /// ("***- Patents -***", "***- Media Articles -***"); patents and magazine pieces were counted
  /// as papers (21 -> 7), the technical reports still are; "See my Google Scholar" was a paper
  /// titled "Google Scholar".
  @Test func `a label line of emphasis groups the items below it`() {
    let result = read(
      """
      # 📝 Publications

      ***- Papers -***
      - See my [Google Scholar](https://scholar.google.com/citations?hl=en&user=WYSrzUsAAAAJ&view_op=list_works&sortby=pubdate)

      ***- Patents -***
      - [Feeling estimation device, feeling estimation method, and storage medium](https://patents.google.com/patent/US11107464B2/en). US11107464B2, JP2020091302A, CN111341349A

      ***- Technical Reports -***
      - Crossmodal ASR Error Correction with Discrete Speech Units

        **Yuanchao Li**, Pinzhen Chen, Peter Bell, Catherine Lai. UK Speech. 2024

      ***- Media Articles -***

      - [Amazon is Building its Grocery Empire](https://syncedreview.com/2017/07/25/amazon-is-building-its-grocery-empire/). Synced Review
      """)
    #expect(result.publications.map(\.title) == ["Crossmodal ASR Error Correction with Discrete Speech Units"])
    #expect(result.publications.first?.year == 2024)
    #expect(warnings(result) == [])
  }

  /// A bold line over names is a paper's title, not a label, even when its words could name one.
  @Test func `a bold title over a line of names stays a title`() {
    let result = read(
      """
      # Publications

      **Project Aria Glasses**  
      **Ada Lovelace**, Bob Smith. ICML 2024.
      """)
    #expect(result.publications.map(\.title) == ["Project Aria Glasses"])
  }

  /// From ShallweLucky.github.io: each part is included inside `{% if site.show_sections.x %}`
  /// and again without; the second include was reported as a file that includes itself.
  @Test func `a file included twice is read once, and only a real cycle is called one`() {
    let parts = [
      "includes/pub.md": "# Publications\n- `ICLR 2024` [An Included Paper Title](u), **Ada Lovelace**, Bob Smith\n",
      "includes/loop.md": "# Notes\n{% include_relative includes/loop.md %}\n",
    ]
    let reader = HomepageReader(resolveInclude: { _, path in parts[path].map { .init(name: path, text: $0) } })
    let result = reader.read(
      """
      {% if site.show_sections.publications %}
        {% include_relative includes/pub.md %}
      {% endif %}

      {% include_relative includes/pub.md %}

      {% include_relative includes/loop.md %}
      """, file: "about.md")
    #expect(result.publications.map(\.title) == ["An Included Paper Title"])
    #expect(result.diagnostics.map(\.description) == [
      "about.md:5: note: 'includes/pub.md' is included again; read once",
      "includes/loop.md:2: warning: 'includes/loop.md' includes itself; the include is skipped",
    ])
  }
}
