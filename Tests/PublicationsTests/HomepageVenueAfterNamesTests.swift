import Testing
@testable import Publications

/// From zhengqingyuan's page (DLYuanGod/zhengqingyuan, `_pages/includes/pub.md`): the venue
/// closes each item in parentheses with a two-digit year ("(ICLR 26)", "(EACL 26 Main
/// Conference)"), and "❁" marks equal contribution. 11 of 14 papers were undated, 6 had no
/// authors, and the last author was dropped from the rest.
@Suite struct HomepageVenueAfterNamesTests {
  @Test func `a venue in parentheses after the names keeps the last author and dates the paper`() throws {
    let result = read(
      """
      # 📝 Selected Publications (❁Equal contributions)
      - [3D4D: An Interactive, Editable, 4D World Model via 3D Video Generation](https://arxiv.org/abs/2511.08536), Yunhong He❁, **Zhengqing Yuan❁**, Zhengzhong Tu, Yanfang Ye, Lichao Sun (AAAI 26 Demo Track)
      - [NG-Router: Graph-Supervised Multi-Agent Collaboration for Nutrition Question Answering](), Kaiwen Shi, Zheyuan Zhang, **Zhengqing Yuan**, Keerthiram Murugesan, Vincent Galassi, Chuxu Zhang, Yanfang Ye (EACL 26 Main Conference)
      - [Exposing and Patching the Flaws of Large Language Models in Social Character Simulation](https://openreview.net/forum?id=B5E3ijlLML), Yue Huang❁, **Zhengqing Yuan❁**, Yujun Zhou❁, Kehan Guo (CoLM 25)
      """)
    #expect(result.publications.map(\.year) == [2026, 2026, 2025])
    #expect(result.publications.map(\.venue?.name) == ["AAAI", "EACL", "COLM"])
    #expect(result.publications.map { $0.authors.last?.name } == ["Lichao Sun", "Yanfang Ye", "Kehan Guo"])
    #expect(result.publications[0].authors.map(\.name) == ["Yunhong He", "Zhengqing Yuan", "Zhengzhong Tu", "Yanfang Ye", "Lichao Sun"])
    #expect(result.publications[0].authors[0].markers == [.equalContribution])
    #expect(warnings(result).isEmpty)
  }

  @Test(arguments: [
    ("(ICLR 26)", 2026), ("(AAAI 26 Demo Track)", 2026),
    // A volume, not a year: a journal, a number before a parenthesis or a comma.
    ("Advances in Neural Information Processing Systems 25 (2012)", 2012), ("TPAMI 45, 2023", 2023),
  ])
  func `two digits after a conference's name are its year only where a year can stand`(_ text: String, _ year: Int) {
    #expect((VenueCatalog.standard.mentions(in: text).first?.year ?? VenueCatalog.years(in: text).first) == year)
  }
}
