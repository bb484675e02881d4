import Testing
@testable import Publications

/// Each entry shape AcadHomepage pages use, read from a small page written for the test.
@Suite struct HomepageReaderEntryShapeTests {
  @Test func `html list item gives title venue year authors owner links and abstract`() throws {
    let result = read(
      """
      # Publications
      <ul>
        <li>
          <strong> TinyFusion: Diffusion Transformers Learned Shallow. CVPR 2025</strong>.
          <div style="display: inline">
            <a href="https://arxiv.org/abs/2412.01199"> [paper]</a>
            <a href="https://github.com/VainF/TinyFusion"> [code]</a>
            <a class="fakelink" onclick="x()">[abstract]</a>
            <div class="abstract" style="overflow: hidden; display: none;"><p> We prune &amp; distil. </p></div>
          </div>
          <div><i>Gongfan Fang, Kunjun Li, <strong>Xinyin Ma</strong>, Xinchao Wang. </i></div>
        </li>
      </ul>
      """)
    let publication = try #require(result.publications.first)
    #expect(result.publications.count == 1)
    #expect(publication.title == "TinyFusion: Diffusion Transformers Learned Shallow")
    #expect(publication.venue == Venue(name: "CVPR", kind: .conference))
    #expect(publication.year == 2025)
    #expect(publication.authors.map(\.name) == ["Gongfan Fang", "Kunjun Li", "Xinyin Ma", "Xinchao Wang"])
    #expect(publication.authors.map(\.isHighlighted) == [false, false, true, false])
    #expect(publication.links.paper == "https://arxiv.org/abs/2412.01199")
    #expect(publication.links.code == "https://github.com/VainF/TinyFusion")
    #expect(publication.abstract == "We prune & distil.")
    #expect(publication.source.line == 4)
    #expect(warnings(result).isEmpty)
  }

  /// From a researcher's page (Dmmm1997.github.io, `_pages/includes/pub.md`): the venue in a
  /// span before the title, the highlights folded in a `<details>` block with bold phrases.
  @Test func `paper box with a venue span in its title line and folded highlights`() throws {
    let result = read(
      """
      # 📝 Publications

      <div class='paper-box'><div class='paper-box-image'><div><div class="badge">ECCV 2026</div><img src='f.png' alt="ScanFocus" width="100%"></div></div>
      <div class='paper-box-text' markdown="1">

      <div class="paper-title"><span class="paper-venue">ECCV 2026</span> ScanFocus: A Coarse-to-Fine Framework for Spatio-Temporal Video Grounding</div>
      <div class="paper-authors">Kai Chen<sup>*</sup>, <strong>Ming Dai</strong><sup>*</sup>, Wenxuan Cheng, Wankou Yang</div>

      <div class="paper-links-row" markdown="1">
      <div class="paper-links" markdown="1">
      [**Paper**](https://arxiv.org/abs/2607.13421)
       | [**Code** ![](https://img.shields.io/github/stars/TenMinutes209/ScanFocus?style=social)](https://github.com/TenMinutes209/ScanFocus)
      </div>
      <details class="paper-highlights" markdown="1">
      <summary>Highlights</summary>
      <div class="paper-highlights-content" markdown="1">

      > **Highlights**: **ScanFocus** is a **coarse-to-fine** framework for spatio-temporal video grounding.

      </div>
      </details>
      </div>

      </div>
      </div>
      """)
    let publication = try #require(result.publications.first)
    #expect(result.publications.count == 1)
    #expect(publication.title == "ScanFocus: A Coarse-to-Fine Framework for Spatio-Temporal Video Grounding")
    #expect(publication.venue?.name == "ECCV")
    #expect(publication.year == 2026)
    #expect(publication.authors.map(\.name) == ["Kai Chen", "Ming Dai", "Wenxuan Cheng", "Wankou Yang"])
    #expect(publication.abstract == "Highlights: ScanFocus is a coarse-to-fine framework for spatio-temporal video grounding.")
    #expect(result.diagnostics.isEmpty)
  }

