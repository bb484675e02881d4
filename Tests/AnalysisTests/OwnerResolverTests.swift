import Analysis
import Publications
import Testing

@Suite struct OwnerResolverTests {
  @Test func `the names emphasised across entries are the owners and several are allowed`() {
    let publications = [
      paper("A", "**Xinyin Ma**", "Gongfan Fang"), paper("B", "Gongfan Fang", "**Xinyin Ma**"),
      paper("C", "**Yi Ren**", "Xu Tan"), paper("D", "Xu Tan", "**Yi Ren**"),
      paper("E", "Zhenhui Ye", "Yi Ren"), paper("F", "**Bob Once**", "Xu Tan"),
    ]
    let resolved = OwnerResolver().resolve(publications)
    #expect(resolved.owners == ["Xinyin Ma", "Yi Ren"])
    // Once known, an owner is an owner wherever the name appears, emphasised or not.
    #expect(resolved.publications[4].authors.map(\.isOwner) == [false, true])
    #expect(resolved.publications[5].authors.map(\.isOwner) == [false, false])
  }

  @Test func `an entry that emphasises most of its names marks no owner`() {
    // As on songwxuan.github.io: some boxes bold every author, two bold only the owner.
    let publications = [
      paper("A", "**Wenxuan Song**", "**Jiayi Chen**", "**Pengxiang Ding**", "**Han Zhao**"),
      paper("B", "**Jiayi Chen**", "**Wenxuan Song**", "**Pengxiang Ding**", "**Han Zhao**"),
      paper("C", "**Han Zhao**", "**Jiayi Chen**", "**Pengxiang Ding**", "**Wenxuan Song**"),
      paper("D", "**Wenxuan Song**", "Ziyang Zhou", "Han Zhao", "Jiayi Chen"),
      paper("E", "Yihao Wang", "Pengxiang Ding", "**Wenxuan Song**", "Han Zhao"),
    ]
    #expect(OwnerResolver().resolve(publications).owners == ["Wenxuan Song"])
  }

  @Test func `an explicit owner overrides detection and matches initials`() {
    let publications = [paper("A", "**Bob Smith**", "Guo, Z."), paper("B", "**Bob Smith**", "Zhiling Guo")]
    let resolved = OwnerResolver(explicitOwners: ["Zhiling Guo"]).resolve(publications)
    #expect(resolved.owners == ["Zhiling Guo"])
    #expect(resolved.publications.map { $0.authors.filter(\.isOwner).map(\.name) } == [["Guo, Z."], ["Zhiling Guo"]])
  }

  @Test func `an owner written as initials is found`() {
    let publications = (0..<3).map { paper("P\($0)", "Tan, H.", "**Guo, Z.**") }
    #expect(OwnerResolver().resolve(publications).owners == ["Guo, Z."])
  }

  @Test func `an owner emphasised in both name orders is one owner`() {
    let publications = [
      paper("A", "Zhou Wei", "**Chen Lin**", "Wang Fang"), paper("B", "**Chen Lin**", "Li Na"),
      paper("C", "**Lin Chen**", "Zhou Wei"), paper("D", "Lin Chen", "Zhou Wei"),
    ]
    let resolved = OwnerResolver().resolve(publications)
    #expect(resolved.owners == ["Chen Lin"])
    #expect(resolved.publications.map { $0.authors.filter(\.isOwner).map(\.name) } == Array(repeating: ["Chen Lin"], count: 4))
    #expect(PersonIndex(resolved.publications).count == 4)
  }

  @Test func `an owner written with middle names is the owner under one spelling`() {
    let publications = [
      paper("A", "Yassir AL-Karawi", "Raad S. Alhumaima"), paper("B", "Hussein Mogheer", "Yassir AL-Karawi"),
      paper("C", "Yassir AL-Karawi"), paper("D", "Yassir Ameen Ahmed Al-Karawi", "Walid A. Hassan"),
    ]
    let resolved = OwnerResolver().resolve(publications)
    #expect(resolved.owners == ["Yassir AL-Karawi"])
    #expect(resolved.renamedOwners)
    #expect(resolved.publications[3].authors.map(\.name) == ["Yassir AL-Karawi", "Walid A. Hassan"])
    #expect(resolved.publications[3].authors.map(\.isOwner) == [true, false])
  }

  @Test func `the owner written with middle initials or initials is the owner`() {
    let publications = [
      paper("A", "Hugo José Lara", "Abel Soares Siqueira"), paper("B", "Abel Soares Siqueira", "Jinyun Yuan"),
      paper("C", "Dominique Orban", "Abel Soares Siqueira"), paper("D", "Abel S. Siqueira", "Luiz-Rafael Santos"),
      paper("E", "Abel S. Siqueira"), paper("F", "W. L. da Silva", "A. S. Siqueira", "J. Zullo"),
    ]
    let resolved = OwnerResolver().resolve(publications)
    #expect(resolved.owners == ["Abel Soares Siqueira"])
    #expect(resolved.publications.map { $0.authors.filter(\.isOwner).count } == [1, 1, 1, 1, 1, 1])
  }

  @Test func `co-authors of an entry written family name first take the page's order`() {
    // As on yongcaoSJTU.github.io: one entry writes every name family first.
    let publications = [
      paper("A", "**Yong Cao**", "Haokai Wu", "Dai Zhou"), paper("B", "Haokai Wu", "**Yong Cao**"),
      paper("C", "Wu Haokai", "**Cao Yong**", "Laima Shujin", "Zhou Dai"),
    ]
    let resolved = OwnerResolver().resolve(publications)
    #expect(resolved.owners == ["Yong Cao"])
    // "Laima Shujin" is written once: which of the two is the family name, nothing says.
    #expect(resolved.publications[2].authors.map(\.name) == ["Haokai Wu", "Yong Cao", "Laima Shujin", "Dai Zhou"])
  }

  @Test func `a Chinese given name in two words is not the owner with a middle name`() {
    let publications = [
      paper("A", "Wei Wang", "Li Na"), paper("B", "Zhou Fang", "Wei Wang"), paper("C", "Wei Wang"),
      paper("D", "Wei Jie Wang", "Li Na"),
    ]
    let resolved = OwnerResolver().resolve(publications)
    #expect(resolved.owners == ["Wei Wang"])
    #expect(resolved.publications[3].authors.map(\.isOwner) == [false, false])
    #expect(resolved.publications[3].authors[0].name == "Wei Jie Wang")
  }

  @Test func `an owner also written in Chinese characters owns those papers too`() {
    // As on DongzhuXu.github.io: the papers in Chinese bold "**徐冬竹**".
    let publications = [
      paper("A", "**Dongzhu Xu**", "Anfu Zhou"), paper("B", "Congkai An", "**Dongzhu Xu**"),
      paper("C", "**徐冬竹**", "周安福"), paper("D", "**徐冬竹**", "刘曦"),
    ]
    let resolved = OwnerResolver().resolve(publications)
    #expect(resolved.owners == ["Dongzhu Xu"])
    #expect(resolved.publications.map { $0.authors.filter(\.isOwner).map(\.name) } == [["Dongzhu Xu"], ["Dongzhu Xu"], ["徐冬竹"], ["徐冬竹"]])
  }
}
