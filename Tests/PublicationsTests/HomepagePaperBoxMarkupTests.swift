import Testing
@testable import Publications

/// From aaronliu0702.github.io (`_pages/includes/pub.md`): each paper-box's title opens with a
/// logo inside the bold (`**<img …> Title.**`), the badge is set in bold, a link button reads
/// "[[**ProjectPage**]]" and a "🤗 #3 Paper of the Day" link carries the class "paper-badge".
/// 10 of 16 papers were titled "[ProjectPage]" or dropped, one "ACL 2026 (CCF-A)".
@Suite struct HomepagePaperBoxMarkupTests {
  static let box = """
    # 📝 Publications

    <div class='paper-box'>
      <div class='paper-box-image'>
        <div>
          <div class="badge" style="background-color: rgb(231, 77, 60); color: white; font-weight: bold;">
            ACL 2026 (CCF-A)
          </div>
          <a href="https://amo-bench.github.io/"><img src='images/AMO-Bench.png' alt="sym" width="100%"></a>
        </div>
      </div>
      <div class='paper-box-text' markdown="1">
      
      **<img src="../images/longcat.svg" alt="icon" style="height:25px; vertical-align:middle;"> AMO-Bench: Large Language Models Still Struggle in High School Math Competitions.**  
      
      🧑‍💻 <ins>**Junlin Liu**</ins>, Shengnan An, Shuang Zhou, Dan Ma, Yehao Lin.
      <br>
      <div class="paper-topics">
        <span class="paper-topic">Mathematical Reasoning</span>
         <a class="paper-badge" href="https://huggingface.co/papers/2607.24280" target="_blank">
          🤗 #3 Paper of the Day
        </a>
      </div>
      
    [[**Paper**]](https://aclanthology.org/2026.findings-acl.101.pdf) [[**Code**]](https://github.com/meituan-longcat/AMO-Bench)
    [[**ProjectPage**]](https://amo-bench.github.io/) [[**HuggingFace**]](https://huggingface.co/datasets/meituan-longcat/AMO-Bench)
      </div>
    </div>
    """

  @Test func `the bold title after a logo is the title`() throws {
    let result = read(Self.box)
    let paper = try #require(result.publications.first)
    #expect(paper.title == "AMO-Bench: Large Language Models Still Struggle in High School Math Competitions")
    #expect(paper.authors.map(\.name) == ["Junlin Liu", "Shengnan An", "Shuang Zhou", "Dan Ma", "Yehao Lin"])
    #expect(paper.venue?.name == "ACL")
    #expect(paper.year == 2026)
    #expect(warnings(result).isEmpty)
  }

  @Test(arguments: ["ProjectPage", "HuggingFace", "PaperCode", "GitHub"])
  func `words written together are a link label`(_ label: String) {
    #expect(TitleFinder.isLinkLabel(label))
    #expect(!TitleFinder.isLinkLabel("DeepSeekMath"))
  }

  /// bhipee.github.io: a `` `Chinese Patent` `` tag in the list of papers, and emoji after the
  /// names ("📌" equal contribution, "📩" corresponding).
  @Test func `a patent tag files the item as a patent and emoji mark names`() throws {
    let result = read(
      """
      # 📝 Publications

      - `TPAMI` *UVAGaze+: Unsupervised Single-to-Multi Views Adaptation for Gaze Estimation*, **Zheng Liu📌**, Ruicong Liu📌, Feng Lu📩. Under Review
      - `Chinese Patent` *Method, Device, Terminal Equipment, and Storage Medium for Multi-Light Source Light Spot Correspondence*, Bingqiang Li, Feng Lu, **Zheng Liu**, Di Zhu, Rui Li. Under Review
      """)
    let paper = try #require(result.publications.first)
    #expect(result.publications.count == 1)
    #expect(paper.authors.map(\.name) == ["Zheng Liu", "Ruicong Liu", "Feng Lu"])
    #expect(paper.authors.map(\.markers) == [[.equalContribution], [.equalContribution], [.corresponding]])
    #expect(result.diagnostics.contains { $0.message.description.hasSuffix("is a patent; not counted as a publication") })
  }
}