  /// From a researcher's page (HITshenrj.github.io): GB/T 7714, the sentence going on past
  /// the title's "[C]" to the venue.
  @Test func `a gbt title ends at its document type inside the sentence`() throws {
    let result = read(
      """
      # 📝 Publications

      - Liu, L., Li, Y., Liu, Y., **Shen, R.**, et al. Feasible is Not Enough: Cost-Aware Optimal Tool-Chain Planning on Multi-Solution Tool Graphs[C]//Findings of the Association for Computational Linguistics: ACL 2026. 2026: 17387-17403.
      """)
    let publication = try #require(result.publications.first)
    #expect(publication.title == "Feasible is Not Enough: Cost-Aware Optimal Tool-Chain Planning on Multi-Solution Tool Graphs")
    #expect(publication.venue == Venue(name: "ACL Findings", kind: .conference))
    #expect(publication.year == 2026)
    #expect(publication.authors.map(\.name) == ["L. Liu", "Y. Li", "Y. Liu", "R. Shen"])
  }

  @Test func `paper box gives badge venue and markdown title and authors`() throws {
    let result = read(
      """
      # 📝 Publications

      <div class='paper-box'><div class='paper-box-image'><div><div class="badge">ICLR 2024</div><img src='a.png' alt="sym"></div></div>
      <div class='paper-box-text' markdown="1">

      [Real3D-Portrait: One-shot Realistic 3D Talking Portrait Synthesis](https://openreview.net/forum?id=7ERQPyR2eb), Zhenhui Ye, Tianyun Zhong, **Yi Ren**, et al. <span style="color:red">(Spotlight)</span> [**Project**](https://real3dportrait.github.io/) | [**Code**](https://github.com/yerfor/Real3DPortrait)

      - A highlight of the paper, not another paper.
      </div>
      </div>
      """)
    let publication = try #require(result.publications.first)
    #expect(result.publications.count == 1)
    #expect(publication.title == "Real3D-Portrait: One-shot Realistic 3D Talking Portrait Synthesis")
    #expect(publication.venue?.name == "ICLR")
    #expect(publication.year == 2024)
    #expect(publication.authors.map(\.name) == ["Zhenhui Ye", "Tianyun Zhong", "Yi Ren"])
    #expect(publication.isAuthorListTruncated)
    #expect(publication.notes == ["Spotlight"])
    #expect(publication.links.project == "https://real3dportrait.github.io/")
    #expect(publication.links.code == "https://github.com/yerfor/Real3DPortrait")
    #expect(publication.source.line == 6)
  }

  struct BulletCase: Sendable, CustomTestStringConvertible {
    var id: String
    var line: String
    var title: String
    var venue: String
    var year: Int?
    var testDescription: String { id }
  }

