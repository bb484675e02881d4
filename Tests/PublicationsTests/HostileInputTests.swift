import Testing
@testable import Publications

/// Broken and hostile pages: each keeps every good entry and reports the rest.
@Suite struct HostileInputTests {
  static let good = "- `CVPR 2020` [A Good Paper Title Here](u), **Ann Lee**, Bob Smith\n"

  @Test func `a one megabyte line is skipped with a warning and the rest is read`() {
    let long = "- `ICLR 2021` [" + String(repeating: "word ", count: 200_000) + "](u), **Ann Lee**\n"
    let result = read("# Publications\n" + Self.good + long + Self.good.replacingOccurrences(of: "Good", with: "Second"))
    #expect(result.publications.map(\.title) == ["A Good Paper Title Here", "A Second Paper Title Here"])
    #expect(warnings(result) == ["page.md:3: warning: entry of 1000030 characters is too long to be a publication; skipped"])
  }

  @Test func `a million unmatched brackets and stars do not stop the reader`() {
    let junk = String(repeating: "x[(", count: 20_000) + "\n- " + String(repeating: "*", count: 50_000) + "\n"
    let result = read("# Publications\n" + junk + Self.good)
    #expect(result.publications.map(\.title) == ["A Good Paper Title Here"])
  }

  @Test func `unclosed and deeply nested tags keep the good entries`() {
    let nested = String(repeating: "<div>", count: 10_000) + "\n"
    let result = read("# Publications\n" + Self.good + "<span><a href=\"x\n" + nested + Self.good)
    #expect(result.publications.first?.title == "A Good Paper Title Here")
  }

  @Test func `nul bytes and invalid utf8 are reported and the entry is kept`() {
    let bytes = Array("# Publications\n- `CVPR 2020` [A Good Paper\u{0} Title Here](u), **Ann Lee**, Bob\n".utf8)
      + [0xFF, 0xFE, 0xC3, 0x28, 0x0A]
    let decoded = TextDecoder.decode(bytes)
    let result = HomepageReader().read(decoded.text, file: "page.md")
    #expect(result.publications.map(\.title) == ["A Good Paper Title Here"])
    #expect(decoded.problems.map(\.message) == [.invalidUTF8(count: 3), .nulBytes(count: 1)])
  }
}
