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
  @Test func `candidates name the reason and the publications behind each name`() {
    let publications = [
      paper("p1", "Xin Yu", "Hinrich Schütze"), paper("p2", "Xiaoshan Yu", "Hinrich Schuetze"), paper("p3", "X. Yu"),
      paper("p4", "Jonathan Smithson"), paper("p5", "Jonathan Smithsen"), paper("p6", "Min Zhang"), paper("p7", "Yin Zhang"),
    ]
    let candidates = LikelyDuplicates.find(in: publications)
    let reasons = Dictionary(candidates.map { (Set($0.names), $0.reason) }, uniquingKeysWith: { a, _ in a })
    #expect(reasons[["Xin Yu", "Xiaoshan Yu"]] == "same surname and initials")
    #expect(reasons[["X. Yu", "Xin Yu"]] == "an initial that fits more than one full name")
    #expect(reasons[["Hinrich Schütze", "Hinrich Schuetze"]] == "one accent apart")
    #expect(reasons[["Jonathan Smithson", "Jonathan Smithsen"]] == "one edit apart")
    #expect(reasons[["Min Zhang", "Yin Zhang"]] == nil)
    let yu = candidates.first { Set($0.names) == ["X. Yu", "Xin Yu"] }
    #expect(yu?.publications.sorted { $0.count < $1.count }.first == ["p1"] || yu?.publications.contains(["p3"]) == true)
  }
}
