import Testing
@testable import Publications

/// From weiyunxu-acad.github.io (`_pages/includes/pub.md`): each paper's year is written only in
/// a shields.io badge with no alt text (`![](https://img.shields.io/badge/2025-red)`: 6 of 6
/// paper-boxes undated), a venue carries "(2024) (In Chinese)" and a TeX ordinal, and the
/// "Conference Proceedings and Presentations" section (7 papers) was read as talks.
@Suite struct HomepageShieldYearTests {
  @Test func `a shield with no alt text dates the paper`() throws {
    let result = read(
      """
      # 📝 Publications

      <div class='paper-box'><div class='paper-box-image'><div><div class="badge">Thin-Walled Structures, IF=6.6</div><img src='images/Paper4.png' alt="sym" width="100%"></div></div>
      <div class='paper-box-text' markdown="1">
      [A flexible design framework for lattice-based chiral mechanical metamaterials considering dynamic energy absorption](https://doi.org/10.1016/j.tws.2024.112108) ![](https://img.shields.io/badge/2024-red) [![](https://img.shields.io/badge/PDF-blue)](./file/paper4.pdf) \\\\
      **Weiyun Xu**, Chang Zhou, Hanyu Zhang, Zhao Liu, Ping Zhu
      </div>
      </div>
      """)
    let paper = try #require(result.publications.first)
    #expect(paper.year == 2024)
    #expect(warnings(result).isEmpty)
  }

  @Test(arguments: [
    ("https://img.shields.io/badge/2025-red", "2025"),
    ("https://img.shields.io/badge/2023_07-Shenzhen%2C%20China-red", "2023 07 Shenzhen, China"),
    ("https://img.shields.io/badge/ISBN-978--7--111-red?style=flat", "ISBN 978-7-111"),
    ("https://example.org/badge/2025-red", nil),
  ])
  func `a shield's words are read from its address`(url: String, words: String?) {
    #expect(ShieldBadge.text(ofImageAt: url) == words)
  }

  @Test func `a language note and a year in parentheses are no part of the venue`() throws {
    let result = read(
      """
      # Publications

      - **Weiyun Xu**, Hanyu Zhang, Zhao Liu, Ping Zhu. **Aperiodic design framework of chiral mechanical metamaterials considering crashworthiness**, *Journal of Mechanical Engineering* (2024) <span style="color:red">(In Chinese)</span>
      - **Weiyun Xu**, **Energy absorption mechanism of three-dimensional chiral mechanical metamaterials and their application in the frame of electric heavy-duty trucks**, *The $2^nd$ Doctoral Academic Forum of the China Society of Automotive Engineers* <span style="color:red">(In Chinese)</span> ![](https://img.shields.io/badge/2024_06-Beijing%2C%20China-red)
      """)
    #expect(
      result.publications.map { $0.venue?.name } == [
        "Journal of Mechanical Engineering", "Doctoral Academic Forum of the China Society of Automotive Engineers",
      ])
    #expect(result.publications.map(\.year) == [2024, 2024])
  }

  @Test func `papers listed as conference presentations are counted and patents are not`() {
    let result = read(
      """
      # 📝 Publications

      ##     Conference Proceedings and Presentations
      - **Weiyun Xu**, Hanyu Zhang, Zhao Liu, and Ping Zhu. **On the crashworthiness of aperiodic chiral mechanical metamaterials: design and modeling method**. *J. Phys.: Conf. Ser.*, vol. 2639, p. 012029, 2023.

      - **Weiyun Xu**, Wenjie Wang, and Ping Zhu. **GNN-based inverse design of three-dimensional aperiodic metamaterials enabling programmable shapes**,  *APS March Meeting 2024*

      ##     Patents
      - **W.Y. Xu**, P. Zhu, Z. Liu, and Y.F. Li. **Chiral mechanical metamaterial sandwich structures with size-effect-free twist and the applications**, China Patent CN115691719B, Jul. 29, 2025. (Authorized)
      """)
    #expect(result.publications.map(\.year) == [2023, 2024])
    #expect(result.publications.map { $0.venue?.name } == ["Journal of Physics: Conference Series", "APS March Meeting"])
  }
}
