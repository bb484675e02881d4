import Testing
@testable import Publications

/// Where the title stops, settled by what is written right after it
/// (`ReferenceSegmentRepair+TitleTail.swift`). Each case is the tagger's output as the shipped
/// model gave it on a reference of AnyStyle's gold set, so the repair holds whatever the model.
@Suite struct ReferenceSegmentRepairTitleTailTests {
  private func reading(_ segments: [(ReferenceLabel, String)]) -> ParsedReference {
    ReferenceSegmentRepairTests.reading(segments)
  }

  @Test func `a description in parentheses stays in the title`() {
    let abstract = reading([
      (.author, "Newsom, H. E.,"), (.title, "Deposition of suevite at the Ries Crater, West Germany"), (.note, "(abstract)."),
      (.journal, "Meteoritics,"), (.volume, "v. 25,"), (.pages, "pp. 391."), (.date, "1990."),
    ])
    #expect(abstract.title == "Deposition of suevite at the Ries Crater, West Germany (abstract)")
    #expect(abstract.container == "Meteoritics")
    let place = reading([
      (.author, "Palme, H., Grieve, R. A. F.,"), (.title, "The chemical composition of the impact melt at the Clearwater East impact structure,"),
      (.location, "Quebec, Canada"), (.note, "(abstract)."), (.journal, "Meteoritics,"), (.date, "1978."),
    ])
    #expect(place.title == "The chemical composition of the impact melt at the Clearwater East impact structure, Quebec, Canada (abstract)")
  }

  /// From a genomics project's reference list (PLOS style): a species in parentheses ends the
  /// title, and the venue after it is the journal.
  @Test func `a parenthesis the tagger began a venue with ends the title when the venue follows`() {
    let species = reading([
      (.author, "Huang Z, Zhong X-J, He J, et al."), (.date, "(2016)"),
      (.title, "Genome-Wide Identification of Genes Encoding LEA Proteins in Moso Bamboo"), (.journal, "(Phyllostachys"),
      (.note, "edulis)."), (.journal, "PLoS ONE"), (.volume, "11(11): e0165953."),
    ])
    #expect(species.title == "Genome-Wide Identification of Genes Encoding LEA Proteins in Moso Bamboo (Phyllostachys edulis)")
    #expect(species.container == "PLoS ONE")
    let venueOnly = reading([(.author, "Smith, J."), (.title, "Deep networks"), (.journal, "(Sleep Research)"), (.date, "2024.")])
    #expect(venueOnly.title == "Deep networks")
    #expect(venueOnly.container == "Sleep Research")
  }

  @Test func `a status in parentheses is no part of the title`() {
    let reference = reading([(.author, "Smith, J."), (.title, "Deep networks for sleep staging"), (.note, "(in press)."), (.journal, "Sleep,"), (.date, "2024.")])
    #expect(reference.title == "Deep networks for sleep staging")
  }

  @Test func `a range of years after the title's comma is the title's`() {
    let history = reading([
      (.author, "White, Eugene Nelson."), (.date, "2014."), (.title, "The regulation and reform of the American banking system,"),
      (.genre, "1900-1929."), (.publisher, "Princeton University Press."),
    ])
    #expect(history.title == "The regulation and reform of the American banking system, 1900-1929")
    #expect(history.year == 2014)
    let parenthesised = reading([
      (.author, "Spire, Alexis,"), (.title, "Etrangers à la carte : l’administration de l’immigration en France"), (.date, "(1945-1975),"),
      (.location, "Paris, Grasset,"), (.date, "2005."),
    ])
    #expect(parenthesised.title == "Etrangers à la carte : l’administration de l’immigration en France (1945-1975)")
    #expect(parenthesised.year == 2005)
  }

  @Test func `a range of years that is the only date stays the date`() {
    let reference = reading([(.author, "Doe, Jane."), (.title, "Letters,"), (.date, "1900-1929.")])
    #expect(reference.title == "Letters")
    #expect(reference.year == 1929)
  }

  @Test func `a translator after the title is no part of it`() {
    let marked = reading([
      (.author, "______."), (.title, "Canticle of Bede the Priest on the Canticle of Habakkuk, trans."), (.journal, "Seán Connolly. Dublin,"),
      (.date, "1997."),
    ])
    #expect(marked.title == "Canticle of Bede the Priest on the Canticle of Habakkuk")
    let givenName = reading([
      (.author, "Jauss, Hans-Robert,"), (.title, "Toward an Aesthetic of Reception, Timothy"), (.editor, "Bahti (trans.)"),
      (.location, "(Minneapolis, MN:"), (.publisher, "University of Minnesota Press,"), (.date, "1982)."),
    ])
    #expect(givenName.title == "Toward an Aesthetic of Reception")
  }

