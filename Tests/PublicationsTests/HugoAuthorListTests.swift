import Testing
@testable import Publications

/// What real Hugo sites write in `authors` and `publication` besides names and venues; each
/// case copies lines from the page named in its comment.
@Suite struct HugoAuthorListTests {
  static func page(_ yaml: String, companions: [String: String] = [:]) -> ReaderInput {
    ReaderInput(name: "content/publication/p/index.md", text: "---\n\(yaml)\n---\n", companions: companions)
  }

  /// cdmuir/website, `gorne_acquisitive_2022/index.md`: an importer wrote the owner's place in
  /// a 13-author list after the owner, and the owner twice.
  @Test func `a position note cuts the list and a repeated admin is one person`() throws {
    let reader = HugoReader(authorNames: ["admin": "Chris Muir"])
    let page = Self.page(
      """
      title: "The acquisitive–conservative axis of leaf trait variation emerges even in homogeneous environments"
      authors:
        - Lucas D Gorné
        - Sandra Díaz
        - Vanessa Minden
        - Yusuke Onoda
        - Koen Kramer
        - admin
        - admin
        - author 6 of 13
      date: 2022-05-01
      publication_types: ["article-journal"]
      publication: "*Annals of Botany*"
      """)
    let publication = try #require(reader.read([page]).publications.first)
    #expect(publication.authors.map(\.name) == ["Lucas D Gorné", "Sandra Díaz", "Vanessa Minden", "Yusuke Onoda", "Koen Kramer", "Chris Muir"])
    #expect(publication.isAuthorListTruncated)
  }

  /// 1hartl/1hartl.github.io (and many sites): the Hugo Blox template's example papers, still
  /// published beside the owner's own.
  @Test func `the template's example pages are not counted`() {
    let result = HugoReader(authorNames: ["admin": "Liam W. Hart"]).read([
      Self.page("title: An example conference paper\nauthors:\n  - admin\n  - Robert Ford\ndate: '2013-07-01T00:00:00Z'\npublication: In *Hugo Blox Builder Conference*"),
      Self.page("title: 'An example preprint / working paper'\nauthors:\n  - admin\ndate: '2019-04-07T00:00:00Z'"),
      // A real paper written over the template keeps its leftover co-author and counts.
      Self.page("title: 'Deep Constrained Clustering with Active Learning'\nauthors:\n  - admin\n  - Robert Ford\ndate: '2023-09-01T00:00:00Z'"),
    ])
    #expect(result.publications.map(\.title) == ["Deep Constrained Clustering with Active Learning"])
    #expect(result.diagnostics.filter { $0.message.description.contains("the site template's example page") }.count == 2)
  }

  /// melvidoni/resume, `2022-msrguidelines.md`: `publication` holds a whole formatted
  /// reference, `publication_short` the journal.
  @Test func `a known journal in the short field beats a formatted reference`() throws {
    let page = Self.page(
      """
      authors: ["Melina Vidoni"]
      date: "2022-01-01T00:00:00Z"
      publication_types: ["3"]
      publication: "M.  Vidoni, 'A Systematic Process for Mining Software Repositories: Results from a Systematic Literature Review', _Information and Software Technology_, 2022. ISSN 0950-5849. DOI: 10.1016/j.infsof.2021.106791"
      publication_short: "Information and Software Technology"
      title: "A Systematic Process for Mining Software Repositories: Results from a Systematic Literature Review"
      """)
    let publication = try #require(HugoReader().read([page]).publications.first)
    #expect(publication.venue == Venue(name: "Information and Software Technology", kind: .journal))
  }

  /// 4TINI/luca4tini.github.io: the profile page has an empty `title:`, every page types the
  /// owner's name, and `config/_default/config.yaml` says `title: Luca Fortini`.
  @Test func `the site's title names the owner a nameless profile stands for`() throws {
    let page = Self.page(
      """
      title: "Ergonomic human-robot collaboration in industry: A review"
      authors:
      - Marta Lorenzini
      - Marta Lagomarsino
      - Luca Fortini
      - Soheil Gholami
      - Arash Ajoudani
      date: "2023-08-23T00:00:00Z"
      """,
      companions: ["authors/admin": "---\ntitle: \n---\n", HugoSite.siteTitleKey: "Luca Fortini"])
    let publication = try #require(HugoReader().read([page]).publications.first)
    #expect(publication.authors.filter(\.isHighlighted).map(\.name) == ["Luca Fortini"])
  }