  static let bullets: [BulletCase] = [
    BulletCase(
      id: "single backticks", line: "- `ICLR 2023` [GeneFace: Generalized Talking Face Synthesis](https://x.org), Zhenhui Ye, **Yi Ren**, et al.",
      title: "GeneFace: Generalized Talking Face Synthesis", venue: "ICLR", year: 2023),
    BulletCase(
      id: "double backticks", line: "- ``ACM-MM 2020`` [FastLR: Non-Autoregressive Lipreading Model](https://x.org), Jinglin Liu, **Yi Ren**, et al.",
      title: "FastLR: Non-Autoregressive Lipreading Model", venue: "ACM MM", year: 2020),
    BulletCase(
      id: "venue last in bold", line: "- [Deep Residual Things for Images](https://x.org), **Ada Lovelace**, Alan Turing. **CVPR 2020**",
      title: "Deep Residual Things for Images", venue: "CVPR", year: 2020),
    BulletCase(
      id: "glued year", line: "- `ICLR2025` [A Title With Several Words](u), A. Person, **Ada Lovelace**",
      title: "A Title With Several Words", venue: "ICLR", year: 2025),
    BulletCase(
      id: "apostrophe year", line: "- `CCS'24` [A Title With Several Words](u), Bob Smith, **Ada Lovelace**",
      title: "A Title With Several Words", venue: "CCS", year: 2024),
    BulletCase(
      id: "dash year", line: "- `AAAI-26` [A Title With Several Words](u), Bob Smith, **Ada Lovelace**",
      title: "A Title With Several Words", venue: "AAAI", year: 2026),
    BulletCase(
      id: "old name", line: "- `NIPS2023` [A Title With Several Words](u), Bob Smith, **Ada Lovelace**",
      title: "A Title With Several Words", venue: "NeurIPS", year: 2023),
    BulletCase(
      id: "emoji before venue", line: "- 🎉 `EMNLP 2024` [A Title With Several Words](u), Bob Smith, **Ada Lovelace**",
      title: "A Title With Several Words", venue: "EMNLP", year: 2024),
    BulletCase(
      id: "under review badge", line: "- `Under Review at ICML` [A Title With Several Words](u), Bob Smith, **Ada Lovelace**",
      title: "A Title With Several Words", venue: "Under Review", year: nil),
    BulletCase(
      id: "findings kept apart", line: "- `Findings of EMNLP 2023` [A Title With Several Words](u), Bob Smith, **Ada Lovelace**",
      title: "A Title With Several Words", venue: "EMNLP Findings", year: 2023),
    BulletCase(
      id: "workshop kept apart", line: "- `CVPRW 2022` [A Title With Several Words](u), Bob Smith, **Ada Lovelace**",
      title: "A Title With Several Words", venue: "CVPRW", year: 2022),
    BulletCase(
      id: "award badge", line: "- `ICCV 2023 Best Paper` [A Title With Several Words](u), Bob Smith, **Ada Lovelace**",
      title: "A Title With Several Words", venue: "ICCV", year: 2023),
    BulletCase(
      // CaraJ7.github.io: the names on the next line, after a `<br>`, belong to the item.
      id: "names on the line after a br",
      line: "- <span class=\"conference-tag\">NeurIPS 2025</span> [A Title With Several Words](u)<br>\n**Ada Lovelace**\\*, Bob Smith.",
      title: "A Title With Several Words", venue: "NeurIPS", year: 2025),
    BulletCase(
      // GitZH-Chen.github.io: a title of capitalised words, like a name, after the venue tag.
      id: "a title that reads like a name after a venue tag",
      line: "- <span class=\"conf-badge\">CVPR 2026</span>\n[Hyperbolic Busemann Neural Networks](u),\n**Ada Lovelace**, Bob Smith.",
      title: "Hyperbolic Busemann Neural Networks", venue: "CVPR", year: 2026),
    BulletCase(
      // GitZH-Chen.github.io: the venue tag, the title and the names on three lines.
      id: "a plain title between a venue tag line and the names",
      line: "- <span class=\"conf-badge\">IJCAI 2026</span>\nA Riemannian Graph Convolutional Network for Skeleton Recognition,\nRui Wang, Zihao Bi, **Ada Lovelace<sup>†</sup>**.",
      title: "A Riemannian Graph Convolutional Network for Skeleton Recognition", venue: "IJCAI", year: 2026),
    BulletCase(
      id: "a plain title over names that go on to the venue",
      line: "- A Riemannian Graph Convolutional Network for Recognition,\nRui Wang, Zihao Bi, **Ada Lovelace**. IJCAI 2026.",
      title: "A Riemannian Graph Convolutional Network for Recognition", venue: "IJCAI", year: 2026),
    BulletCase(
      // House-Leo.github.io: buttons in brackets after the venue, one of them named in words.
      id: "bold italic title over names and buttons in brackets",
      line: "- ***A Title With Several Words***\\\n**Ada Lovelace**\\*, Bob Smith \\\nICCV, 2025. [[paper](u)] [[supplemental material](s)] [[RealSR-Zero dataset](d)]",
      title: "A Title With Several Words", venue: "ICCV", year: 2025),
    BulletCase(
      // DongzhuXu.github.io: GB/T 7714's "[C]." before a venue named in Chinese with its acronym.
      id: "a gbt conference in chinese with its acronym",
      line: "* `CWSN 2023` **Ada Lovelace**,李聪慧,周安福. 面向视频物联的5G算力网络切片方法与实现[C]. 中国物联网学术会议(CWSN 2023)",
      title: "面向视频物联的5G算力网络切片方法与实现", venue: "CWSN", year: 2023),
    BulletCase(
      id: "full conference name", line: "- [A Title With Several Words](u), Bob Smith, **Ada Lovelace**, *Advances in Neural Information Processing Systems*, 2021.",
      title: "A Title With Several Words", venue: "NeurIPS", year: 2021),
  ]

