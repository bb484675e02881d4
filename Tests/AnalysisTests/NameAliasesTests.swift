import Analysis
import Publications
import Testing

@Suite struct NameAliasesTests {
  @Test func `aliases merge variants and split an initial from the wrong full name`() {
    let publications = [paper("A", "Jim Smith", "X. Yu"), paper("B", "James Smith", "Xiaoshan Yu")]
    let aliases = NameAliases(["James Smith": ["Jim Smith"], "Xin Yu": ["X. Yu"]])
    let renamed = aliases.apply(to: publications)
    #expect(renamed.map { $0.authors.map(\.name) } == [["James Smith", "Xin Yu"], ["James Smith", "Xiaoshan Yu"]])
    #expect(PersonIndex(renamed).count == 3)
  }
}

@Suite struct LikelyDuplicatesTests {
  static let publications = [
    paper("p1", "Xin Yu", "Hinrich Schütze"), paper("p2", "Xiaoshan Yu", "Hinrich Schuetze"), paper("p3", "X. Yu"),
    paper("p4", "Jonathan Smithson"), paper("p5", "Jonathan Smithsen"), paper("p6", "Min Zhang"), paper("p7", "Yin Zhang"),
    paper("p8", "Khalid Al Khatib", "Hai-Tao Zheng"), paper("p9", "Khalid Al-Khatib", "Haitao Zheng"),
    paper("p10", "Meishan Zhang", "Pengfei Liu"), paper("p11", "Pengfei Li", "David Chiang", "David Chang"),
    paper("p12", "Xiaolong Wang", "Chengyu Wang"), paper("p13", "Xiaoling Wang", "Chengye Wang"),
  ]

  static func reasons() -> [Set<String>: String] {
    Dictionary(LikelyDuplicates.find(in: publications).map { (Set($0.names), $0.reason) }, uniquingKeysWith: { a, _ in a })
  }

  @Test func `what makes a careful reader hesitate is listed with its reason`() {
    let reasons = Self.reasons()
    #expect(reasons[["X. Yu", "Xin Yu", "Xiaoshan Yu"]] == "an initial that fits more than one full name")
    #expect(reasons[["Hinrich Schütze", "Hinrich Schuetze"]] == "one accent apart")
    #expect(reasons[["Khalid Al Khatib", "Khalid Al-Khatib"]] == "written with and without a hyphen or space")
    // A Chinese given name in syllables is joined already, no question to ask.
    #expect(reasons[["Hai-Tao Zheng", "Haitao Zheng"]] == nil)
    #expect(reasons[["Jonathan Smithson", "Jonathan Smithsen"]] == "one edit apart in a long word")
  }

  @Test func `different people with similar names are not listed`() {
    let listed = Set(Self.reasons().keys.flatMap { $0 })
    for name in [
      "Min Zhang", "Yin Zhang", "Meishan Zhang", "Pengfei Liu", "Pengfei Li", "David Chiang", "David Chang",
      "Xiaolong Wang", "Xiaoling Wang", "Chengyu Wang", "Chengye Wang",
    ] {
      #expect(!listed.contains(name), "\(name)")
    }
  }

  @Test func `each name comes with its publications`() {
    let yu = LikelyDuplicates.find(in: Self.publications).first { $0.names.contains("X. Yu") }
    let ids = Dictionary(uniqueKeysWithValues: zip(yu?.names ?? [], yu?.publications ?? []))
    #expect(ids == ["X. Yu": ["p3"], "Xin Yu": ["p1"], "Xiaoshan Yu": ["p2"]])
  }
}
