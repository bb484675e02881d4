import Foundation
import PubReportKit
import Testing

/// An al-folio site's `_bibliography/papers.bib` read beside its `_config.yml`, whose
/// `first_name:`/`last_name:` (and jekyll-scholar's highlighted name) say whose list it is. The
/// BibTeX emphasises nobody: with the owner and two supervisors on every paper, the most
/// frequent author is a tie.
@Suite struct AlFolioSiteOwnerTests {
  static let inputs = CorpusTests.fixtures.appendingPathComponent("venue-labels/inputs")

  /// A site folder holding `bibliography` as `_bibliography/papers.bib` and `config` as `_config.yml`.
  static func site(bibliography: String, config: String) throws -> (folder: URL, bib: String) {
    let folder = try ReportPipelineTests.temporaryDirectory()
    let bib = folder.appendingPathComponent("_bibliography")
    try FileManager.default.createDirectory(at: bib, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: inputs.appendingPathComponent(bibliography), to: bib.appendingPathComponent("papers.bib"))
    try Data(config.utf8).write(to: folder.appendingPathComponent("_config.yml"))
    return (folder, bib.appendingPathComponent("papers.bib").path)
  }

  /// 338rajesh.github.io: Rajesh Nakka, Dineshkumar Harursampath and Sathiskumar A. Ponnusami
  /// are on all four papers; the tie had gone to Harursampath.
  @Test func `the site's configured name is the owner of its bibliography`() throws {
    let site = try Self.site(
      bibliography: "338rajesh+338rajesh.github.io.bib",
      config: "title: blank\nfirst_name: Rajesh\nmiddle_name: \nlast_name: Nakka\nscholar:\n  last_name: [Nakka]\n  first_name: [Rajesh]\n")
    defer { try? FileManager.default.removeItem(at: site.folder) }
    #expect(Corpus.load(files: [site.bib]).owners == ["Rajesh Nakka"])
  }

  /// A-Big-Tortoise.github.io leaves jekyll-scholar's names at the template's Albert Einstein;
  /// the site's own `first_name: Jiayu` / `last_name: Chen` still names the owner.
  @Test func `the template's scholar name is ignored and the site's own name used`() throws {
    let site = try Self.site(
      bibliography: "A-Big-Tortoise+A-Big-Tortoise.github.io.bib",
      config: "title: blank\nfirst_name: Jiayu\nmiddle_name: \nlast_name: Chen\nscholar:\n  last_name: [Einstein]\n  first_name: [Albert, A.]\n")
    defer { try? FileManager.default.removeItem(at: site.folder) }
    let corpus = Corpus.load(files: [site.bib])
    #expect(corpus.owners == ["Jiayu Chen"])
    #expect(corpus.publications.count == 4)
  }

  /// A configuration naming someone on none of the papers (the template's own) changes nothing.
  @Test func `a configured name on no paper leaves the detection as it was`() throws {
    let site = try Self.site(
      bibliography: "338rajesh+338rajesh.github.io.bib",
      config: "first_name: Albert\nlast_name: Einstein\n")
    defer { try? FileManager.default.removeItem(at: site.folder) }
    let alone = Corpus.load(files: [Self.inputs.appendingPathComponent("338rajesh+338rajesh.github.io.bib").path])
    #expect(Corpus.load(files: [site.bib]).owners == alone.owners)
  }

  /// 1587causalai.github.io writes its owner, Heyang Gong, as "Gong, H.": the initials stand for
  /// the configured name. Two papers are too few for the most frequent author to be the owner.
  @Test func `the owner written by initials is the configured owner`() throws {
    let folder = try ReportPipelineTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bib = folder.appendingPathComponent("_bibliography")
    try FileManager.default.createDirectory(at: bib, withIntermediateDirectories: true)
    try Data(
      """
      @article{a, author={Gong, H. and Lu, C. and Zhang, Y.}, title={Causal Effects of Things}, journal={Biometrika}, year={2022}}
      @article{b, author={Lu, C. and Gong, H.}, title={Causal Effects of Other Things}, journal={Biometrika}, year={2023}}
      """.utf8
    ).write(to: bib.appendingPathComponent("papers.bib"))
    try Data("first_name: Heyang\nlast_name: Gong\n".utf8).write(to: folder.appendingPathComponent("_config.yml"))
    #expect(Corpus.load(files: [bib.appendingPathComponent("papers.bib").path]).owners == ["H. Gong"])
  }

  /// 20000yshust.github.io configures Sheng Yang family name first ("first_name: Yang",
  /// "last_name: Sheng"); the bibliography writes "Yang, Sheng".
  @Test func `a configured name written family name first is the owner`() throws {
    let folder = try ReportPipelineTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bib = folder.appendingPathComponent("_bibliography")
    try FileManager.default.createDirectory(at: bib, withIntermediateDirectories: true)
    try Data(
      """
      @inproceedings{yang2024not, title={Not all prompts are secure: A switchable backdoor attack against pre-trained vision transfomers}, author={Yang, Sheng and Bai, Jiawang and Gao, Kuofeng and Yang, Yong and Li, Yiming and Xia, Shu-Tao}, booktitle={Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition}, year={2024}}
      @inproceedings{yang2023backdoor, title={Backdoor defense via suppressing model shortcuts}, author={Yang, Sheng and Li, Yiming and Jiang, Yong and Xia, Shu-Tao}, booktitle={ICASSP 2023-2023 IEEE International Conference on Acoustics, Speech and Signal Processing (ICASSP)}, year={2023}}
      """.utf8
    ).write(to: bib.appendingPathComponent("papers.bib"))
    try Data("first_name: Yang\nlast_name: Sheng\n".utf8).write(to: folder.appendingPathComponent("_config.yml"))
    #expect(Corpus.load(files: [bib.appendingPathComponent("papers.bib").path]).owners == ["Sheng Yang"])
  }
}
