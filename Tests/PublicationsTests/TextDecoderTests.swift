import Testing
@testable import Publications

@Suite struct TextDecoderTests {
  @Test func `utf16 with a byte order mark is read`() {
    let text = "# Pubs\n- Schön 张伟\n"
    let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(TextDecoder.decode(little).text == text)
    #expect(TextDecoder.decode(big).text == text)
    #expect(TextDecoder.decode(little).problems.isEmpty)
    // Without a BOM, UTF-16 of Latin text is known by a NUL in every other byte.
    #expect(TextDecoder.decode(Array(little.dropFirst(2))).text == text)
    #expect(TextDecoder.decode(Array(big.dropFirst(2))).text == text)
  }

  @Test func `crlf and lone cr become lf`() {
    #expect(TextDecoder.decode(Array("a\r\nb\rc\n".utf8)).text == "a\nb\nc\n")
    #expect(TextDecoder.decode(Array("é\r\r\nü\r".utf8)).text == "é\n\nü\n")
  }

  @Test func `invalid utf8 is replaced and reported at its line`() {
    let bytes = Array("ok\nbad ".utf8) + [0xC3, 0x28] + Array(" end\n".utf8)
    let result = TextDecoder.decode(bytes)
    #expect(result.text.contains("\u{FFFD}"))
    #expect(result.problems.map(\.line) == [2])
    #expect(result.problems.map(\.message) == [.invalidUTF8(count: 1)])
  }

  @Test func `nul bytes are removed and reported`() {
    let result = TextDecoder.decode(Array("a\u{0}b\n".utf8))
    #expect(result.text == "ab\n")
    #expect(result.problems.map(\.message) == [.nulBytes(count: 1)])
  }

  @Test func `a replacement character the file spells itself is not counted as invalid`() {
    let bytes = Array("one \u{FFFD}\nnul\u{0} on two\n".utf8) + [0xFF] + Array("\n".utf8)
    let result = TextDecoder.decode(bytes)
    #expect(result.problems.map(\.message) == [.invalidUTF8(count: 1), .nulBytes(count: 1)])
    // The line of the first U+FFFD, literal or not, and of the NUL.
    #expect(result.problems.map(\.line) == [1, 2])
    #expect(result.text == "one \u{FFFD}\nnul on two\n\u{FFFD}\n")
  }

  @Test func `binary means more than one control character or U+FFFD in ten scalars`() {
    // Ten scalars per group, fourteen to sixteen bytes: the rule counts scalars, not bytes.
    let text = { (bad: String, n: Int) in String(repeating: "é张é\(bad)abcdef", count: n) }
    #expect(TextDecoder.decode(Array(text("\u{FFFD}", 50).utf8)).isBinary == false)  // 1 in 10
    #expect(TextDecoder.decode(Array((text("\u{FFFD}", 50) + "\u{FFFD}").utf8)).isBinary)
    #expect(TextDecoder.decode(Array((text("\u{1}", 50) + "\u{1}").utf8)).isBinary)
    #expect(TextDecoder.decode(Array(text("\t", 60).utf8)).isBinary == false)
  }

  @Test func `binary files are recognised`() {
    let bytes: [UInt8] = (0..<2000).map { UInt8(($0 * 37) % 32) }
    #expect(TextDecoder.decode(bytes).isBinary)
    #expect(!TextDecoder.decode(Array("# Publications\n".utf8)).isBinary)
  }

  struct MojibakeCase: Sendable, CustomTestStringConvertible {
    var broken: String
    var repaired: String
    var testDescription: String { broken }
  }

  static let mojibake: [MojibakeCase] = [
    MojibakeCase(broken: "# \u{F8FF}üìù Publications", repaired: "# 📝 Publications"),
    MojibakeCase(broken: "the teacher‚Äôs hidden knowledge", repaired: "the teacher’s hidden knowledge"),
    MojibakeCase(broken: "a 2√ó speedup", repaired: "a 2× speedup"),
    MojibakeCase(broken: "[Êú∫Âô®‰πãÂøÉ](u)", repaired: "[机器之心](u)"),
    MojibakeCase(broken: "itâ€™s Windows-1252", repaired: "it’s Windows-1252"),
    MojibakeCase(broken: "ends in ‚Äô", repaired: "ends in ’"),
    // "ā" read as Mac Roman is "ƒÅ"; the Ångström sign is canonically that Å.
    MojibakeCase(broken: "Tr\u{0192}\u{212B}n", repaired: "Trān"),
  ]

  @Test(arguments: mojibake)
  func `mojibake is repaired`(_ c: MojibakeCase) {
    let result = TextDecoder.decode(Array(c.broken.utf8))
    #expect(result.text == c.repaired)
    #expect(result.problems.count == 1)
  }

  @Test func `real accents and scripts are left alone`() {
    let text = "Jens Sjölund, Thomas B. Schön, Zoë, 张伟, Ελένη, Пётр, café – “quoted”"
    let result = TextDecoder.decode(Array(text.utf8))
    #expect(result.text == text)
    #expect(result.problems.isEmpty)
  }

  @Test func `the warning counts every repaired sequence once per file`() {
    let result = TextDecoder.decode(Array("\u{F8FF}üìù one\n‚Äô two\n".utf8))
    #expect(
      result.problems.map(\.message) == [
        .mojibakeRepaired(count: 2, encoding: "Mac Roman", example: "'\u{F8FF}üìù' → '📝'")
      ])
    #expect(result.problems.map(\.line) == [1])
  }
}
