import Publications

/// The publications by year, newest first; each with its authors (owners in bold), title,
/// venue and links.
enum PublicationList {
  static func blocks(_ publications: [Publication]) -> [ReportDocument.Block] {
    guard !publications.isEmpty else { return [] }
    var blocks: [ReportDocument.Block] = [.heading(level: 2, [.text("Publications")])]
    let years = Set(publications.compactMap(\.year)).sorted(by: >).map(Optional.some) + (publications.contains { $0.year == nil } ? [nil] : [])
    for year in years {
      blocks.append(.heading(level: 3, [.text(year.map(String.init) ?? "Year unknown")]))
      blocks.append(.bulletList(publications.filter { $0.year == year }.map(item)))
    }
    return blocks
  }

  /// Longer author lists are shortened to their first `shortenedTo` names: a consortium paper
  /// names thousands (56 kB of Markdown for one entry of 3,000).
  static let longAuthorList = 20
  static let shortenedTo = 10

  static func item(_ publication: Publication) -> [ReportDocument.Inline] {
    var inlines: [ReportDocument.Inline] = []
    let authors = publication.authors
    let isShortened = authors.count > longAuthorList
    for (index, person) in (isShortened ? Array(authors.prefix(shortenedTo)) : authors).enumerated() {
      if index > 0 { inlines.append(.text(", ")) }
      inlines.append(name(person))
    }
    if isShortened { inlines += more(authors.dropFirst(shortenedTo)) }
    if publication.isAuthorListTruncated { inlines.append(.text(authors.isEmpty ? "et al." : ", et al.")) }
    // NB: "et al." ends with its own period; a second one would read "et al..".
    if !inlines.isEmpty { inlines.append(.text(publication.isAuthorListTruncated ? " " : ". ")) }
    inlines.append(.emphasis([.text(publication.title)]))
    var venue = [publication.venue?.name, publication.year.map(String.init)].compactMap { $0 }.joined(separator: " ")
    if !publication.notes.isEmpty { venue += (venue.isEmpty ? "" : ", ") + publication.notes.joined(separator: ", ") }
    inlines.append(.text(venue.isEmpty ? "." : ". \(venue)."))
    let links = [("paper", publication.links.paper), ("code", publication.links.code), ("project", publication.links.project)]
      .compactMap { label, url in url.map { (label, $0) } }
    for (label, url) in links {
      inlines.append(.text(" "))
      inlines.append(.link([.text(label)], url: url))
    }
    return inlines
  }

  private static func name(_ person: Person) -> ReportDocument.Inline {
    person.isOwner ? .strong([.text(person.name)]) : .text(person.name)
  }

  /// ", and 2991 more including **Ann Lee**": the owners among the names left out stay visible.
  private static func more(_ rest: ArraySlice<Person>) -> [ReportDocument.Inline] {
    var inlines: [ReportDocument.Inline] = [.text(", and \(rest.count) more")]
    for (index, owner) in rest.filter(\.isOwner).enumerated() {
      inlines.append(.text(index == 0 ? " including " : ", "))
      inlines.append(name(owner))
    }
    return inlines
  }
}
