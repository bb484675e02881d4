import Testing
@testable import Analysis

/// The topic model's words are looked up by their bytes; words equal as strings (canonically
/// equivalent) must still be one word, as they were when the table was a `[String: Int32]`.
struct WordTableTests {
  @Test func `a word spelt with composed or decomposed accents is one word`() {
    var words = WordTable()
    var composed = "caf\u{E9}s"
    let first = composed.withUTF8 { words.id(of: $0) }
    var decomposed = "cafe\u{301}s"
    let second = decomposed.withUTF8 { words.id(of: $0) }
    #expect(first != nil && first == second)
    #expect(words.raws == ["caf\u{E9}s"])
  }

  @Test func `a word spelt with the Kelvin sign is the ASCII word`() {
    var words = WordTable()
    var ascii = "Kernel"
    let first = ascii.withUTF8 { words.id(of: $0) }
    var kelvin = "\u{212A}ernel"
    let second = kelvin.withUTF8 { words.id(of: $0) }
    #expect(first != nil && first == second)
    #expect(words.id(of: "\u{212A}ernel") == first)
    #expect(words.raws == ["Kernel"])
  }

  @Test func `stop words are numbered but have no id`() {
    var words = WordTable()
    #expect(words.id(of: "the") == nil)
    #expect(words.id(of: "diffusion") == 1)
    #expect(words.raws == ["the", "diffusion"])
  }
}
