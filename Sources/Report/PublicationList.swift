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

  static func item(_ publication: Publication) -> [ReportDocument.Inline] {
    var inlines: [ReportDocument.Inline] = []
    for (index, person) in publication.authors.enumerated() {
      if index > 0 { inlines.append(.text(", ")) }
      inlines.append(person.isOwner ? .strong([.text(person.name)]) : .text(person.name))
    }
    if publication.isAuthorListTruncated { inlines.append(.text(publication.authors.isEmpty ? "et al." : ", et al.")) }
    if !inlines.isEmpty { inlines.append(.text(". ")) }
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
}
