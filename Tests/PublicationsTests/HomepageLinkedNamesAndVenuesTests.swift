import Testing
@testable import Publications

/// From aaronluo00.github.io (`_pages/includes/pub.md`): a bold title on its own line, the names
/// under it with the last co-author linked to his page, and the venue linked to its site. The
/// linked name ("Michael Lingzhi Li", "Zhangyang Wang") or venue ("Radiology: Artificial
/// Intelligence", "International Conference on Learning Representations (ICLR)") was taken for
/// the title of all three papers.
@Suite struct HomepageLinkedNamesAndVenuesTests {
  @Test func `a linked last author under a bold title is no title`() {
    let result = read(
      """
      # 📝 Publications

      ## Conference Papers
      - **Towards Interpretable, Sequential Multiple Instance Learning: An Application to Clinical Imaging**  
        **Xiaolong Luo**, Hsin-Hsiao Scott Wang, [Michael Lingzhi Li](https://www.hbs.edu/faculty/Pages/profile.aspx?facId=1069951)  
        *American Medical Informatics Association (AMIA)*, Nov. 2025
      """)
    #expect(result.publications.map(\.title) == ["Towards Interpretable, Sequential Multiple Instance Learning: An Application to Clinical Imaging"])
    #expect(result.publications.first?.authors.map(\.name) == ["Xiaolong Luo", "Hsin-Hsiao Scott Wang", "Michael Lingzhi Li"])
  }

  @Test func `a venue linked with its acronym is no title`() {
    let result = read(
      """
      # 📝 Publications

      - **Learning Pruning-Friendly Networks via Frank-Wolfe: One-Shot, Any-Sparsity, and No Retraining**  
        [Miao Lu](https://scholar.google.com/citations?user=PcmxEmYAAAAJ)\\*, **Xiaolong Luo**\\*, [Tianlong Chen](https://tianlong-chen.github.io/), [Wuyang Chen](https://scholar.google.com/citations?user=dB9jxZYAAAAJ), [Dong Liu](https://scholar.google.com/citations?user=lm9LxjwAAAAJ), [Zhangyang Wang](https://vita-group.github.io/)  
        *[International Conference on Learning Representations (ICLR)](https://iclr.cc/)*, Spotlight Presentation, Mar. 2022  
        [[Paper]](https://openreview.net/forum?id=E_WJZh0AXyn) [[Code]](https://github.com/VITA-Group/FreeTickets)
      - **AI Transformers for Radiation Dose Reduction in Serial Whole-Body PET Scans**  
        YR Wang, L Qu, ND Sheybani, **X Luo**, J Wang, KE Hawk, AJ Theruvath, et al.  
        *[Radiology: Artificial Intelligence](https://pubs.rsna.org/journal/ai)* (IF: 22.5), Apr. 2023; [[Link]](https://pubs.rsna.org/doi/full/10.1148/ryai.220246)
      """)
    #expect(
      result.publications.map(\.title) == [
        "Learning Pruning-Friendly Networks via Frank-Wolfe: One-Shot, Any-Sparsity, and No Retraining",
        "AI Transformers for Radiation Dose Reduction in Serial Whole-Body PET Scans",
      ])
    #expect(result.publications.map { $0.venue?.name } == ["ICLR", "Radiology: Artificial Intelligence"])
    #expect(result.publications.first?.authors.count == 6)
  }
}
