import Foundation
import Testing
@testable import Publications

/// BibTeX's grammar and name rules, each on a small file written for the test.
@Suite struct BibTeXReaderTests {
  /// The files read as a command reads them: the reader, then the reading policy.
  static func read(_ text: String, _ more: String...) -> ParseResult {
    var result = BibTeXReader().read(
      [.init(name: "refs.bib", text: text)] + more.enumerated().map { .init(name: "more\($0.offset).bib", text: $0.element) })
    ReadingPolicy().apply(to: &result)
    return result
  }

  @Test func `entry types in any case with braces quotes numbers and parentheses`() {
    let result = Self.read(
      """
      Text outside entries is a comment.
      @ARTICLE{a1, title = {Braced {Nested} Title}, author = "Ann Lee and Bob Smith", year = 2020, journal = {Nature}}
      @InProceedings(b2, title = "Quoted {"}Title{"} Here", author = {Lee, Ann}, year = "2021", booktitle = {Advances in Neural Information Processing Systems},)
      """)
    #expect(result.publications.map(\.title) == ["Braced Nested Title", "Quoted \"Title\" Here"])
    #expect(result.publications.map(\.year) == [2020, 2021])
    #expect(result.publications.map { $0.venue?.name } == ["Nature", "NeurIPS"])
    #expect(result.publications.map(\.id) == ["a1", "b2"])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func `a technical report appears at its institution`() {
    // From a researcher's publication list (abelsiqueira.github.io, abel.bib).
    let result = Self.read(
      """
      @techreport{orban-siqueira-2019,
        author = {Dominique Orban and Abel Soares Siqueira},
        title = {A Regularization Method for Constrained Nonlinear Least Squares},
        institution = {GERAD}, year = {2019}, type = {Cahier du GERAD}, number = {G-2019-17},
        address = {Montr\\'eal, QC, Canada}
      }
      @misc{m, title = {A Dataset Card}, author = {Ann Lee}, year = {2020}, institution = {GERAD}}
      """)
    #expect(result.publications.map { $0.venue?.name } == ["GERAD", nil])
    #expect(result.publications.first?.venue?.kind == .other)
  }

