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

  @Test func `middle initials and initials join the one written-out name they abbreviate`() {
    // As in abelsiqueira.github.io's abel.bib: one researcher written three ways.
    let index = PersonIndex([
      paper("A", "Abel Soares Siqueira", "Jinyun Yuan"), paper("B", "Abel S. Siqueira"),
      paper("C", "W. L. da Silva", "A. S. Siqueira"),
    ])
    #expect(index.count == 3)
    #expect(Set(["Abel S. Siqueira", "A. S. Siqueira"].map(index.identity(of:))) == [index.identity(of: "Abel Soares Siqueira")])
    #expect(index.displayNames[index.identity(of: "A. S. Siqueira")] == "Abel Soares Siqueira")
  }

  @Test func `initials written without dots are initials`() {
    // As PubMed writes them, beside dotted initials in one lab's bibliography (4C-multiphysics).
    let index = PersonIndex([
      paper("A", "Wall, WA", "MW Gee"), paper("B", "W.A. Wall", "M.W. Gee"), paper("C", "LI Wei", "Wei Li"),
    ])
    #expect(index.identity(of: "Wall, WA") == index.identity(of: "W.A. Wall"))
    #expect(index.identity(of: "MW Gee") == index.identity(of: "M.W. Gee"))
    // A family name in capitals before the given name is no pair of initials.
    #expect(index.count == 4)
  }

  @Test func `a Chinese given name written in syllables is the name written joined`() {
    // As in 444thLiao's papers.bib: "Liao, Tian-Hua" in one entry, "Liao, Tianhua" in the rest.
    let index = PersonIndex([
      paper("A", "Liao, Tianhua", "Wei, Yuchen"), paper("B", "Liao, Tian-Hua", "Wei, Yu-Chen"),
      paper("C", "Anne-Marie Dubois", "Annemarie Dubois"),
    ])
    #expect(index.identity(of: "Liao, Tian-Hua") == index.identity(of: "Liao, Tianhua"))
    #expect(index.identity(of: "Wei, Yu-Chen") == index.identity(of: "Wei, Yuchen"))
    #expect(index.count == 4)
  }

  @Test func `a middle initial that fits two written-out names stays apart`() {
    let index = PersonIndex([paper("A", "John A. Smith"), paper("B", "John Andrew Smith"), paper("C", "John Alan Smith"), paper("D", "John B. Smith")])
    #expect(index.count == 4)
  }

  @Test func `an initial that fits two full forms stays apart`() {
    let index = PersonIndex([paper("A", "X. Yu"), paper("B", "Xiaoshan Yu"), paper("C", "Xin Yu")])
    #expect(index.count == 3)
    #expect(index.identity(of: "X. Yu") != index.identity(of: "Xin Yu"))
  }

  @Test func `a name in Chinese characters is the same name in pinyin on the same list`() {
    // As on DongzhuXu.github.io: "**徐冬竹**,周安福,马华东" on papers in Chinese, "**Dongzhu Xu**,
    // Anfu Zhou, Huadong Ma" on papers in English.
    let index = PersonIndex([
      paper("A", "Dongzhu Xu", "Anfu Zhou", "Ma, Huadong", "Ouyang Wanli", "Lyu Guangtao"),
      paper("B", "徐冬竹", "周安福", "马华东", "欧阳万里", "吕广涛", "张园"),
    ])
    #expect(index.identity(of: "徐冬竹") == index.identity(of: "Dongzhu Xu"))
    #expect(index.identity(of: "周安福") == index.identity(of: "Anfu Zhou"))
    // Written family name first, and in the BibTeX order.
    #expect(index.identity(of: "马华东") == index.identity(of: "Ma, Huadong"))
    // A two-character surname, and ü written "yu".
    #expect(index.identity(of: "欧阳万里") == index.identity(of: "Ouyang Wanli"))
    #expect(index.identity(of: "吕广涛") == index.identity(of: "Lyu Guangtao"))
    // No one on the list is Yuan Zhang: 张园 is a person of their own, shown as written.
    #expect(index.count == 6)
    #expect(index.displayNames[index.identity(of: "徐冬竹")] == "Dongzhu Xu")
    #expect(index.displayNames[index.identity(of: "张园")] == "张园")
  }

  @Test func `a name in Chinese characters that fits two people stays apart`() {
    // "Wei Wang" and "Wang Wei" are two people here; 王伟 could be either.
    let index = PersonIndex([paper("A", "Wei Wang", "Wang Wei"), paper("B", "王伟")])
    #expect(index.count == 3)
  }
}
