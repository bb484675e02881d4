import Publications

/// The readable table `pubreport parse` prints without `--json`.
package enum PublicationTable {
  /// One line per publication: year, venue, title, first authors with owners starred, source line.
  package static func render(_ publications: [Publication]) -> String {
    var lines = ["year  venue                title"]
    for publication in publications {
      let year = publication.year.map(String.init) ?? "????"
      let venue = (publication.venue?.name ?? "—").padded(to: 20)
      let title = publication.title.count > 90 ? String(publication.title.prefix(89)) + "…" : publication.title
      lines.append("\(year)  \(venue) \(title)")
      let names = publication.authors.map { $0.isOwner ? "*\($0.name)*" : $0.name }
      let authors = names.prefix(6).joined(separator: ", ")
        + (names.count > 6 || publication.isAuthorListTruncated ? ", et al." : "")
      lines.append("      \("".padded(to: 20)) \(authors)  [\(publication.source)]")
    }
    lines.append(counted(publications.count, "publication"))
    return lines.joined(separator: "\n")
  }
}

extension String {
  fileprivate func padded(to width: Int) -> String {
    count >= width ? String(prefix(width)) : self + String(repeating: " ", count: width - count)
  }
}
