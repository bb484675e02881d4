import Report
import Testing

@Suite struct MarkdownWriterTests {
  @Test func `text from inputs never becomes markup`() {
    let markdown = MarkdownWriter.write(
      ReportDocument(blocks: [
        .paragraph([.text("<script>alert(1)</script> **bold** [x](javascript:alert(1)) `code` a|b")])
      ]))
    #expect(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(markdown.contains("\\*\\*bold\\*\\*"))
    #expect(markdown.contains("\\[x\\](javascript:alert(1))"))
    #expect(markdown.contains("\\`code\\`"))
    #expect(markdown.contains("a\\|b"))
  }

  @Test func `a pipe in a title does not break a table`() {
    let markdown = MarkdownWriter.write(
      ReportDocument(blocks: [.table(header: ["Venue", "Count"], rows: [[[.text("A|B")], [.text("1")]]], alignRight: [false, true])]))
    #expect(markdown == "| Venue | Count |\n|---|---:|\n| A\\|B | 1 |\n")
  }

  @Test func `only web links and relative paths are written as links`() {
    let markdown = MarkdownWriter.write(
      ReportDocument(blocks: [
        .paragraph([
          .link([.text("ok")], url: "https://x.org/a b"), .text(" "), .link([.text("bad")], url: "javascript:alert(1)"),
          .text(" "), .link([.text("data")], url: "data:text/html,x"),
        ])
      ]))
    #expect(markdown == "[ok](https://x.org/a%20b) bad data\n")
  }

  @Test func `a title starting like a list item stays a paragraph`() {
    #expect(MarkdownWriter.escape("1. First") == "\\1. First")
    #expect(MarkdownWriter.escape("- dash") == "\\- dash")
  }
}
