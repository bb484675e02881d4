import Testing
@testable import Publications

/// Venue fields as researchers write them (issue 24 §1), read into the venue a careful reader
/// files them under: each case is a form seen on a real list.
@Suite struct VenueFieldTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var field: String
    var name: String
    var kind: Venue.Kind
    /// The kind the entry itself gives (`@article`, `paper-conference`), for a venue no list knows.
    var entryKind: Venue.Kind?
    var testDescription: String { field }

    init(field: String, name: String, kind: Venue.Kind, entryKind: Venue.Kind? = nil) {
      (self.field, self.name, self.kind, self.entryKind) = (field, name, kind, entryKind)
    }
  }

  static let cases: [Case] = [
    // A comma inside the name does not end it; the acronym in parentheses is the short name.
    Case(
      field: "2023 IEEE 22nd International Conference on Trust, Security and Privacy in Computing and Communications (TrustCom)",
      name: "TrustCom", kind: .conference),
    Case(
      field: "Proceedings of the 31st ACM Conference on User Modeling, Adaptation and Personalization",
      name: "ACM Conference on User Modeling, Adaptation and Personalization", kind: .conference),
    Case(
      field: "Proceedings of the Fifth Workshop on Speech, Vision, and Language Technologies for Dravidian Languages",
      name: "Workshop on Speech, Vision, and Language Technologies for Dravidian Languages", kind: .workshop),
    // "Proc. of", editions, years, tracks and volumes are not part of the venue.
    Case(field: "Proc. of the IEEE Intl. Conf. on Robotics and Automation", name: "ICRA", kind: .conference),
    Case(field: "Proceedings of the 21st ACM Conference on Embedded Networked Sensor Systems (SenSys)", name: "SenSys", kind: .conference),
    Case(field: "Proceedings of the Twelfth Language Resources and Evaluation Conference", name: "LREC", kind: .conference),
    Case(
      field: "Actes de la 8ème conférence sur le Traitement Automatique des Langues Naturelles. Posters",
      name: "TALN", kind: .conference),
    Case(field: "Proceedings of Machine Translation Summit III: Panels", name: "MT Summit", kind: .conference),
    Case(field: "Proceedings of the Ninth Conference on Machine Translation", name: "WMT", kind: .conference),
    Case(
      field: "Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies, Volume 1 (Long and Short Papers)",
      name: "NAACL", kind: .conference),
    Case(field: "Findings of the Association for Computational Linguistics: NAACL 2024", name: "NAACL Findings", kind: .conference),
    // A technical report is no journal article, whatever journal list holds the words.
    Case(field: "Technical Report, CLOUDS Laboratory, The University of Melbourne", name: "Technical Report", kind: .other),
    // The name goes on after its acronym ("… (#SMM4H) Workshop", ACL Anthology).
    Case(
      field: "Proceedings of the Fourth Social Media Mining for Health Applications (#SMM4H) Workshop & Shared Task",
      name: "SMM4H", kind: .workshop, entryKind: .conference),
    Case(
      field: "Proceedings of the 16th Conference of the European Chapter of the Association for Computational Linguistics: Main Volume",
      name: "EACL", kind: .conference),
    Case(field: "Proceedings of TextGraphs-17: Graph-based Methods for Natural Language Processing", name: "TextGraphs", kind: .conference,
      entryKind: .conference),
    Case(field: "Proceedings - 2013 8th International Conference on P2P, Parallel, Grid, Cloud and Internet Computing, 3PGCIC 2013",
      name: "3PGCIC", kind: .conference),
    Case(field: "*Applied Sciences*, 2022, 12, 4410", name: "Applied Sciences", kind: .journal, entryKind: .journal),
    Case(field: "Journal of Sound and Vibration 512:116402", name: "Journal of Sound and Vibration", kind: .journal),
    // A workshop stays a workshop, under its own name, not its host conference's.
    Case(field: "NeurIPS 2023 Workshop on Distribution Shifts (DistShift)", name: "DistShift", kind: .workshop),
    Case(field: "Workshop on Graph Learning @ KDD 2024", name: "Workshop on Graph Learning", kind: .workshop),
    Case(
      field: "Proceedings of the 10th Workshop on the Representation and Processing of Sign Languages (LREC2022)",
      name: "Workshop on the Representation and Processing of Sign Languages", kind: .workshop),
    Case(field: "Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV) Workshops", name: "ICCVW", kind: .workshop),
    Case(field: "EURO-PAR 2011: PARALLEL PROCESSING WORKSHOPS", name: "Euro-Par Workshops", kind: .workshop),
    // "IEEE ICC" is the conference ("ICC" alone is too many other things); its workshops are ICCW.
    Case(field: "IEEE ICC 2016", name: "ICC", kind: .conference),
    Case(
      field: "IEEE ICC 2015 - Workshop on Advanced PHY and MAC Techniques for Super Dense Wireless Networks, 2015",
      name: "ICCW", kind: .workshop),
    // A journal's acronym that a meeting also has: the name says which ("SPM" is also a symposium).
    Case(field: "IEEE Signal Processing Magazine (SPM)", name: "IEEE Signal Processing Magazine", kind: .journal),
    // Journals from the public abbreviation lists, by full name or ISO 4 / Medline abbreviation.
    Case(field: "J. Sound Vib.", name: "Journal of Sound and Vibration", kind: .journal),
    Case(field: "Nat Neurosci", name: "Nature Neuroscience", kind: .journal),
    Case(field: "IEEE Trans. Pattern Anal. Mach. Intell.", name: "TPAMI", kind: .journal),
    Case(field: "JMIR Human Factors", name: "JMIR Human Factors", kind: .journal, entryKind: .journal),
    Case(field: "Second Language Research", name: "Second Language Research", kind: .journal, entryKind: .journal),
    Case(field: "Neural Networks", name: "Neural Networks", kind: .journal),
    Case(field: "Astrophysical Journal Supplement Series", name: "ApJS", kind: .journal),
    Case(field: "LECTURE NOTES IN COMPUTER SCIENCE", name: "Lecture Notes in Computer Science", kind: .other),
    // A one-word journal name is not read out of longer text.
    Case(field: "Complex, intelligent and software intensive systems. CISIS 2023.", name: "CISIS", kind: .other),
    // A listed journal, then its publisher or subtitle (only in a journal's field).
    Case(
      field: "Circulation: Cardiovascular Imaging - Journal of the American Heart Association",
      name: "Circulation: Cardiovascular Imaging", kind: .journal, entryKind: .journal),
    Case(field: "Proceedings of the ACM Web Conference 2022", name: "WWW", kind: .conference),
    // Journals named proceedings: a society's or an academy's; its meeting is a meeting.
    Case(
      field: "Proceedings of the Royal Society of Edinburgh. Section A. Mathematics",
      name: "Proceedings of the Royal Society of Edinburgh. Section A. Mathematics", kind: .journal, entryKind: .journal),
    Case(
      field: "Proceedings of the Edinburgh Mathematical Society", name: "Proceedings of the Edinburgh Mathematical Society",
      kind: .journal),
    Case(
      field: "Proceedings of the Human Factors and Ergonomics Society Annual Meeting",
      name: "Proceedings of the Human Factors and Ergonomics Society Annual Meeting", kind: .conference, entryKind: .journal),
    Case(field: "Under Journal Review", name: "Under Review", kind: .underReview),
    // A journal's name among the words of a meeting's name is no journal (abelsiqueira.github.io).
    Case(
      field: "2011 6th International Workshop on the Analysis of Multi-temporal Remote Sensing Images (Multi-Temp), Trento",
      name: "Multi-Temp", kind: .workshop, entryKind: .conference),
    Case(
      field: "International Conference on Renewable Energy Research and Applications",
      name: "International Conference on Renewable Energy Research and Applications", kind: .conference,
      entryKind: .conference),
    Case(field: "Remote Sensing", name: "Remote Sensing", kind: .journal, entryKind: .journal),
    // A journal's name with its "and" missing (4C-multiphysics' bibliography); no other small
    // word changes a journal (iridia's bibliography: "Journal of Big Data" is not "… on …").
    Case(
      field: "Computer Methods in Applied Mechanics Engineering", name: "Computer Methods in Applied Mechanics and Engineering",
      kind: .journal, entryKind: .journal),
    Case(field: "Journal of Big Data", name: "Journal of Big Data", kind: .journal, entryKind: .journal),
    // Evolutionary computation's meetings as iridia's bibliography writes their proceedings.
    Case(field: "Evolutionary Multi-criterion Optimization, EMO 2019", name: "EMO", kind: .conference),
    Case(field: "Parallel Problem Solving from Nature -- PPSN X", name: "PPSN", kind: .conference),
    Case(
      field: "Ant Colony Optimization and Swarm Intelligence, 4th International Workshop, ANTS 2004", name: "ANTS",
      kind: .conference),
    Case(field: "Swarm Intelligence, 11th International Conference, ANTS 2018", name: "ANTS", kind: .conference),
    // IEEE Xplore's old exports put the topic first and end in "on" (iridia's bibliography,
    // 25sal's): the meeting is the topic's.
    Case(field: "Decision and Control, 1985 24th IEEE Conference on", name: "CDC", kind: .conference),
    Case(field: "Cloud Computing Technology and Science, IEEE International Conference on", name: "CloudCom", kind: .conference),
    Case(field: "Computational Intelligence (SSCI), 2016 IEEE Symposium Series on", name: "SSCI", kind: .conference),
    // NB: a list inside the topic is no topic and name: the field keeps its first name.
    Case(
      field: "Computational Intelligence for Modelling, Control and Automation, 2005 and International Conference on Intelligent Agents, Web Technologies and Internet Commerce, International Conference on",
      name: "Computational Intelligence for Modelling, Control and Automation", kind: .conference, entryKind: .conference),
  ]

  @Test(arguments: cases)
  func `a venue field names the series a careful reader files it under`(_ c: Case) {
    let venue = VenueCatalog.standard.venue(inField: c.field, kind: c.entryKind)
    #expect(venue == Venue(name: c.name, kind: c.kind))
  }

  @Test func `an unknown venue keeps its cleaned full name`() {
    let venue = VenueCatalog.standard.venue(
      inField: "In Proceedings of the 3rd International Symposium on Imaginary Studies, Springer, pp. 1-9", kind: nil)
    #expect(venue == Venue(name: "International Symposium on Imaginary Studies", kind: .conference))
  }

  @Test func `AAS journal macros name the journal they stand for`() throws {
    let bib = "@article{a, title={T}, author={Doe, Jane}, year={2023}, journal={\\apjs}}"
    let result = BibTeXReader().read(bib, file: "refs.bib")
    #expect(result.publications.first?.venue == Venue(name: "ApJS", kind: .journal))
  }

  struct AbbrCase: Sendable, CustomTestStringConvertible {
    var abbr: String
    var field: String
    var name: String
    var testDescription: String { abbr }
  }

  /// The al-folio `abbr` names a venue no list knows when its letters come from the name.
  static let abbrCases: [AbbrCase] = [
    .init(abbr: "RECSI2026", field: "XIX Reuni{\\'o}n Espa{\\~n}ola sobre Criptolog{\\'\\i}a y Seguridad de la Informaci{\\'o}n", name: "RECSI"),
    .init(abbr: "3PGCIC", field: "International Conference on P2P, Parallel, Grid, Cloud and Internet Computing", name: "3PGCIC"),
    .init(abbr: "ESE", field: "Lingue e Linguaggi", name: "Lingue e Linguaggi"),
  ]

  @Test(arguments: abbrCases)
  func `a researcher's short name is used when it is drawn from the venue's name`(_ c: AbbrCase) {
    let bib = "@inproceedings{a, title={T}, author={Doe, Jane}, year={2023}, abbr={\(c.abbr)}, booktitle={\(c.field)}}"
    #expect(BibTeXReader().read(bib, file: "refs.bib").publications.first?.venue?.name == c.name)
  }
}
