import Testing
@testable import Publications

/// academicpages pages that keep their reference somewhere other than the `citation` field the
/// template reads: in the body, in the excerpt, as BibTeX, or as an HTML author list.
@Suite struct AcademicPagesWrittenReferenceTests {
  static func page(_ frontMatter: String, body: String = "") -> ReaderInput {
    ReaderInput(name: "_publications/page.md", text: "---\n\(frontMatter)\n---\n\(body)")
  }

  /// Ada-Shen.github.io: the `citation:` line commented out, the reference typed into the body
  /// where the template would have printed it.
  @Test func `a recommended citation in the body gives the authors`() throws {
    let page = Self.page(
      """
      title: "3D-Rotation-Equivariant Quaternion Neural Networks"
      collection: publications
      date: 2020-11-12
      venue: 'ECCV'
      #citation: 'Shen W., Zhang B., Huang S., Wei Z., Zhang Q.: 3D-Rotation-Equivariant Quaternion Neural Networks.'
      """,
      body: """
        Abstract. This paper proposes a set of rules to revise various neural networks.

        Recommended citation: Shen W., Zhang B., Huang S., Wei Z., Zhang Q.: 3D-Rotation-Equivariant Quaternion Neural Networks. In: Proceedings of the European Conference on Computer Vision (ECCV). pp. 531-547 (2020)
        """)
    let publication = try #require(HugoReader().read([page]).publications.first)
    #expect(publication.authors.map(\.name) == ["W. Shen", "B. Zhang", "S. Huang", "Z. Wei", "Q. Zhang"])
    #expect(publication.venue?.name == "ECCV")
  }

  /// 2016317200329/YujiaWang: the whole reference is the excerpt, the owner in bold, "#" for
  /// the co-first authors.
  @Test func `an excerpt that is the reference gives authors and venue`() throws {
    let page = Self.page(
      """
      title: "AFSBN: A Method of Artificial Fish Swarm Optimizing Bayesian Network for Epistasis Detection"
      collection: publications
      excerpt: 'Liguang Wang#, **Yujia Wang#**, Yi Fu, Yunge Gao, Jiawei Du, Chen Yang, Jianxiao Liu*. AFSBN: A Method of Artificial Fish Swarm Optimizing Bayesian Network for Epistasis Detection, IEEE/ACM Transactions on Computational Biology and Bioinformatics, 2019 (SCI, IF=3.702, DOI: 10.1109/TCBB.2019.2949780)'
      date: 2019-10-28
      """)
    let publication = try #require(HugoReader().read([page]).publications.first)
    #expect(publication.authors.map(\.name) == [
      "Liguang Wang", "Yujia Wang", "Yi Fu", "Yunge Gao", "Jiawei Du", "Chen Yang", "Jianxiao Liu",
    ])
    #expect(publication.authors.filter(\.isHighlighted).map(\.name) == ["Yujia Wang"])
    #expect(publication.venue?.name == "IEEE/ACM Transactions on Computational Biology and Bioinformatics")
    #expect(publication.year == 2019)
    // An excerpt that is a summary names no one.
    let summary = Self.page("title: \"A Study\"\ndate: 2021-10-01\nvenue: 'ICML'\nexcerpt: 'Reformulates reasoning, planning and search as bandits.'")
    #expect(HugoReader().read([summary]).publications.first?.authors.isEmpty == true)
  }

  /// AbdulBasitMirza.github.io hides keys in its front matter with the Markdown comment idiom,
  /// which Yams refused (17 of 18 pages were skipped with a warning), files theses by `type`,
  /// and keeps HTML character references in its venues.
  @Test func `Markdown comment lines, a type and character references in front matter are read as Jekyll reads them`() throws {
    let paper = Self.page(
      """
      layout: 'publication'
      title: "Cognitive Insights into Metaheuristic Digital Twin based Health Monitoring"
      collection: publications
      type: 'conference'
      date: 2022-09-05
      venue: '2022 24th European Conference on Power Electronics and Applications (EPE&#39;22 ECCE Europe)'
      authors: '<strong>Abdul Basit Mirza</strong>, Kushan Choksi and <a href="https://www.stonybrook.edu/">Fang Luo</a>'
      [//]: # (codeurl: 'https://github.com/Lifelong-ML/ELIRL.git')
      [//]: # (videourl: 'https://youtu.be/Of5OyuOrePw')
      """)
    let thesis = Self.page("title: \"Design and Validation of a Grid-Integrable Hybrid DC Circuit Breaker\"\ntype: 'thesis'\ndate: 2022-05-01\nvenue: 'Stony Brook University'")
    let result = HugoReader().read([paper])
    let publication = try #require(result.publications.first)
    #expect(result.diagnostics.isEmpty)
    #expect(publication.venue?.name == "European Conference on Power Electronics and Applications (EPE'22 ECCE Europe)")
    #expect(publication.authors.map(\.name) == ["Abdul Basit Mirza", "Kushan Choksi", "Fang Luo"])
    #expect(publication.authors.map(\.isHighlighted) == [true, false, false])
    #expect(HugoReader().read([thesis]).publications.first?.venue?.kind == .thesis)
  }

  /// 0411tony/junwei.github.io: the pages as the venue, the conference named before the title
  /// in the citation.
  @Test func `pages are no venue, and a venue the catalogue knows anywhere in the citation is`() throws {
    let page = Self.page(
      """
      title: "Dual Prompt-Based Few-Shot Learning for Automated Vulnerability Patch Localization"
      collection: publications
      category: manuscripts
      date: 2024-03-12
      venue: '940--951'
      citation: 'Junwei Zhang, Xing Hu*, Lingfeng Bao, Xin Xia, Shanping Li. International Conference on Software Analysis, Evolution and Reengineering (SANER 2024). &quot; Dual Prompt-Based Few-Shot Learning for Automated Vulnerability Patch Localization &quot; <i>940--951</i>. 1(2).'
      """)
    let publication = try #require(HugoReader().read([page]).publications.first)
    #expect(publication.venue == Venue(name: "SANER", kind: .conference))
  }

  /// 1BIMU/Academic_CV: the authors as HTML, the owner in `<strong>`, and BibTeX as the citation.
  @Test func `an HTML author list marks its bold name and a BibTeX citation is read as BibTeX`() throws {
    let page = Self.page(
      """
      title: "SPPO: Sequence-Level PPO for Long-Horizon Reasoning"
      collection: publications
      category: conferences
      date: 2026-04-01
      venue: 'ACL 2026 Oral'
      authors: '<strong>Tianyi Wang</strong>*, Yixia Li*, Long Li, Yibiao Chen'
      citation: '@misc{wang2026sppo,
            title={SPPO: Sequence-Level PPO for Long-Horizon Reasoning Tasks},
            author={Tianyi Wang and Yixia Li and Long Li and Yibiao Chen},
            year={2026},
      }'
      """)
    let result = HugoReader().read([page])
    let publication = try #require(result.publications.first)
    #expect(publication.authors.map(\.name) == ["Tianyi Wang", "Yixia Li", "Long Li", "Yibiao Chen"])
    #expect(publication.authors.map(\.isHighlighted) == [true, false, false, false])
    #expect(publication.venue?.name == "ACL")
    #expect(result.diagnostics.isEmpty)
  }
}
