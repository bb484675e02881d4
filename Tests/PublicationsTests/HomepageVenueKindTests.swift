import Testing
@testable import Publications

/// A venue no list knows takes its kind from the words it is written with, even where the name
/// kept is shorter: the acronym of "中国物联网学术会议(CWSN 2023)" (a conference, 会议), the
/// acronym left of "Proceedings of the …".
@Suite struct HomepageVenueKindTests {
  /// DongzhuXu.github.io (`_pages/includes/pub.md`), GB/T 7714 references with their badges.
  static let chinesePage = """
    # 📝 Publications

    * `CWSN 2023` **徐冬竹**,李聪慧,周安福,马华东. 面向视频物联的5G算力网络切片方法与实现[C]. 中国物联网学术会议(CWSN 2023)

    * `CWSN 2020` **徐冬竹**,刘曦,周安福,刘亮,马华东. 基于动态RRC状态机的5G终端能耗优化方法研究[C]. 中国物联网学术会议(CWSN 2020)
    """

  @Test func `a chinese conference name makes its acronym a conference`() {
    let result = read(Self.chinesePage)
    #expect(result.publications.map { $0.venue?.name } == ["CWSN", "CWSN"])
    #expect(result.publications.map { $0.venue?.kind } == [.conference, .conference])
    #expect(result.publications.map(\.year) == [2023, 2020])
  }

  @Test func `a chinese conference name before the year is a conference, not a journal`() {
    let result = read("# Publications\n\n* **徐冬竹**,李聪慧,周安福. 面向视频物联的5G算力网络切片方法与实现[C]. 中国物联网学术会议, 2023.\n")
    #expect(result.publications.first?.venue == Venue(name: "中国物联网学术会议", kind: .conference))
  }

  /// houguang-liu.github.io: a forum (论坛) named on the paper box's badge.
  @Test func `a chinese forum is a meeting`() {
    let page = """
      # Publications

      <div class='paper-box'><div class='paper-box-image'><div><div class="badge">先进NVH技术创新论坛</div><img src='images/NVHGD.jpg' alt="sym" width="100%"></div></div>
      <div class='paper-box-text' markdown="1">
      [Sound Quality Prediction of vehicle Interior Noise and Acoustic Event Recognition Based on Auditory Physiological Structure](https://icsv30.org/) <br><b>Liu HG*</b>, Brian C.J. Moore, Zhang B, Hannes Maier, Thomas Lenarz.
      </div>
      </div>
      """
    #expect(read(page).publications.first?.venue == Venue(name: "先进NVH技术创新论坛", kind: .conference))
  }

  /// Chen-Xieyuanli.github.io: "In Proc. of the Europ. Conf. on …" with the acronym in bold.
  @Test func `an acronym after proceedings of is a conference`() {
    let page = """
      # Publications

      - [Mapping the static parts of dynamic scenes from 3D LiDAR point clouds exploiting ground segmentation](https://ieeexplore.ieee.org/abstract/document/9568799)

        *In Proc. of the Europ. Conf. on Mobile Robotics **(ECMR 2021)***

        Mehul Arora, Louis Wiesmann, **<u>Xieyuanli Chen</u>**, Cyrill Stachniss
      """
    let result = read(page)
    #expect(result.publications.first?.venue == Venue(name: "ECMR", kind: .conference))
    #expect(result.publications.first?.year == 2021)
  }
}
