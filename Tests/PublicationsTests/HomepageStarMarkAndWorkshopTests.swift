import Testing
@testable import Publications

/// From hannieliao.github.io (`_pages/includes/pub.md`: "<sup>★</sup>" after names, a
/// "[**[Dataset&Code]**]" button taken for the title) and harry-mic.github.io ("MHFAIA Workshop
/// at ICML 2024 & Under Review" read as the workshop "MHFAIA Workshop at & Under Review").
@Suite struct HomepageStarMarkAndWorkshopTests {
  @Test func `a star in sup marks equal contribution and a joined button label is no title`() throws {
    let result = read(
      """
      # 📝 Publications

      <div class='paper-box'><div class='paper-box-image'><div><div class="badge">IJCAI 2024</div><img src='images/baton.png' alt="sym" width="100%"></div></div>
      <div class='paper-box-text' markdown="1">

      **BATON: Aligning Text-to-Audio Model with Human Preference Feedback** \\\\
      **Huan Liao**<sup>★</sup>, Haonan Han<sup>★</sup>, Kai Yang, Tianjiao Du, Rui Yang, Zunnan Xu, Qinmei Xu, Jingquan Liu, Jiasheng Lu, Xiu Li<sup>†</sup>

      [**[Project]**](https://baton2024.github.io/)
      [**[Dataset&Code]**](https://github.com/Hannieliao/Baton)
      </div>
      </div>
      """)
    let paper = try #require(result.publications.first)
    #expect(paper.title == "BATON: Aligning Text-to-Audio Model with Human Preference Feedback")
    #expect(paper.authors.prefix(2).map(\.name) == ["Huan Liao", "Haonan Han"])
    #expect(paper.authors.prefix(2).map(\.markers) == [[.equalContribution], [.equalContribution]])
    #expect(warnings(result).isEmpty)
  }

  @Test func `a workshop named before its host keeps its own name`() {
    let result = read(
      """
      # Publications

      <table>
        <tr>
        <td style="border: none;"> <a href="https://arxiv.org/abs/2402.07610"> Step-On-Feet Tuning: Scaling Self-Alignment of LLMs via Bootstrapping </a> <br>  <strong>Haoyu Wang</strong>, Guozheng Ma, Ziqiao Meng, Zeyu Qin, Li Shen <br> <span style="font-size: 0.8em;">MHFAIA Workshop at ICML 2024 & Under Review</span>   </td>
        </tr>
      </table>
      """)
    #expect(result.publications.map(\.venue) == [Venue(name: "MHFAIA", kind: .workshop)])
    #expect(result.publications.map(\.year) == [2024])
  }

  /// The ACL Anthology's booktitles: the host closes the name, its acronym after the host stays.
  @Test(arguments: [
    ("Proceedings of the 1st Workshop on {NLP} for {COVID}-19 (Part 2) at {EMNLP} 2020", "Workshop on NLP for COVID-19"),
    ("Proceedings of the 10th Linguistic Annotation Workshop held in conjunction with ACL 2016 (LAW-X 2016)", "LAW-X"),
  ])
  func `a workshop held at a conference is named without the host`(booktitle: String, name: String) throws {
    let bib = "@inproceedings{k, title = {A Paper Title Here}, author = {Ann Lee and Bob Smith}, booktitle = {\(booktitle)}, year = 2020}"
    let result = BibTeXReader().read([ReaderInput(name: "refs.bib", text: bib)])
    #expect(result.publications.first?.venue == Venue(name: name, kind: .workshop))
  }
}