  @Test func `a correction notice is named in a note and not counted`() {
    let result = Self.read(
      """
      @article{a, title = {Correction to: ``{Homotopy} theory of nonsymmetric operads. {I}--{II}''}, year = 2017, journal = {AGT}}
      @article{b, title = {Erratum to ``Unital associahedra''}, year = 2015, journal = {Forum Math.}}
      @article{c, title = {Correction to the Newtonian potential in scalar field theory}, year = 2015, journal = {PRD}}
      @article{d, title = {Quantum corrections to scaling}, year = 2016, journal = {PRD}}
      """)
    #expect(result.publications.map(\.id) == ["c", "d"])
    #expect(result.diagnostics.map(\.description) == [
      "refs.bib:1: note: \"Correction to: “Homotopy theory of nonsymmetric operads. I–II”\" is a correction notice; not counted as a publication",
      "refs.bib:2: note: \"Erratum to “Unital associahedra”\" is a correction notice; not counted as a publication",
    ])
  }

  @Test func `a zbMATH export reads its math, full journal names, arXiv ids and bare addresses`() throws {
    // Fernando Muro's zbMATH export: 47 entries, one a correction notice.
    let result = Self.read(try exportText("fmuro-zbmath.bib"))
    #expect(result.publications.count == 46)
    let byLine = Dictionary(uniqueKeysWithValues: result.publications.map { ($0.source.line, $0) })
    // `\(K\)` is math, not parentheses.
    #expect(byLine[192]?.title == "K-theory of derivators revisited")
    #expect(byLine[542]?.title == "Maltsiniotis's first conjecture for K₁")
    #expect(byLine[123]?.title == "Enhanced A_∞-obstruction theory")
    // `FJournal` names the journal `Journal` abbreviates ("Proc. Lond. Math. Soc. (3)").
    #expect(byLine[408]?.venue == Venue(name: "Proceedings of the London Mathematical Society. Third Series", kind: .journal))
    #expect(byLine[1]?.venue == Venue(name: "Proceedings of the Royal Society of Edinburgh. Section A. Mathematics", kind: .journal))
    #expect(byLine[710]?.venue == Venue(name: "K-Theory", kind: .journal))
    // `arXiv = {arXiv:1510.00312}` and `URL = {kar.kent.ac.uk/…}`.
    #expect(byLine[311]?.links.other == ["https://arxiv.org/abs/1510.00312"])
    #expect(byLine[157]?.links.paper == "https://kar.kent.ac.uk/67611/1/bi_and_twisted_complexes_revision.pdf")
  }

  @Test func `a citation count from Web of Science or a scholar tool is kept`() {
    let result = Self.read(
      """
      @article{ ISI:000221807500019,
      Author = {Parkes-Loach, PS and Majeed, AP},
      Title = {{Interactions stabilizing the structure of the core light-harvesting complex}},
      Journal = {{BIOCHEMISTRY}},
      Year = {{2004}},
      Times-Cited = {{23}},
      }
      @inproceedings{b, title = {Cited Paper}, year = 2020, citations = {7}}
      @inproceedings{c, title = {Uncounted Paper}, year = 2021}
      """)
    #expect(result.publications.map { $0.citations?.total } == [23, 7, nil])
  }

  @Test func `string macros concatenation and months`() {
    let result = Self.read(
      """
      @string{conf = "Proceedings of the IEEE/CVF Conference on " # "Computer Vision and Pattern Recognition"}
      @String(ann = {Ann Lee})
      @preamble{"\\newcommand{\\noop}[1]{}"}
      @comment{@article{hidden, title={Not an entry}}}
      @inproceedings{k, title = {T1 Title Words}, author = ann # { and Bob Smith}, booktitle = conf, month = jan, year = 2019}
      """)
    #expect(result.publications.count == 1)
    #expect(result.publications.first?.venue?.name == "CVPR")
    #expect(result.publications.first?.authors.map(\.name) == ["Ann Lee", "Bob Smith"])
  }

  @Test func `macros and crossref parents may live in another file`() {
    let result = Self.read(
      "@inproceedings{child, title = {Child Paper Title}, author = {Ann Lee}, crossref = {parent}}",
      "@string{icml = {International Conference on Machine Learning}}\n@proceedings{parent, title = icml, year = 2022}")
    #expect(result.publications.count == 1)
    #expect(result.publications.first?.venue?.name == "ICML")
    #expect(result.publications.first?.year == 2022)
  }

  struct LaTeXCase: Sendable, CustomTestStringConvertible {
    var latex: String
    var text: String
    var testDescription: String { latex }
  }

  static let latex: [LaTeXCase] = [
    .init(latex: "M{\\\"u}ller", text: "Müller"),
    .init(latex: "Caf\\'{e}", text: "Café"),
    .init(latex: "Stra{\\ss}e", text: "Straße"),
    .init(latex: "Gar\\c{c}on", text: "Garçon"),
    .init(latex: "Sj{\\o}lund", text: "Sjølund"),
    .init(latex: "L{\\'o}pez", text: "López"),
    .init(latex: "pages 1--2 and---more", text: "pages 1–2 and—more"),
    .init(latex: "A~B \\& C 50\\%", text: "A B & C 50%"),
    .init(latex: "{P}rotected {BERT}", text: "Protected BERT"),
    .init(latex: "\\emph{Deep} \\textbf{Learning}", text: "Deep Learning"),
    .init(latex: "$O(n^2)$ time", text: "O(n²) time"),
    .init(latex: "at $1.5\\lesssim z\\lesssim 3.5$", text: "at 1.5 ≲ z ≲ 3.5"),
    .init(latex: "galaxies at z\\raisebox{-0.5ex}\\textasciitilde2", text: "galaxies at z ~ 2"),
    .init(latex: "$\\sim$10 Gyr and $z\\sim2$", text: "~10 Gyr and z ~ 2"),
    .init(latex: "$^{13}$CO and $10^{-3}\\,M_\\odot$ or $M_{\\rm BH}$", text: "¹³CO and 10⁻³ M☉ or M_BH"),
    .init(latex: "Com\\-ponent-Wise", text: "Component-Wise"),
    .init(latex: "``Offline'' and `quoted' but don't", text: "“Offline” and ‘quoted’ but don't"),
    .init(latex: "$\\alpha$-synuclein, $\\Lambda$CDM, \\hspace{1em}$x^{ab}$", text: "α-synuclein, ΛCDM, x^ab"),
    .init(latex: "\\v{S}koda and \\'{\\i}", text: "Škoda and í"),
    .init(latex: "{Ångström} \\^{\\j} \\\"{ø}", text: "Ångström ĵ ø\u{308}"),
    .init(latex: "10\\,km and x}y", text: "10 km and xy"),  // the thin space collapses like any space
    .init(latex: "\\unknown{kept} \\alpha{} and \\'é", text: "kept α and é\u{301}"),
  ]

  @Test(arguments: latex)
  func `latex becomes unicode`(_ c: LaTeXCase) {
    #expect(LaTeXDecoder.decode(c.latex) == c.text)
  }

  @Test func `accented letters come out precomposed, byte for byte`() {
    // NB: String equality is canonical; the bytes are what JSON and the report carry.
    #expect(Array(LaTeXDecoder.decode("\\'e \\c{c} \\'q").utf8) == Array("\u{E9} \u{E7} q\u{301}".utf8))
    #expect(Array(LaTeXDecoder.decode("Cafe\u{301} \\'e").utf8) == Array("Caf\u{E9} \u{E9}".utf8))
  }

  struct NameCase: Sendable, CustomTestStringConvertible {
    var written: String
    var names: [String]
    var truncated: Bool = false
    var testDescription: String { written }
  }

  static let names: [NameCase] = [
    .init(written: "Ann Lee and Bob Smith", names: ["Ann Lee", "Bob Smith"]),
    .init(written: "Lee, Ann and Smith, Bob", names: ["Ann Lee", "Bob Smith"]),
    .init(written: "Smith, Jr., John", names: ["John Smith Jr."]),
    // PubMed's order puts the suffix last (3c-lab's papers.bib): still R. J. Kelleher.
    .init(written: "Kelleher, R. J., 3rd and Lee, J. T.", names: ["R. J. Kelleher 3rd", "J. T. Lee"]),
    .init(written: "Ludwig van Beethoven and van Gogh, Vincent", names: ["Ludwig van Beethoven", "Vincent van Gogh"]),
    .init(written: "{Google Research} and Ann Lee", names: ["Google Research", "Ann Lee"]),
    .init(written: "{Barnes and Noble} and Ann Lee", names: ["Barnes and Noble", "Ann Lee"]),
    .init(written: "Ann Lee and others", names: ["Ann Lee"], truncated: true),
    // A comma before "and", as some exporters write it, splits no name.
    .init(written: "Rossi, Marco, and Keller, Anna", names: ["Marco Rossi", "Anna Keller"]),
    .init(written: "{Novak}, P., and Lee, Ann", names: ["P. Novak", "Ann Lee"]),
    .init(written: "Varr{\\'o}, D{\\'a}niel", names: ["Dániel Varró"]),
    .init(written: "Shang*, Yuzhang and Lee, Ann", names: ["Yuzhang Shang", "Ann Lee"]),
  ]

  @Test(arguments: names)
  func `author lists follow bibtex name rules`(_ c: NameCase) throws {
    let result = Self.read("@article{k, title = {A Title}, author = {\(c.written)}, year = 2020}")
    let publication = try #require(result.publications.first)
    #expect(publication.authors.map(\.name) == c.names)
    #expect(publication.isAuthorListTruncated == c.truncated)
  }

  @Test func `a star on a name marks equal contribution`() throws {
    let result = Self.read("@article{k, title = {A Title}, author = {Shang*, Yuzhang and Lee, Ann}, year = 2020}")
    #expect(try #require(result.publications.first).authors.map(\.markers) == [[.equalContribution], []])
  }

  @Test func `al-folio fields give venue links and abstract`() throws {
    let result = Self.read(
      """
      @article{shang2025, title = {Some Paper Title}, author = {Ann Lee}, journal = {Advances in Neural Information Processing Systems},
        abbr = {NeurIPS 2025}, year = {2025}, arxiv = {2501.00001}, code = {https://github.com/a/b}, abstract = {We do {things}.},
        selected = {true}}
      @misc{pre, title = {A Preprint Title}, author = {Ann Lee}, year = 2024, eprint = {2401.00002}, archivePrefix = {arXiv}}
      @article{arx, title = {Another Preprint}, author = {Ann Lee}, journal = {arXiv preprint arXiv:2301.12900}, year = 2023}
      """)
    #expect(result.publications.map { $0.venue?.name } == ["NeurIPS", "arXiv", "arXiv"])
    #expect(result.publications.map { $0.venue?.kind } == [.conference, .preprint, .preprint])
    let first = try #require(result.publications.first)
    #expect(first.links.paper == "https://arxiv.org/abs/2501.00001")
    #expect(first.links.code == "https://github.com/a/b")
    #expect(first.abstract == "We do things.")
  }

  /// Google Scholar's exports write each preprint's own number into `journal`; the words around
  /// the number still decide the venue.
  @Test func `journals that differ only in their arXiv number are read alike`() {
    let result = Self.read(
      """
      @article{a, title = {First}, author = {Ann Lee}, journal = {arXiv preprint arXiv:2301.12900}, year = 2023}
      @article{b, title = {Second}, author = {Ann Lee}, journal = {arXiv preprint arXiv:2302.00001v3}, year = 2023}
      @article{c, title = {Third}, author = {Ann Lee}, journal = {IEEE Transactions on Image Processing, arXiv:2303.00002}, year = 2023}
      @article{d, title = {Fourth}, author = {Ann Lee}, journal = {arXiv:2304.00003 [cs.CV]}, year = 2023}
      """)
    #expect(result.publications.map { $0.venue?.name } == ["arXiv", "arXiv", "TIP", "arXiv"])
    #expect(result.publications.map { $0.venue?.kind } == [.preprint, .preprint, .journal, .preprint])
  }

  @Test func `a damaged entry is skipped with its line and the rest is read`() {
    let result = Self.read(
      """
      @article{good1, title = {First Good Title}, author = {Ann Lee}, year = 2020}
      @article{broken, title = {Unbalanced {brace, author = {Ann Lee}, year = 2021}
      @article{good2, title = {Second Good Title}, author = {Ann Lee}, year = 2022}
      @article{nocomma title = {x}}
      @article{good3, title = {Third Good Title}, author = {Ann Lee}, year = 2023}
      @article{undefined, title = {Uses A Macro}, journal = nosuchmacro, year = 2023}
      """)
    #expect(result.publications.map(\.id) == ["good1", "good2", "good3", "undefined"])
    #expect(
      result.diagnostics.map(\.description) == [
        "refs.bib:2: warning: unbalanced '{' opened at line 2; entry skipped",
        "refs.bib:4: warning: entry 'nocomma' needs ',' after its key; skipped",
        "refs.bib:6: warning: entry 'undefined' uses @string 'nosuchmacro', which is never defined; kept as the word 'nosuchmacro'",
      ])
  }

  /// 98ali.github.io: a comma left out at the end of a line, before the next field, is read as
  /// there, with a warning; on one line a missing comma still skips the entry.
  @Test func `a comma left out at a line's end is read as there`() {
    let result = Self.read(
      """
      @article{gorji2024perpsych,
        title={PerPsych: An iPadOS-based open-source neuropsychological software for time perception assessment},
        author={Gorji, Arman and Jouzdani, Ali Fathi},
        journal={MethodsX},
        year={2024},
        publisher={Elsevier}
        google_scholar_id={abcdefghijk}
      }
      @article{oneline, title = {One Line Title} year = 2020}
      """)
    #expect(result.publications.map(\.id) == ["gorji2024perpsych"])
    #expect(result.publications.first?.venue?.name == "MethodsX")
    #expect(
      result.diagnostics.map(\.description) == [
        "refs.bib:6: warning: entry 'gorji2024perpsych' misses ',' between fields (after 'publisher'); read as if it were there",
        "refs.bib:9: warning: entry 'oneline' needs ',' between fields (after 'title'); skipped",
      ])
  }

  /// Issue 24: software and patents are work, not publications; a note names each.
  @Test func `software and patents are named in notes and not counted`() {
    let result = Self.read(
      """
      @software{tool, title = {FastTool}, author = {Ann Lee}, year = 2021}
      @Patent{pat, title = {A Method for Things}, author = {Ann Lee}, year = 2022}
      @article{p, title = {A Paper}, author = {Ann Lee}, journal = {Nature}, year = 2023}
      """)
    #expect(result.publications.map(\.id) == ["p"])
    #expect(result.diagnostics.map(\.description) == [
      "refs.bib:1: note: \"FastTool\" is software; not counted as a publication",
      "refs.bib:2: note: \"A Method for Things\" is a patent; not counted as a publication",
    ])
  }

  @Test func `theses and crossref volumes are not counted`() {
    let result = Self.read(
      """
      @phdthesis{t, title = {My Thesis}, author = {Ann Lee}, school = {U}, year = 2020}
      @proceedings{vol, title = {Proceedings of Something}, year = 2020}
      @inproceedings{p, title = {A Paper In The Volume}, author = {Ann Lee}, crossref = {vol}}
      """)
    #expect(result.publications.map(\.id) == ["p"])
    #expect(result.diagnostics.map(\.severity) == [.note])
  }

  struct FileCount: Sendable, CustomTestStringConvertible {
    var file: String
    var count: Int
    var testDescription: String { "\(file): \(count)" }
  }

  /// The counts a reader gets from the real al-folio files (entries per file, SOURCES.md).
  @Test(arguments: [
    FileCount(file: "0xtob-0xtob.github.io.bib", count: 16), FileCount(file: "20001LastOrder-boqi-chen.github.io.bib", count: 12),
    FileCount(file: "25sal-25sal.bib", count: 234), FileCount(file: "3c-lab-3c-lab.github.io.bib", count: 35),
    FileCount(file: "42Shawn-42Shawn.github.io.bib", count: 33), FileCount(file: "594zyc-594zyc.github.io.bib", count: 13),
  ])
  func `real bibtex files give every entry`(_ c: FileCount) throws {
    let url = HomepageCorpusTests.fixtures.appendingPathComponent("bibtex/\(c.file)")
    let text = TextDecoder.decode([UInt8](try Data(contentsOf: url))).text
    let result = BibTeXReader().read([.init(name: c.file, text: text)])
    #expect(result.publications.count == c.count)
    #expect(result.diagnostics.filter { $0.severity == .warning }.isEmpty)
    #expect(result.publications.allSatisfy { !$0.title.isEmpty && !$0.title.contains("{") && !$0.title.contains("\\") })
  }
}

