import Testing
@testable import Publications

/// A bilingual page (HuangWBill.github.io, `_pages/includes/pub.md`): every name and the venue
/// in Chinese characters with the English form in parentheses.
@Suite struct HomepageReaderBilingualTests {
  @Test func `names and venue in Chinese with their English forms read as the English forms`() throws {
    let result = read(
      """
      # Publications

      <div class='paper-box'><div class='paper-box-image'><div><div class="badge"></div><img src='papers/04.png' alt="sym" width="100%"></div></div>
      <div class='paper-box-text' markdown="1">

      <b>基于光学遥感像素偏移量的金沙江流域2018年白格滑坡演变过程(Evolution of the 2018 Baige Landslides Revealed by Optical Remote Sensing Pixel Offsets in Jinsha River Basin, China)</b><br>
      <i>地球科学与环境学报(Journal of Earth Science and Environment), 2022</i><br>
      (中文核心)<br>
      董岳(Yue Dong), 丁明涛(Mingtao Ding)*, 李鑫泷(Xinlong Li), <b>黄武彪(Wubiao Huang)</b>, and 李振洪(Zhenhong Li)<br>
      [<a href="https://doi.org/10.19814/j.jese.2022.05025">PDF</a>]
      </div>
      </div>
      """)
    let publication = try #require(result.publications.first)
    #expect(publication.title.hasSuffix("(Evolution of the 2018 Baige Landslides Revealed by Optical Remote Sensing Pixel Offsets in Jinsha River Basin, China)"))
    #expect(publication.year == 2022)
    #expect(publication.venue == Venue(name: "Journal of Earth Science and Environment", kind: .journal))
    #expect(publication.authors.map(\.name) == ["Yue Dong", "Mingtao Ding", "Xinlong Li", "Wubiao Huang", "Zhenhong Li"])
    #expect(publication.authors.map(\.isHighlighted) == [false, false, false, true, false])
    #expect(warnings(result).isEmpty)
  }
}
