import Testing
@testable import Publications

@Suite struct VenueCatalogTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var name: String
    var kind: Venue.Kind
    var year: Int?
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    Case(text: "NIPS 2019", name: "NeurIPS", kind: .conference, year: 2019),
    // NB: a publisher's name before a short acronym that matches only alone (18chowdhary, BoyuNing).
    Case(text: "ACM CSCW 2023", name: "CSCW", kind: .conference, year: 2023),
    Case(text: "IEEE WCNC 2025", name: "WCNC", kind: .conference, year: 2025),
    Case(text: "ACM FAccT", name: "FAccT", kind: .conference, year: nil),
    Case(text: "AAAI 2023", name: "AAAI", kind: .conference, year: 2023),
    Case(text: "NIPS2023", name: "NeurIPS", kind: .conference, year: 2023),
    Case(text: "Advances in Neural Information Processing Systems", name: "NeurIPS", kind: .conference, year: nil),
    Case(text: "NeurIPS'25", name: "NeurIPS", kind: .conference, year: 2025),
    Case(text: "ACM-MM 2020", name: "ACM MM", kind: .conference, year: 2020),
    Case(text: "MM 2022", name: "ACM MM", kind: .conference, year: 2022),
    Case(text: "ACM Multimedia 2021", name: "ACM MM", kind: .conference, year: 2021),
    Case(text: "IEEE TMM", name: "IEEE TMM", kind: .journal, year: nil),
    Case(text: "ICLR2025", name: "ICLR", kind: .conference, year: 2025),
    Case(text: "AAAI-26", name: "AAAI", kind: .conference, year: 2026),
    Case(text: "CCS'24", name: "CCS", kind: .conference, year: 2024),
    Case(text: "ACL2021", name: "ACL", kind: .conference, year: 2021),
    // The public conference list's longer acronyms, inside text (HaoooWang.github.io).
    Case(text: "Zipeng Dai, Hao Wang, IEEE INFOCOM 2021 (Oral)", name: "INFOCOM", kind: .conference, year: 2021),
    Case(text: "In Proceedings of MobiCom 2023, pages 1-12", name: "MobiCom", kind: .conference, year: 2023),
    // The journal's name since 2025 (DongzhuXu.github.io).
    Case(text: "IEEE Transactions on Networking, 2025", name: "TON", kind: .journal, year: 2025),
    // Badges on real pages (GitZH-Chen.github.io, razaimam45.github.io).
    Case(text: "TIM 2025", name: "IEEE Transactions on Instrumentation and Measurement", kind: .journal, year: 2025),
    Case(text: "TBD 2021", name: "IEEE Transactions on Big Data", kind: .journal, year: 2021),
    Case(text: "MIUA 2025, Best Paper", name: "MIUA", kind: .conference, year: 2025),
    Case(text: "CATENA, 2024", name: "Catena", kind: .journal, year: 2024),
    // drzrh.github.io's badge "IEEE TR 2025"
    Case(text: "IEEE TR 2025", name: "IEEE Transactions on Reliability", kind: .journal, year: 2025),
    // gnociew.github.io's tag "ICMEW 2024 Demo Paper"
    Case(text: "ICMEW 2024 Demo Paper", name: "ICMEW", kind: .workshop, year: 2024),
    // Tags on alex-gauvain.github.io, erikaqvq.github.io, feijianghan.github.io and the shield
    // "Arixv-2025" on chenhsing.github.io.
    Case(text: "HESS, 2026", name: "Hydrology and Earth System Sciences", kind: .journal, year: 2026),
    Case(text: "GMD 2025", name: "Geoscientific Model Development", kind: .journal, year: 2025),
    Case(text: "IEEE RBME", name: "IEEE Reviews in Biomedical Engineering", kind: .journal, year: nil),
    Case(text: "UBICOMP 2025", name: "UbiComp", kind: .conference, year: 2025),
    Case(text: "NLDB 2026", name: "NLDB", kind: .conference, year: 2026),
    Case(text: "Arixv 2025", name: "arXiv", kind: .preprint, year: 2025),
    // medlartea.github.io
    Case(text: "T-MECH 2025", name: "IEEE/ASME Transactions on Mechatronics", kind: .journal, year: 2025),
    Case(text: "IJRR 2026", name: "International Journal of Robotics Research", kind: .journal, year: 2026),
    Case(text: "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition", name: "CVPR", kind: .conference, year: nil),
    Case(text: "IEEE Transactions on Pattern Analysis and Machine Intelligence", name: "TPAMI", kind: .journal, year: nil),
    Case(text: "ECCVW 2022", name: "ECCVW", kind: .workshop, year: 2022),
    Case(text: "CVPR Workshops 2023", name: "CVPRW", kind: .workshop, year: 2023),
    Case(text: "Findings of EMNLP 2023", name: "EMNLP Findings", kind: .conference, year: 2023),
    Case(text: "arXiv preprint arXiv:2301.12900", name: "arXiv", kind: .preprint, year: nil),
    Case(text: "Interspeech 2024", name: "Interspeech", kind: .conference, year: 2024),
    Case(text: "WWW 2021", name: "WWW", kind: .conference, year: 2021),
    Case(text: "KDD 2024", name: "KDD", kind: .conference, year: 2024),
    Case(text: "NeurIPS 2025 D&B", name: "NeurIPS", kind: .conference, year: 2025),
    // Text that is not all ASCII takes the Character path of the tokenizer.
    Case(text: "Actes de la Conférence CVPR 2024", name: "CVPR", kind: .conference, year: 2024),
    Case(text: "张伟，李娜. NeurIPS 2023（口头报告）", name: "NeurIPS", kind: .conference, year: 2023),
    Case(text: "Proceedings of ICML\r\n2022 — Müller", name: "ICML", kind: .conference, year: 2022),
    // A journal's acronym on a badge finds the journal, named in full as most readers know it.
    Case(text: "TOSEM 2025", name: "ACM Transactions on Software Engineering and Methodology", kind: .journal, year: 2025),
    Case(text: "TAI 2023", name: "IEEE Transactions on Artificial Intelligence", kind: .journal, year: 2023),
    Case(text: "IEEE TVCG", name: "IEEE Transactions on Visualization and Computer Graphics", kind: .journal, year: nil),
    Case(text: "IoT-J 2024", name: "IEEE Internet of Things Journal", kind: .journal, year: 2024),
    Case(text: "ESWA", name: "Expert Systems with Applications", kind: .journal, year: nil),
    // An edition's ordinal is no part of the name.
    Case(
      text: "in the IEEE 34th International Conference on Distributed Computing Systems (IEEE ICDCS), 2014",
      name: "ICDCS", kind: .conference, year: nil),
  ]

  @Test(arguments: cases)
  func `aliases canonicalise`(_ c: Case) throws {
    let mention = try #require(VenueCatalog.standard.mentions(in: c.text).first)
    #expect(mention.venue == Venue(name: c.name, kind: c.kind))
    #expect(mention.year == c.year)
  }

  @Test func `a listed acronym in lower case inside text is a word, not the venue`() {
    #expect(VenueCatalog.standard.mentions(in: "Using infocom traces to study mobicom users").isEmpty)
  }

  @Test func `the user's venues keep the public conference list`() {
    let catalog = VenueCatalog.standard.adding(venues: ["My Workshop": ["MyW"]], kinds: [:])
    #expect(catalog.mentions(in: "IEEE INFOCOM 2021").first?.venue == Venue(name: "INFOCOM", kind: .conference))
  }

  /// "Springer Nature" is a publisher: no publisher's name makes "Nature" a mention of its own.
  @Test func `a publisher named Springer Nature is not the journal Nature`() {
    #expect(VenueCatalog.standard.mentions(in: "Springer Nature").isEmpty)
  }

  @Test func `short aliases match only on their own`() {
    #expect(VenueCatalog.standard.mentions(in: "MM").map(\.venue.name) == ["ACM MM"])
    #expect(VenueCatalog.standard.mentions(in: "an MM algorithm for sparse PCA").isEmpty)
    #expect(VenueCatalog.standard.mentions(in: "a TAI chi study of TMI and TSE").isEmpty)
  }

  @Test func `a longer conference name is not the shorter one it starts with`() {
    let text = "IEEE International Conference on Cloud Computing in Emerging Markets (CCEM)"
    #expect(VenueCatalog.standard.mentions(in: text).isEmpty)
    #expect(VenueCatalog.standard.mentions(in: "IEEE International Conference on Cloud Computing, 2019").map(\.venue.name) == ["Cloud"])
  }

  @Test func `a longer journal name is not the shorter one it ends in`() {
    // Chen-Yang-Liu.github.io and HuangWBill.github.io: both were MDPI's Remote Sensing.
    let magazine = VenueCatalog.standard.mentions(in: "IEEE Geoscience and Remote Sensing Magazine (GRSM), IF=16.4, 2025")
    #expect(Set(magazine.map(\.venue.name)) == ["IEEE Geoscience and Remote Sensing Magazine"])
    #expect(VenueCatalog.standard.mentions(in: "GIScience & Remote Sensing, 2024").isEmpty)
    #expect(VenueCatalog.standard.mentions(in: "Remote Sensing, 2023, 15(3): 812").map(\.venue.name) == ["Remote Sensing"])
  }

  @Test func `identifiers are not years`() {
    #expect(VenueCatalog.years(in: "arXiv:2012.05168, 10.1109/2021.123 in 2019") == [2019])
  }

  /// galaxy-00.github.io: "IEEE Transactions on Image Processing, 33:1923-1937, 2024." was dated 1923.
  @Test func `pages after a volume are not years`() {
    #expect(VenueCatalog.years(in: "IEEE Transactions on Image Processing, 33:1923-1937, 2024.") == [2024])
    #expect(VenueCatalog.years(in: "Remote Sensing, 2023, 15(3): 812") == [2023])
    #expect(VenueCatalog.years(in: "Workshop papers 2019-2020") == [2019, 2020])
  }

  @Test func `the table names every venue of the sample page`() {
    for name in ["NeurIPS", "ACM MM", "IEEE TMM", "CVPR", "ICCV", "ECCV", "ICLR", "ICML", "AAAI", "IJCAI", "ACL",
      "EMNLP", "NAACL", "Interspeech", "ICASSP", "WWW", "KDD", "TPAMI", "arXiv"]
    {
      #expect(VenueCatalog.standard.venue(named: name)?.name == name)
    }
  }
}