/// A file over a megabyte is parsed in parts, one per thread; what it reads must not show it.
@Suite struct BibTeXLargeFileTests {
  /// `count` entries of three lines each after a one-line header: entry `i` starts on line
  /// 3i + 2 (0-based `i`); each is about 500 bytes, so 3,000 make 1.5 MB.
  static func entries(_ count: Int, entry: (Int) -> String? = { _ in nil }) -> String {
    "% generated for the test\n"
      + (0..<count).map { index in
        entry(index)
          ?? "@article{e\(index),\n  title = {Paper Number \(index)}, author = {Ann Lee and Bob Smith}, journal = {Nature}, year = 2020,\n  abstract = {\(String(repeating: "word ", count: 80))}}\n"
      }.joined()
  }

  @Test func `warnings in either half of a large file name their own lines`() {
    let text = Self.entries(3_000) { index in
      [10, 2_900].contains(index) ? "@article{untitled\(index),\n  author = {Ann Lee}, year = 2020,\n  journal = {Nature}}\n" : nil
    }
    #expect(text.utf8.count > 1_048_576)
    let result = BibTeXReader().read([.init(name: "large.bib", text: text)])
    #expect(result.publications.count == 2_998)
    #expect(result.publications.last?.source.line == 3 * 2_999 + 2)
    #expect(result.diagnostics.map(\.description) == [
      "large.bib:32: warning: entry 'untitled10' has no title; skipped",
      "large.bib:8702: warning: entry 'untitled2900' has no title; skipped",
    ])
  }

  @Test func `an unclosed brace where the file is cut loses only its own entry`() {
    // The middle byte falls in entry 1,500: the first part runs out inside its title, so the
    // file is read whole, as a small one is.
    let text = Self.entries(3_000) { index in
      index == 1_500 ? "@article{broken,\n  title = {Broken {Title}, author = {Ann Lee},\n" + String(repeating: "x", count: 480) + "\n" : nil
    }
    let result = BibTeXReader().read([.init(name: "large.bib", text: text)])
    #expect(result.publications.count == 2_999)
    #expect(!result.publications.contains { $0.id == "broken" })
    #expect(result.publications.map(\.id).contains("e1501"))
    #expect(result.diagnostics.map(\.description) == [
      "large.bib:4503: warning: unbalanced '{' opened at line 4503; entry skipped"
    ])
  }
}
