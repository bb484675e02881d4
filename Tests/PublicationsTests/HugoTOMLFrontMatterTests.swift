import Testing
@testable import Publications

/// Pages of the Academic theme before 2020: TOML front matter between `+++` lines, as on
/// 3PTelephant/jiaqi_jiangcs (`content/publication/Sensors2019.md`, copied in
/// Tests/Fixtures/hugo/3PTelephant-jiaqi_jiangcs).
@Suite struct HugoTOMLFrontMatterTests {
  static func page(_ toml: String) -> ReaderInput {
    ReaderInput(name: "content/publication/Sensors2019.md", text: "+++\n\(toml)\n+++\n")
  }

  @Test func `a TOML page gives title authors year venue and kind`() throws {
    let result = HugoReader().read([
      Self.page(
        """
        title = "Drone detection and pose estimation using relational graph networks"
        date = 2019-01-25T00:00:00

        # Authors. Comma separated list, e.g. `["Bob Smith", "David Jones"]`.
        authors = ["Ren Jin","Jiaqi Jiang","Yuhua Qi","Defu Lin","Tao Song"]
        publication_types = ["2"]
        publication = "Sensors"
        doi = "10.3390/s19061479"
        featured = false

        [image]
          caption = "Image credit: [**Unsplash**](https://unsplash.com/photos/pLCdAaMFLTE)"
        """)
    ])
    let publication = try #require(result.publications.first)
    #expect(publication.title == "Drone detection and pose estimation using relational graph networks")
    #expect(publication.authors.map(\.name) == ["Ren Jin", "Jiaqi Jiang", "Yuhua Qi", "Defu Lin", "Tao Song"])
    #expect(publication.year == 2019)
    #expect(publication.venue == Venue(name: "Sensors", kind: .journal))
    #expect(publication.links.paper == "https://doi.org/10.3390/s19061479")
    #expect(publication.source.line == 2)
    #expect(result.diagnostics.isEmpty)
  }

  @Test func `a broken TOML page is named with its line and skipped`() {
    let result = HugoReader().read([Self.page("title = \"Drone detection\"\nauthors = [\"Ren Jin\", \n+++ stray")])
    #expect(result.publications.isEmpty)
    let message = result.diagnostics.map(\.description).joined()
    #expect(message.hasPrefix("content/publication/Sensors2019.md:"))
    #expect(message.contains("front matter is not valid TOML"))
  }

  @Test func `an old profile page names its person with name`() {
    let profile = "+++\n# Display name\nname = \"Jiaqi Jiang\"\n+++\n"
    #expect(HugoReader.authorName(profile: profile) == "Jiaqi Jiang")
    #expect(HugoReader.authorName(profile: "---\n# Display name\nname: Jiaqi Jiang\n---\n") == "Jiaqi Jiang")
  }
}

extension HugoTOMLFrontMatterTests {
  /// Dotted keys make one table a part; toml++ recursed once per table and overflowed the
  /// stack on a header of 100,000 parts. The page is refused with its line; the next is read.
  @Test(arguments: [
    "[" + Array(repeating: "a", count: 100_000).joined(separator: ".") + "]\nx = 1",
    Array(repeating: "a", count: 100_000).joined(separator: ".") + " = 1",
    "x = {" + Array(repeating: "a", count: 100_000).joined(separator: ".") + " = 1}",
  ])
  func `tables nested thousands deep by dotted keys are refused`(_ deep: String) {
    let result = HugoReader().read([
      Self.page("title = \"Deep\"\n\(deep)"),
      Self.page("title = \"Kept\"\nabstract = \"\"\"\nDots in text. \(String(repeating: "a.", count: 500))\n\"\"\""),
    ])
    #expect(result.publications.map(\.title) == ["Kept"])
    #expect(result.diagnostics.map(\.description).contains("content/publication/Sensors2019.md:3: warning: front matter nests TOML tables deeper than 200 levels; skipped"))
  }
}
