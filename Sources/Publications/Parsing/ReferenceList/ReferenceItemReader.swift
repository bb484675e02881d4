/// Reads items of formatted references — from a reference list or a LaTeX CV — into
/// publications: Markdown emphasis first (a bold name is the owner's mark), a "(with …)" clause
/// of co-authors (`CoauthorClause`), then `ReferenceParser`.
///
/// An item without a title is skipped with a warning naming its line; one without a year takes a
/// year heading's, or is counted as unknown with a warning.
struct ReferenceItemReader {
  var catalog: VenueCatalog
  /// No reference comes near this; a longer item is pasted data (and the tagger's time grows
  /// faster than its length).
  var maximumLength: Int
  private let parser = ReferenceParser()

  init(catalog: VenueCatalog, maximumLength: Int = ReadingLimits.standard.entryLength) {
    self.catalog = catalog
    self.maximumLength = maximumLength
  }

  func read(_ items: [ReferenceListItems.Item], file: String) -> ParseResult {
    var result = ParseResult()
    for item in items {
      let location = SourceLocation(file: file, line: item.line)
      guard item.text.utf8.count <= maximumLength else {
        result.diagnostics.append(Diagnostic(at: location, .entryTooLong(length: item.text.count)))
        continue
      }
      switch publication(from: item, at: location) {
      case .success(let publication):
        if publication.isTitleCitation == true {
          result.diagnostics.append(Diagnostic(.note, at: location, .listedByCitation(publication.title)))
        }
        if publication.year == nil {
          result.diagnostics.append(Diagnostic(at: location, .missingYear(title: publication.title, venue: publication.venue?.name)))
        }
        result.publications.append(publication)
      case .failure(let problem):
        result.diagnostics.append(Diagnostic(at: location, problem.message))
      }
    }
    return result
  }

  private struct Problem: Error {
    var message: Diagnostic.Message
  }

  private func publication(from item: ReferenceListItems.Item, at location: SourceLocation) -> Result<Publication, Problem> {
    let markdown = MarkdownReference(item.text, line: item.line)
    let clause = CoauthorClause.mayHold(markdown.text) ? CoauthorClause(markdown.text) : nil
    var reference = parser.parse(clause?.text ?? markdown.text)
    if clause?.names.isEmpty == false, reference.title == nil, let first = reference.segments.first, first.label == .author {
      // "(with A. Tonks) Unital associahedra. Forum Math. 26 (2014)": the clause named the
      // authors, so the words the tagger took for a name ("Unital associahedra") are the title.
      reference.title = ReferenceCleanup.title(first.text)
      reference.authors = []
      reference.editors = []
    }
    guard let title = reference.title.flatMap({ $0.contains(where: \.isLetter) ? $0 : nil }) ?? reference.citation
    else {
      return .failure(Problem(message: .referenceWithoutTitle(markdown.text)))
    }
    let year = reference.year ?? item.section.flatMap(VenueCatalog.fourDigitYear)
    var authors = reference.people
    for name in clause?.names ?? [] where !authors.contains(where: { PersonName($0.name).key == PersonName(name).key }) {
      authors.append(Person(name: name))
    }
    for index in authors.indices where markdown.isEmphasised(authors[index].name) { authors[index].isHighlighted = true }
    var links = Publication.Links()
    links.paper = reference.doi.map { "https://doi.org/" + $0 } ?? reference.url ?? markdown.links.first
    links.other = markdown.links.filter { $0 != links.paper }
    var publication = Publication(
      id: PublicationID.make(title: title, year: year), title: title, authors: authors,
      isAuthorListTruncated: reference.isAuthorListTruncated, venue: ReferenceVenue.resolve(reference, catalog: catalog),
      year: year, notes: EntryNotes.find(in: reference.notes.joined(separator: " ")), links: links, section: item.section,
      source: location)
    if reference.title == nil { publication.isTitleCitation = true }
    return .success(publication)
  }
}
