import Testing
@testable import Publications

/// One name model for every reader, the merger and the people index.
@Suite struct PersonNameTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var written: String
    var family: String
    var given: [String]
    var testDescription: String { written }
  }

  static let cases = [
    Case(written: "Ann Lee", family: "Lee", given: ["Ann"]),
    Case(written: "Lee, Ann", family: "Lee", given: ["Ann"]),
    Case(written: "Ludwig van Beethoven", family: "van Beethoven", given: ["Ludwig"]),
    Case(written: "Juan de la Cruz", family: "de la Cruz", given: ["Juan"]),
    Case(written: "Faisal bin Talal", family: "bin Talal", given: ["Faisal"]),
    Case(written: "John Smith Jr.", family: "Smith", given: ["John"]),
    // A particle word that is the given name stays the given name.
    Case(written: "Bin Luo", family: "Luo", given: ["Bin"]),
    Case(written: "Di He", family: "He", given: ["Di"]),
    Case(written: "Le Song", family: "Song", given: ["Le"]),
  ]

  @Test(arguments: cases)
  func `family and given names`(_ example: Case) {
    let name = PersonName(example.written)
    #expect(name.family == example.family)
    #expect(name.given == example.given)
    // The merger's shortcut folds the same family name.
    #expect(PersonName.familyKey(of: example.written) == name.familyKey)
  }

  @Test(arguments: ["Müller, Jürgen", "  José   Álvarez-López ", "Wall, WA", "Kelleher, R. J., 3rd", "Van Gogh", "", "Zhang, Jie [*]"])
  func `the family key alone is the whole name's`(_ written: String) {
    #expect(PersonName.familyKey(of: written) == PersonName(written).familyKey)
  }

  @Test func `one particle list serves names and the homepage's name test`() {
    #expect(AuthorListParser.looksLikeName("Ludwig van Beethoven"))
    #expect(AuthorListParser.looksLikeName("Faisal bin Talal"))
    #expect(PersonName("Faisal bin Talal").familyKey == PersonName("bin Talal, Faisal").familyKey)
  }
}
