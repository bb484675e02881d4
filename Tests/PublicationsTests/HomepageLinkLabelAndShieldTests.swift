import Testing
@testable import Publications

/// Links and images beside the names on real pages: shields.io badges that date the paper
/// (guil-lucky.github.io: 7 of 9 papers had no year), emoji link labels (HT86159.github.io:
/// "📦Code" and "🤗Huggingface" read as authors), a "PKU News" link after the last name
/// (Eric-Hao.github.io: "Yue Yang PKU News"), the "IEEE J-BHI" badge (JZSAWYER.github.io), and
/// a link's old address left after it (houguang-liu.github.io: the names were not read).
@Suite struct HomepageLinkLabelAndShieldTests {
  @Test func `a shields badge dates the paper its text names the venue of`() {
    let result = read(
      """
      # 📝 Publications

      1. [![ICML 2026](https://img.shields.io/badge/ICML-2026-blue)](https://arxiv.org/abs/2601.06401)  
         **BizFinBench.v2: A Unified Dual-Mode Bilingual Benchmark for Expert-Level Financial Capability Alignment**  
         Xin Guo, Rongjunchen Zhang*, **Guilong Lu**, Xuntao Guo, Jia Shuai, Zhi Yang, Liwen Zhang*  
         _International Conference on Machine Learning (CCF-A)_

      3. [![ASEJ 2025](https://img.shields.io/badge/ASEJ-2025-blue)](https://dl.acm.org/doi/abs/10.1007/s10515-025-00507-7)  
         **SIFT: Improving the performance of vulnerability detection by incorporating structural knowledge and multi-task learning**  
         Liping Wang, **Guilong Lu (co-first author)**, Xiang Chen*, Jianlin Qiu, Xiaofeng Dai  
         _Automated Software Engineering (CCF-B)_
      """)
    #expect(result.publications.map(\.year) == [2026, 2025])
    #expect(result.publications.map { $0.venue?.name } == ["ICML", "Automated Software Engineering"])
    #expect(warnings(result).isEmpty)
  }

  @Test func `emoji link labels after the names are no authors`() throws {
    let result = read(
      """
      # Publications
      <div class='paper-box'><div class='paper-box-image'><div><div class="badge">ICLR 2026</div></div></div>
      <div class='paper-box-text' markdown="1">

      <span style="font-size: 1.5em;"> [**Detecting Misbehaviors of Large Vision-Language Models by Evidential Uncertainty Quantification**](https://openreview.net/forum?id=xJT4fXJr1Q) </span>

      <span style="font-size: 0.9em;"> **Tao Huang**, Rui Wang, Xiaofei Liu, Yi Qin, Li Duan, Liping Jing; | [📦**Code**](https://github.com/HT86159/EUQ) | [🤗**Huggingface**](https://huggingface.co/datasets/TerryHWong/Misbehavior-Bench)  </span>
      </div>
      </div>
      """)
    let paper = try #require(result.publications.first)
    #expect(paper.authors.map(\.name) == ["Tao Huang", "Rui Wang", "Xiaofei Liu", "Yi Qin", "Li Duan", "Liping Jing"])
    #expect(warnings(result).isEmpty)
  }

  @Test func `a news link after the last name is no part of it`() throws {
    let result = read(
      """
      # Publications
      - `J. Fluid Mech.` [**Magnetic knot cascade via the stepwise reconnection of helical flux tubes**](https://doi.org/10.1017/jfm.2020.1145), **<u>Jinhua Hao</u>**, Yue Yang <a class="resource-link" href="https://www.coe.pku.edu.cn/newsfocus/fast/11585.html"><i class="fas fa-university resource-link__icon" aria-hidden="true"></i>PKU News</a>
      """)
    let paper = try #require(result.publications.first)
    #expect(paper.authors.map(\.name) == ["Jinhua Hao", "Yue Yang"])
    #expect(paper.venue?.name == "Journal of Fluid Mechanics")
  }

  /// houguang-liu.github.io: a link edited over, its old address left after it.
  @Test func `the tail of a link edited over stands before no names`() throws {
    let result = read(
      """
      # Publications
      - ``SOUND VIB 2024`` [A Sound Quality Evaluation Method for Vehicle Interior Noise Based on Auditory Loudness Model](https://ojs.acad-pub.com/index.php/SV/article/view/2648)](https://openreview.net/forum?id=UVAmFAtC5ye), He ZH(指导研究生), Guo H, **Liu HG***, et al.
      """)
    let paper = try #require(result.publications.first)
    #expect(paper.title == "A Sound Quality Evaluation Method for Vehicle Interior Noise Based on Auditory Loudness Model")
    #expect(paper.authors.map(\.name) == ["He ZH", "Guo H", "Liu HG"])
    #expect(paper.year == 2024)
    #expect(warnings(result).isEmpty)
  }

  @Test func `IEEE J-BHI is the Journal of Biomedical and Health Informatics`() {
    #expect(VenueCatalog.standard.mentions(in: "IEEE J-BHI").first?.venue.name == "IEEE Journal of Biomedical and Health Informatics")
  }
}