extension HomepagePaperBoxMarkupTests {
  /// From passionate11.github.io: each box's title is a `#` heading inside the box's text, and
  /// every one of them closed the publications section: no paper was read (now 14).
  @Test func `a heading that opens a box's text is the paper's title`() {
    let result = read(
      """
      # 📝 Publications

      <div class='paper-box'><div class='paper-box-image'><div><div class="badge">ACL 2026</div><img src='images/paper/uncode_acl26.png' alt="sym" width="100%"></div></div>
      <div class='paper-box-text' markdown="1">

      # Empirical Analysis of Decoding Biases in Masked Diffusion Models

      `Pengcheng Huang`, Tianming Liu, Zhenghao Liu†, Yukun Yan, Shuo Wang, Tong Xiao, Zulong Chen, Maosong Sun

      [arXiv](https://arxiv.org/abs/2508.13021) · [Code](https://github.com/NEUIR/Uncode)

      </div>
      </div>

      # 🎖 Honors and Awards
      - *2024.10* National Scholarship
      """)
    #expect(result.publications.map(\.title) == ["Empirical Analysis of Decoding Biases in Masked Diffusion Models"])
    #expect(result.publications.first?.venue?.name == "ACL")
    #expect(result.publications.first?.authors.count == 8)
  }

  /// From liu-junming.github.io: the box names its parts by class (`journal`, `title`,
  /// `author`), and the owner's name sits in a `<div>` inside the author line; the box was
  /// skipped as having no title.
  @Test func `a title by its class, and a div inside a line of names`() {
    let result = read(
      """
      <h1>Publications</h1>

      <div class='paper-box'>
      <div class='paper-box-text'>
      <div class='journal'><img src='{{ site.baseurl }}/images/pub-icon/usenix.png' alt="USENIX Security">USENIX Security 2024</div>

      <div class='title'>Exploring ChatGPT's Capabilities on Vulnerability Management</div>

      <div class='author'>
      <span class="author-list">Peiyu Liu*, <div class="my-name">Junming Liu*</div>, Lirong Fu, Kangjie Lu, Yifan Xia</span><span class="author-hidden">, Xuhong Zhang, Wenzhi Chen, Haiqin Weng, Shouling Ji, Wenhai Wang (*equal contribution)</span>
      </div>
      </div>
      </div>
      """)
    #expect(result.publications.map(\.title) == ["Exploring ChatGPT's Capabilities on Vulnerability Management"])
    #expect(result.publications.first?.venue?.name == "USENIX Security")
    #expect(result.publications.first?.year == 2024)
    #expect(result.publications.first?.authors.count == 10)
    #expect(result.publications.first?.authors.filter(\.isHighlighted).map(\.name) == ["Junming Liu"])
  }
}

extension HomepagePaperBoxMarkupTests {
  /// From xhd0728.github.io: co-authors linked to their pages with TeX marks
  /// ("[Xinze Li$^{\*}$](…)") were taken for the title, and "**Haidong Xin**$^{\*†}$" for no name.
  @Test func `a linked name with a TeX mark is an author, not the title`() {
    let result = read(
      """
      # 📝 Publications

      <div class='paper-box'><div class='paper-box-image'><div><div class="badge">ACL 2026</div><img src='/images/paper/metamem.webp' alt="MetaMem paper figure" width="100%" loading="lazy"></div></div>
      <div class='paper-box-text' markdown="1">

      # MetaMem: Evolving Meta-Memory for Knowledge Utilization through Self-Reflective Symbolic Optimization

      **Haidong Xin**$^{\\*}$, [Xinze Li$^{\\*}$](https://scholar.google.com/citations?user=Feo2PhwAAAAJ), [Zhenghao Liu$^†$](https://scholar.google.com/citations?user=4vrZRk0AAAAJ), Cheng Yang

      </div>
      </div>

      <div class='paper-box'><div class='paper-box-image'><div><div class="badge">MCM/ICM 2023</div><img src='/images/paper/mcm-icm-2023.webp' alt="MCM/ICM paper figure" width="100%" loading="lazy"></div></div>
      <div class='paper-box-text' markdown="1">

      # Puzzle Game: Prediction and Classification of Wordle Solution Words

      **Haidong Xin**$^{\\*†}$, [Fang Wu$^{\\*}$](https://wfloveiu.github.io/), [Zhitong Zhou$^{\\*}$](https://scholar.google.com/citations?user=aG3jVDUAAAAJ&hl=en)

      </div>
      </div>
      """)
    #expect(result.publications.map(\.title) == [
      "MetaMem: Evolving Meta-Memory for Knowledge Utilization through Self-Reflective Symbolic Optimization",
      "Puzzle Game: Prediction and Classification of Wordle Solution Words",
    ])
    #expect(result.publications.map { $0.authors.map(\.name) } == [
      ["Haidong Xin", "Xinze Li", "Zhenghao Liu", "Cheng Yang"], ["Haidong Xin", "Fang Wu", "Zhitong Zhou"],
    ])
  }
}
