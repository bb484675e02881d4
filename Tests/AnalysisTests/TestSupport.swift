import Publications

/// A publication with the given authors; `**Name**` marks an emphasised (owner-looking) name.
func paper(_ title: String, year: Int? = 2024, venue: String = "CVPR", _ authors: String...) -> Publication {
  let people = authors.map { written in
    let emphasised = written.hasPrefix("**")
    return Person(name: written.trimming("*"), isHighlighted: emphasised)
  }
  return Publication(
    id: title, title: title, authors: people, venue: Venue(name: venue, kind: .conference), year: year,
    source: SourceLocation(file: "test.md", line: 1))
}
