import Testing
@testable import Publications

/// The sentences above a page's first paper-box (Chen-Yang-Liu.github.io: "My research lies at
/// …", "My full paper list can be found at …"): prose about the list, named in a note, not
/// warned about as entries that lost their titles.
@Suite struct HomepageIntroProseTests {
  @Test func `intro sentences above the paper-boxes are prose, not entries without titles`() {
    let result = read(
      """

      # 📝 Publications
      My research lies at the intersection of computer vision and earth observation, with a particular focus on **Vision-Language Models & AI Agents, Generative AI & World Models, and Vision Foundation Models**.

      My full paper list can be found at <a href='https://scholar.google.com/citations?user=jBnA45cAAAAJ'><img src="https://img.shields.io/badge/Google%20Scholar-orange"></a>.
      Some selected papers:

      ## Generative AI & World Model:
      - Chenyang Liu, Keyan Chen, Zhenwei Shi. "MetaEarth: A Generative Foundation Model for Global-Scale Remote Sensing Image Generation", IEEE TPAMI, 2025.
      """)
    #expect(result.publications.map(\.title) == ["MetaEarth: A Generative Foundation Model for Global-Scale Remote Sensing Image Generation"])
    #expect(warnings(result).isEmpty)
    let notes = result.diagnostics.filter { $0.severity == .note }.map(\.description)
    #expect(notes == [
      "page.md:3: note: paragraph \"My research lies at the intersection of computer …\" names no year, venue or author; read as prose, not counted as a publication",
      "page.md:5: note: paragraph \"My full paper list can be found at …\" names no year, venue or author; read as prose, not counted as a publication",
    ])
  }
}