  @Test(arguments: bullets)
  func `markdown bullet`(_ c: BulletCase) throws {
    let result = read("# Publications\n\n" + c.line + "\n")
    let publication = try #require(result.publications.first)
    #expect(result.publications.count == 1)
    #expect(publication.title == c.title)
    #expect(publication.venue?.name == c.venue)
    #expect(publication.year == c.year)
    #expect(publication.authors.contains { $0.name == "Ada Lovelace" || $0.name == "Yi Ren" })
  }

  @Test func `workshop and findings get their own kinds`() {
    let result = read(
      """
      # Publications
      - `CVPRW 2022` [A Workshop Paper About Things](u), Bob Smith, **Ada Lovelace**
      - `Findings of ACL 2023` [A Findings Paper About Things](u), Bob Smith, **Ada Lovelace**
      """)
    #expect(result.publications.map { $0.venue?.kind } == [.workshop, .conference])
    #expect(result.publications.map { $0.venue?.name } == ["CVPRW", "ACL Findings"])
  }

  struct ReferenceCase: Sendable, CustomTestStringConvertible {
    var id: String
    var line: String
    var title: String
    var authors: [String]
    var venue: String
    var year: Int
    var testDescription: String { id }
  }

  /// Reference-shaped items whose last author was lost, or whose venue was read as the title.
  static let references: [ReferenceCase] = [
    ReferenceCase(
      id: "names, title, journal (family name first in bold)",
      line: "- Zhou Wei, **Chen Lin**, Wang Fang. Deep learning for rock mechanics. *Journal of Rock Mechanics*, 2023.",
      title: "Deep learning for rock mechanics", authors: ["Zhou Wei", "Chen Lin", "Wang Fang"],
      venue: "Journal of Rock Mechanics", year: 2023),
    ReferenceCase(
      id: "ACS: italic title, bold journal, last author marked",
      line: "1. Zhang, W.; Liu, X.; Mei Lin*. *Porous carbon for supercapacitors.* **Chemical Engineering Journal** 2023, 412, 118233.",
      title: "Porous carbon for supercapacitors", authors: ["W. Zhang", "X. Liu", "Mei Lin"],
      venue: "Chemical Engineering Journal", year: 2023),
    ReferenceCase(
      id: "ACS: APA initials before the title",
      line: "2. Wang, Q.; **Mei Lin***; Chen, J. *Catalysts for water splitting.* **ACS Catalysis** 2022, 12, 3345.",
      title: "Catalysts for water splitting", authors: ["Q. Wang", "Mei Lin", "J. Chen"], venue: "ACS Catalysis", year: 2022),
    ReferenceCase(
      id: "marks after the last name",
      line: "- **Ann Owner**\\*, Bob Roe\\*, Carl Poe†. Learning to see far. *CVPR 2023*.",
      title: "Learning to see far", authors: ["Ann Owner", "Bob Roe", "Carl Poe"], venue: "CVPR", year: 2023),
  ]

  @Test(arguments: references)
  func `reference-shaped item keeps its whole author list`(_ c: ReferenceCase) throws {
    let result = read("# Publications\n\n\\* Co-First Authors, † Co-Senior Authors\n\n" + c.line + "\n")
    let publication = try #require(result.publications.first)
    #expect(result.publications.count == 1)
    #expect(publication.title == c.title)
    #expect(publication.authors.map(\.name) == c.authors)
    #expect(publication.venue?.name == c.venue)
    #expect(publication.year == c.year)
  }

