import Testing
@testable import Analysis

/// The topic model's words are looked up by their bytes; words equal as strings (canonically
/// equivalent) must still be one word, as they were when the table was a `[String: Int32]`.
struct WordTableTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var first: String
    var second: String
    var testDescription: String { "\(first) and \(second.unicodeScalars.map { String($0.value, radix: 16) })" }
  }

  static let equalSpellings = [
    Case(first: "caf\u{E9}s", second: "cafe\u{301}s"),  // composed, decomposed accent
    Case(first: "Kernel", second: "\u{212A}ernel"),  // the Kelvin sign is K to a string comparison
  ]

  @Test(arguments: equalSpellings)
  func `spellings equal as strings are one word, written as first met`(_ spelling: Case) {
    var words = WordTable()
    var first = spelling.first
    var second = spelling.second
    let firstID = first.withUTF8 { words.id(of: $0) }
    let secondID = second.withUTF8 { words.id(of: $0) }
    #expect(firstID != nil && firstID == secondID)
    #expect(words.id(of: spelling.second) == firstID)
    #expect(words.raws == [spelling.first])
  }

  @Test func `stop words are numbered but have no id`() {
    var words = WordTable()
    #expect(words.id(of: "the") == nil)
    #expect(words.id(of: "diffusion") == 1)
    #expect(words.raws == ["the", "diffusion"])
  }
}
