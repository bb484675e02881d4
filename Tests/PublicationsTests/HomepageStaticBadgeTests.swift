import Testing
@testable import Publications

/// From chenhsing.github.io (`_pages/includes/pub.md`): each paper's venue and year are only in
/// a shields.io badge written as HTML inside a Markdown item, with shields' default alt text
/// ("Static Badge"), and zero-width spaces surround the owner's name and the titles. 15 papers
/// had no year, 4 no venue, and the owner was missed on all 15.
@Suite struct HomepageStaticBadgeTests {
  static let page = """
    # 📝 Publications

    - \u{200B}**DeRA: Decoupled Representation Alignment for Video Tokenization\u{200B}**\u{200B}  
      Pengbo Guo, Junke Wang, **<u>\u{200B}\u{200B}Zhen Xing\u{200B}</u>**, Chengxu Liu, Daoguo Dong, Xueming Qian, Zuxuan Wu  
      <img alt="Static Badge" src="https://img.shields.io/badge/ECCV-2026-8A2BE2?style=plastic&labelColor=fbbc05&color=615ced" style="display: inline;">, [[Paper](https://arxiv.org/pdf/2512.04483)]

    - \u{200B}**ProLongVid: A Simple but Strong Baseline for Long-context Video Instruction Tuning\u{200B}**\u{200B}  
      Rui Wang, Bohao Li, Xiyang Dai, Jianwei Yang, Yi-Ling Chen, **<u>\u{200B}\u{200B}Zhen Xing\u{200B}</u>**, Yifan Yang, Dongdong Chen, Xipeng Qiu, Zuxuan Wu, Yu-Gang Jiang  
      <img alt="Static Badge" src="https://img.shields.io/badge/EMNLP-2025-8A2BE2?style=plastic&labelColor=fbbc05&color=615ced" style="display: inline;">, [[Paper](https://aclanthology.org/2025.emnlp-main.1570.pdf)]
    """

  @Test func `a static badge inside a Markdown item gives the venue and year`() {
    let result = read(Self.page)
    #expect(result.publications.map(\.venue?.name) == ["ECCV", "EMNLP"])
    #expect(result.publications.map(\.year) == [2026, 2025])
    #expect(warnings(result).isEmpty)
  }

  @Test func `zero-width spaces leave names and titles whole`() {
    let result = read(Self.page)
    #expect(result.publications.map(\.title) == [
      "DeRA: Decoupled Representation Alignment for Video Tokenization",
      "ProLongVid: A Simple but Strong Baseline for Long-context Video Instruction Tuning",
    ])
    #expect(result.publications.allSatisfy { $0.authors.contains { $0.name == "Zhen Xing" && $0.isHighlighted } })
  }

  @Test func `a Markdown image with the default alt text is read from its address`() {
    let result = read(
      """
      # Publications

      - **StableAnimator++: Overcoming Pose Misalignment and Face Distortion for Human Image Animation**  
        Shuyuan Tu, **Zhen Xing**, Xintong Han, Zhi-Qi Cheng  
        ![Static Badge](https://img.shields.io/badge/CVPR-2025-8A2BE2?style=plastic)
      """)
    #expect(result.publications.first?.venue?.name == "CVPR")
    #expect(result.publications.first?.year == 2025)
  }

  @Test(arguments: ["Static Badge", "static badge", "Badge"])
  func `default alt texts say nothing of their own`(_ alt: String) {
    #expect(ShieldBadge.isPlaceholder(alt: alt))
    #expect(!ShieldBadge.isPlaceholder(alt: "CVPR 2025"))
  }
}
