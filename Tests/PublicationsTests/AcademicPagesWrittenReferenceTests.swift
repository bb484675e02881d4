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