  @Test func `a listed journal as the title's last sentence is the venue`() {
    let reference = reading([
      (.author, "Stahle, V.,"), (.title, "Nickel and cobalt in rocks of the Nordlingen Ries (in German). Contributions to Mineralogy and Petrology,"),
      (.note, "v."), (.volume, "28,"), (.pages, "pp. 72-88."), (.date, "1970."),
    ])
    #expect(reference.title == "Nickel and cobalt in rocks of the Nordlingen Ries (in German)")
    #expect(reference.container == "Contributions to Mineralogy and Petrology")
    let head = reading([
      (.author, "Shannon, C. E."), (.date, "(1948)."), (.title, "A mathematical theory of communication. The Bell System"),
      (.journal, "Technical Journal"), (.volume, ", 27"), (.pages, "379-423."),
    ])
    #expect(head.title == "A mathematical theory of communication")
    #expect(head.container == "The Bell System Technical Journal")
  }

  @Test func `a title's last sentence that names no journal stays`() {
    let reference = reading([
      (.author, "Doe, J."), (.title, "Ventral tegmental system: neurobiology. Anatomy and connectivity,"), (.volume, "12,"), (.pages, "117–165."),
    ])
    #expect(reference.title == "Ventral tegmental system: neurobiology. Anatomy and connectivity")
  }

  @Test func `a venue's first sentence before a listed journal ends the title`() {
    let reference = reading([
      (.author, "Tohver, E., Cawood, P.A."), (.date, "2011."),
      (.title, "Closure of the Clymene Ocean: Evidence from the southernmost Rio de la Plata craton,"),
      (.journal, "Argentina. Gondwana Research"), (.volume, "21,"), (.pages, "394-405"),
    ])
    #expect(reference.title == "Closure of the Clymene Ocean: Evidence from the southernmost Rio de la Plata craton, Argentina")
    #expect(reference.container == "Gondwana Research")
    let abbreviated = reading([
      (.author, "Munger, B. L."), (.date, "(1958)."), (.title, "A study of cellular differentiation in the pancreatic islets of the mouse."),
      (.journal, "Am. J. Anat."), (.volume, "103,"), (.pages, "275–311."),
    ])
    #expect(abbreviated.title == "A study of cellular differentiation in the pancreatic islets of the mouse")
    #expect(abbreviated.container == "Am. J. Anat.")
  }
}

/// A reference the tagger gave no title (`ReferenceSegmentRepair+MissingTitle.swift`) and the
/// editors of an edited work (`ReferenceParser`), as the shipped model tagged gold references.
@Suite struct ReferenceMissingTitleTests {
  private func reading(_ segments: [(ReferenceLabel, String)]) -> ParsedReference {
    ReferenceSegmentRepairTests.reading(segments)
  }

  @Test func `a repeated author's dashes are followed by the title`() {
    let reference = reading([(.author, "———. Watt."), (.location, "Paris:"), (.publisher, "Olympia Press,"), (.date, "1953.")])
    #expect(reference.title == "Watt")
    #expect(reference.people.isEmpty)
    #expect(reference.year == 1953)
  }

  @Test func `a book's first part after the author is its title`() {
    let journal = reading([(.author, "Tintner, Gerhard."), (.journal, "Econometrics."), (.location, "New York:"), (.publisher, "John Wiley,"), (.date, "1952.")])
    #expect(journal.title == "Econometrics")
    #expect(journal.container == nil)
    let translated = reading([
      (.author, "Wittgenstein, Ludwig."), (.date, "2001[1953]."), (.journal, "Philosophical Investigations. G.E.M. Anscombe"),
      (.note, "(trans.). 3rd edition."), (.location, "Malden, MA:"), (.publisher, "Blackwell Publishing."),
    ])
    #expect(translated.title == "Philosophical Investigations")
  }

  @Test func `a journal article without a title stays without one`() {
    let reference = reading([(.author, "Smith, J."), (.journal, "Nature,"), (.volume, "521,"), (.pages, "436–444,"), (.date, "2015.")])
    #expect(reference.title == nil)
    #expect(reference.container == "Nature")
  }

  @Test(arguments: [
    [(ReferenceLabel.author, "Brown, L. E. (Ed.)"), (.date, "(2000)."), (.title, "Isokinetics in human performance.")],
    [(.author, "Bakola, E., L. Prauscello and M. Telò,"), (.note, "eds."), (.date, "(2013),"), (.title, "Greek comedy and the Discourse of Genres")],
    [(.author, "Brown, Charles S., and"), (.editor, "Ted Toadvine, eds."), (.title, "Eco-Phenomenology: Back to the Earth Itself.")],
  ])
  func `an edited work's names are its editors`(_ segments: [(ReferenceLabel, String)]) {
    let reference = reading(segments)
    #expect(reference.authors.isEmpty)
    #expect(!reference.editors.isEmpty)
    #expect(reference.people == reference.editors)
  }

  @Test func `a given name Ed is no editor mark`() {
    let reference = reading([(.author, "Smith, Ed."), (.title, "Deep learning for sleep staging."), (.journal, "Sleep,"), (.date, "2020.")])
    #expect(reference.authors.map(\.name) == ["Ed Smith"])
    #expect(reference.editors.isEmpty)
  }
}