  @Test(arguments: ["Academic", "My Academic Website", "Jane Doe's Lab", "Hugo Blox"])
  func `a site title that is no person's name names no owner`(_ title: String) throws {
    let page = Self.page(
      "title: A Paper\nauthors:\n- Jane Doe\n- Hugo Blox\n- Academic\ndate: 2020-01-01",
      companions: ["authors/admin": "---\ntitle: \n---\n", HugoSite.siteTitleKey: title])
    let publication = try #require(HugoReader().read([page]).publications.first)
    #expect(publication.authors.filter(\.isHighlighted).isEmpty)
  }

  /// AndersMunkN/Munk-Nielsen: no `admin` profile; `authors/anders/_index.md` says
  /// `superuser: true` ("the primary user of the site"), and the pages list `anders`. The
  /// owner had been found on no page.
  @Test func `the superuser's profile is the owner when there is no admin`() throws {
    let page = Self.page(
      "title: Equilibrium Trade in Automobiles\nauthors:\n- Kenneth Gillingham\n- Fedor Iskhakov\n- anders\ndate: 2022-01-01",
      companions: [
        "authors/anders": "---\ntitle: Anders Munk\u{2011}Nielsen\nlast_name: Munk-Nielsen\nsuperuser: true\n---\n",
        "authors/kenneth": "---\ntitle: Kenneth Gillingham\nsuperuser: false\n---\n",
      ])
    let publication = try #require(HugoReader().read([page]).publications.first)
    #expect(publication.authors.filter(\.isHighlighted).map(\.name) == ["Anders Munk\u{2011}Nielsen"])
  }

