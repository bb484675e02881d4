import Analysis
import Publications
import Testing

@Suite struct PersonIndexTests {
  @Test func `last first and first last are one person`() {
    let index = PersonIndex([paper("A", "Guo, Zhiling", "Zhiling Guo", "Bob Smith")])
    #expect(index.count == 2)
    #expect(index.identity(of: "Guo, Zhiling") == index.identity(of: "Zhiling Guo"))
  }

  @Test func `accents and case are folded for matching but kept for display`() {
    let index = PersonIndex([paper("A", "Thomas B. Schön"), paper("B", "Thomas B. Schon"), paper("C", "Thomas B. Schön")])
    #expect(index.count == 1)
    #expect(index.displayNames.values.first == "Thomas B. Schön")
  }

  @Test func `an initial joins the one full form that fits`() {
    let index = PersonIndex([paper("A", "X. Yu", "Shangshang Yang"), paper("B", "Xiaoshan Yu", "Shangshang Yang")])
    #expect(index.count == 2)
    #expect(index.identity(of: "X. Yu") == index.identity(of: "Xiaoshan Yu"))
    #expect(index.displayNames[index.identity(of: "X. Yu")] == "Xiaoshan Yu")
  }

  @Test func `an initial that fits two full forms stays apart`() {
    let index = PersonIndex([paper("A", "X. Yu"), paper("B", "Xiaoshan Yu"), paper("C", "Xin Yu")])
    #expect(index.count == 3)
    #expect(index.identity(of: "X. Yu") != index.identity(of: "Xin Yu"))
  }
}