  @Test func `a paragraph with a list of its links is one entry`() throws {
    let result = read(
      """
      # Research Indices
      <ul>
          <li> <a href="https://scholar.google.com/citations?user=x">Google Scholar Profile</a> </li>
      </ul>

      # Publications
      <div class="publicationslist">
          <p>
              Nitisha Jain, <strong>Nikolay Grozev</strong>, J. Lakshmi,
              <em>PriDynSim: A Simulator for Dynamic Priority Based I/O Scheduling</em>,
              Proceedings of the IEEE International Conference on Cloud Computing in Emerging Markets (CCEM)
              <ul>
                  <li> <a href="/files/PriDynSim.pdf">Full text (pdf)</a> </li>
                  <li> BibTeX (bib) </li>
              </ul>
          </p>

          <p>
              <strong>Nikolay Grozev</strong> and Rajkumar Buyya,
              <em>Inter-Cloud Architectures and Application Brokering: Taxonomy and Survey</em>,
              Software: Practice and Experience, John Wiley &amp; Sons, Ltd, 2012, 44, 369-390
              <ul>
                  <li> <a href="https://example.org/spe.2168">Published version (web)</a> </li>
              </ul>
          </p>
      </div>
      """)
    #expect(result.publications.map(\.title) == [
      "PriDynSim: A Simulator for Dynamic Priority Based I/O Scheduling",
      "Inter-Cloud Architectures and Application Brokering: Taxonomy and Survey",
    ])
    #expect(result.publications.map { $0.venue?.name } == ["CCEM", "Software: Practice and Experience"])
    #expect(result.publications.map(\.year) == [nil, 2012])
    #expect(result.publications.first?.authors.map(\.name) == ["Nitisha Jain", "Nikolay Grozev", "J. Lakshmi"])
    #expect(result.publications.first?.links.paper == "/files/PriDynSim.pdf")
  }

  @Test func `nested link items belong to the reference above them`() throws {
    let result = read(
      """
      # Publications
      1. **Rostami Mazrae P.**, Decan A., Mens T., [**gawd: A Differencing Tool for GitHub Actions Workflows**](https://doi.org/10.1145/3643991.3644873), 21st International Conference on Mining Software Repositories (**MSR**), 2024.
         - [PDF](../static/papers/gawd.pdf)
         - [Tool Repository](https://github.com/pooya-rostami/gawd)
      2. Wessel M., Mens T., **Rostami Mazrae P.**, [**The GitHub Development Workflow Automation Ecosystems**](https://doi.org/10.1007/978-3-031-36060-2_8), Software Ecosystems: Tooling and Analytics, Book chapter, Springer Nature, 2023.
         - [Presentation](https://youtu.be/x)
      """)
    #expect(result.publications.count == 2)
    #expect(result.publications.map { $0.venue?.name } == ["MSR", "Software Ecosystems: Tooling and Analytics"])
    #expect(result.publications.first?.links.code == "https://github.com/pooya-rostami/gawd")
    #expect(warnings(result).isEmpty)
  }

  @Test func `talks among papers are notes, not publications`() throws {
    let result = read(
      """
      ---
      title: "Publications and Talks"
      ---
      ### Ph.D.
      - "[Open Discussion on Solidity Fuzzing][1]", B.Shastry, Ethereum Meetup, Berlin, 2019.
      - "Fuzzing the Solidity Compiler" [Slides][2] [Video][3], B.Shastry, Devcon 5, Osaka, 2019.
      - "Follow the White Rabbit: Simplifying Fuzz Testing Using FuzzExMachina", V. Ulitzsch, D. Maier, **B. Shastry**, Black Hat 2018

      [1]: media/Eth_Meetup_Slides.pdf
      [2]: https://example.org/Fuzzing_Solidity.pdf
      [3]: https://youtu.be/x
      """)
    #expect(result.publications.map(\.title) == ["Follow the White Rabbit: Simplifying Fuzz Testing Using FuzzExMachina"])
    #expect(result.publications.first?.venue?.name == "Black Hat")
    #expect(result.publications.first?.authors.map(\.name) == ["V. Ulitzsch", "D. Maier", "B. Shastry"])
    #expect(result.diagnostics.map(\.description).filter { $0.contains("is a talk") } == [
      "page.md:5: note: \"Open Discussion on Solidity Fuzzing\" is a talk; not counted as a publication",
      "page.md:6: note: \"Fuzzing the Solidity Compiler\" is a talk; not counted as a publication",
    ])
  }

  @Test func `an html item wrapped over source lines is read as one line`() throws {
    let result = read(
      """
      # Publications
      <ul>
        <li>YM Kim, AD Vu, JI Han, "Long
        range detection using a PDR sensor combined with MIMO antenna." 2010
        International Conference on Information and Communication Technology
        Convergence (ICTC). IEEE, 2010.</li>
        <li>Anh-Duy Vu, Ramy Medhat, and Borzoo Bonakdarpour. "Managing the
        security-energy tradeoff in distributed cyber-physical systems."
        Proceedings of the 10th ACM/IEEE International Conference on
        Cyber-Physical Systems. ACM, 2019.</li>
      </ul>
      """)
    #expect(result.publications.map { $0.venue?.name } == ["ICTC", "ICCPS"])
    #expect(result.publications.map(\.year) == [2010, 2019])
    #expect(result.publications.first?.source.line == 3)
  }

  @Test func `an award before the names is not the title`() throws {
    let result = read(
      """
      # Conferences

      **Received Best Paper Award:** K. Virgil English, Nathaniel Bennett, Seaver Thorn, **Examining Cryptography and Randomness Failures in Open-Source Cellular Cores**, 14th ACM Conference on Data and Application Security and Privacy (CODASPY), June 2024
      """)
    #expect(result.publications.map(\.title) == ["Examining Cryptography and Randomness Failures in Open-Source Cellular Cores"])
    #expect(result.publications.first?.venue?.name == "CODASPY")
  }

  @Test func `blog posts written for an employer are not research papers`() throws {
    let result = read(
      """
      ## Scientific publications

      - :uk: 2025 [**TAROT: Task-Oriented Authorship Obfuscation Using Policy Optimization Methods**](https://arxiv.org/abs/2407.21630). Gabriel Loiseau, **Damien Riquet**, Marc Tommasi. *PrivateNLP 2025 (Sixth Workshop on Privacy in Natural Language Processing)*.
      - :fr: 2014 [**Un langage pour la configuration de DISCUS**](https://hal.science/hal-00995674/). **Damien Riquet**, Gilles Grimaud. *ComPAS: conférence en parallélisme, architecture et systèmes, Neuchâtel, Suisse.*

      ## Others

      ### Work related publications

      - :uk: 2025 **Detection of Cyberthreats with Computer Vision (Part 3)**. Hornetsecurity. [:link:](https://example.org/blog)
      """)
    #expect(result.publications.map { $0.venue?.name } == ["PrivateNLP", "ComPAS"])
    #expect(result.publications.map(\.year) == [2025, 2014])
  }

  @Test func `a publisher before a journal's name is not part of it`() throws {
    let result = read(
      """
      # Publications

      - A. Raza, K. Wu, **Lu Wang**, A lightweight group-based SDN-driven encryption protocol for smart home IoT devices, in Elsevier Computer Networks, Volume 250, August 2024.
      - Wessel M., Mens T., **Rostami Mazrae P.**, [**The GitHub Development Workflow Automation Ecosystems**](https://doi.org/10.1007/978-3-031-36060-2_8), Software Ecosystems: Tooling and Analytics, Book chapter, Springer Nature, 2023.
      """)
    #expect(result.publications.map { $0.venue?.name } == ["Computer Networks", "Software Ecosystems: Tooling and Analytics"])
  }
}