  /// The example page retitled ("Example to be deleted") but still with the template's Latin
  /// filler and no venue is the template's, not a paper of 2019.
  @Test func `an example page with the template's filler abstract is not counted`() {
    let result = HugoReader().read([
      Self.page(
        """
        title: "Example to be deleted"
        authors:
        - admin
        date: "2019-04-07T00:00:00Z"
        publication_types: []
        publication: ""
        abstract: Lorem ipsum dolor sit amet, consectetur adipiscing elit. Duis posuere tellus ac convallis placerat.
        """)
    ])
    #expect(result.publications.isEmpty)
    #expect(result.diagnostics.map(\.message.description) == [
      "\"Example to be deleted\" is the site template's example page; not counted as a publication"
    ])
  }

  /// AIPHaS.github.io: the conference example retitled "YOLOV8", still by Robert Ford "In
  /// *Wowchemy Conference*" with the Latin filler, is the template's; the journal example
  /// rewritten with a real venue and abstract is a paper, its journal without the issue
  /// "4(II)" read as an acronym "II".
  @Test func `a retitled example at the template's venue is not counted, a rewritten one is`() {
    let result = HugoReader().read([
      ReaderInput(
        name: "content/publication/conference-paper/index.md",
        text: "---\ntitle: 'YOLOV8'\nauthors:\n  - admin\n  - Robert Ford\ndate: '2013-07-01T00:00:00Z'\npublication_types: ['paper-conference']\npublication: In *Wowchemy Conference*\npublication_short: In *ICW*\nabstract: Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n---\n"),
      ReaderInput(
        name: "content/publication/journal-article/index.md",
        text: "---\ntitle: \"Speech Emotion Recognition with Hybrid CNN- LSTM and Transformers Models\"\nauthors:\n- admin\n- Robert Ford\ndate: \"2025-07-01T00:00:00Z\"\npublication_types: [\"article-journal\"]\npublication: \"*International Journal of Research in Computing, 4(II), 56–66*\"\npublication_short: \"\"\nabstract: Speech emotion recognition is studied with hybrid models.\n---\n"),
    ])
    #expect(result.publications.map(\.venue) == [Venue(name: "International Journal of Research in Computing", kind: .journal)])
    #expect(result.diagnostics.map(\.message.description) == [
      "\"YOLOV8\" is the site template's example page; not counted as a publication"
    ])
  }

  /// Alexggo/academic: the owner typed out first and named again as `admin` last was two
  /// authors, the owner twice; two co-authors of one name both stay.
  @Test func `the owner typed out and named by the profile slug is one author`() throws {
    let page = Self.page(
      "title: Wiring between close nodes in molecular networks evolves more quickly\nauthors:\n- Alejandro Gil Gomez\n- Joshua S Rest\n- Wei Wang\n- Wei Wang\n- admin\ndate: 2024-05-20",
      companions: ["authors/admin": "---\ntitle: Alejandro Gil Gomez\n---\n"])
    let publication = try #require(HugoReader().read([page]).publications.first)
    #expect(publication.authors.map(\.name) == ["Alejandro Gil Gomez", "Joshua S Rest", "Wei Wang", "Wei Wang"])
    #expect(publication.authors.map(\.isHighlighted) == [true, false, false, false])
  }

  /// 99WeiLi/weili.github.io, `han-preparation-nodate/index.md`: a Chinese journal's English
  /// metadata writes each family name first, in capitals; the profile's title has two spaces.
  @Test func `family names first in capitals are turned, and the owner found among them`() throws {
    let page = Self.page(
      """
      title: Preparation and Properties of Si2N2O Ceramics for Microwave Sintering Furnaces
      authors:
      - ZHENG Han
      - LI Wei
      - DU Jiaolong
      - LI Hongxia
      date: 2024-01-01
      publication_types:
      - article-journal
      """, companions: ["authors/admin": "---\ntitle: Wei  Li\nfirst_name: Wei\n---\n"])
    let publication = try #require(HugoReader().read([page]).publications.first)
    #expect(publication.authors.map(\.name) == ["Han Zheng", "Wei Li", "Jiaolong Du", "Hongxia Li"])
    #expect(publication.authors.map(\.isHighlighted) == [false, true, false, false])
  }

  /// 99WeiLi/weili.github.io, `zhan-evaluation-2021/index.md`: a citation importer dropped the
  /// backslashes of Zotero's `\textless{}span …\textgreater{}`, leaving the tags as words.
  @Test func `html tags an importer wrote out in words leave the title`() throws {
    let page = Self.page(
      """
      title: Evaluation of mechanical properties and hydrophobicity of textlessspan
        style=\\"font-variant:small-caps;\\"textgreaterroom‐temperaturetextless/spantextgreater
        , textlessspan
        style=\\"font-variant:small-caps;\\"textgreatermoisture‐curabletextless/spantextgreater
        polysilazane coatings
      authors:
      - Ying Zhan
      - Ralf Grottenmüller
      date: 2021-01-01
      """)
    let publication = try #require(HugoReader().read([page]).publications.first)
    #expect(publication.title == "Evaluation of mechanical properties and hydrophobicity of room‐temperature, moisture‐curable polysilazane coatings")
  }

  /// alexofntu.github.io, `auggan-eccv-2018/index.md`: "+" after a name marks equal
  /// contribution, as the page's `author_notes` say.
  @Test func `a plus after a name marks equal contribution`() throws {
    let page = Self.page(
      """
      title: "AugGAN: Cross Domain Adaptation with GAN-based Data Augmentation"
      authors:
        - Sheng-Wei Huang+
        - Che-Tsung Lin+
        - Shu-Ping Chen
      author_notes:
        - "Equal Contribution"
        - "Equal Contribution"
        - ""
      date: "2018-09-01"
      publication_types: ["paper-conference"]
      publication: "European Conference on Computer Vision (ECCV)"
      """)
    let publication = try #require(HugoReader(authorNames: ["admin": "Che-Tsung Lin"]).read([page]).publications.first)
    #expect(publication.authors.map(\.name) == ["Sheng-Wei Huang", "Che-Tsung Lin", "Shu-Ping Chen"])
    #expect(publication.authors.map(\.isHighlighted) == [false, true, false])
    #expect(publication.authors.map(\.markers) == [[.equalContribution], [.equalContribution], []])
  }

  /// Hugo Blox's author schema v1 (`data/authors/me.yaml`): the display name from the given to
  /// the family name, as the pages write it (CliffordAnderson/academic-site: "Clifford B.
  /// Anderson"; aelphy.github.io: "Dr. Sc. Misha Usvyatsov").
  @Test func `a v1 profile names its person without titles`() {
    let profile = { (display: String, given: String, family: String) in
      "schema: hugoblox/author/v1\nslug: me\nis_owner: true\nname:\n  display: \(display)\n  given: \(given)\n  family: \(family)\n"
    }
    #expect(HugoReader.authorName(profile: profile("Clifford B. Anderson", "Clifford", "Anderson")) == "Clifford B. Anderson")
    #expect(HugoReader.authorName(profile: profile("Dr. Sc. Misha Usvyatsov", "Misha", "Usvyatsov")) == "Misha Usvyatsov")
    #expect(HugoReader.authorName(profile: profile("Alex Che-Tsung Lin (林哲聰)", "Che-Tsung", "Lin")) == "Che-Tsung Lin")
    #expect(HugoReader.authorName(profile: profile("Chiara", "Chiara", "Nardin")) == "Chiara Nardin")
  }
}
