// The messages of the homepage reader.
extension Diagnostic.Message {
  package static func badgeDisagrees(badge: String, text: String, title: String, linkAgrees: Bool) -> Self {
    Self(
      "badge '\(badge)' disagrees with the entry's own text '\(text)' in \"\(title)\"; "
        + (linkAgrees ? "the paper's link agrees with the text; " : "") + "using the text")
  }

  package static let unclosedComment = Self("HTML comment '<!--' is never closed; the rest of the file is ignored")

  package static func duplicateEntry(title: String, first: SourceLocation) -> Self {
    Self("\"\(title)\" is listed again (first at line \(first.line)); counted once")
  }

  /// A paragraph of a paragraph-only list that names no year, venue or person, quoted by its
  /// first words so a reference the reader failed on can still be found.
  package static func proseParagraph(opening: String) -> Self {
    Self("paragraph \"\(opening)\" names no year, venue or author; read as prose, not counted as a publication")
  }

  package static let entryWithoutTitle = Self("list item in a publication section has no recognisable title; skipped")

  package static func includeNotFound(path: String) -> Self {
    Self("included file '\(path)' can't be found; its publications are missing")
  }

  package static func includeCycle(path: String) -> Self {
    Self("'\(path)' includes itself; the include is skipped")
  }

  package static func includeRepeated(path: String) -> Self {
    Self("'\(path)' is included again; read once")
  }

  package static func includeOutsideSite(path: String) -> Self {
    Self("included file '\(path)' reaches outside the site (Jekyll refuses '..' and absolute paths); skipped")
  }

  package static func listFromSiteData(name: String) -> Self {
    Self("Liquid code lists 'site.data.\(name)' here, from the site's _data/ folder, which pubreport does not read; "
      + "those entries are not counted (give the site's BibTeX or a page that lists them)")
  }
  package static let noPublicationSection = Self("no publication section found (expected a heading such as '# Publications')")

  package static func entryTooLong(length: Int) -> Self {
    Self("entry of \(length) characters is too long to be a publication; skipped")
  }

  package static func nestingTooDeep(limit: Int) -> Self {
    Self("HTML tags nested deeper than \(limit) levels from here; the deeper tags are ignored, their text is kept")
  }

  package static func suspiciousAuthors(title: String, names: [String]) -> Self {
    let listed = names.map { "'\($0)'" }.joined(separator: ", ")
    return Self(
      "author list of \"\(title)\" looks wrong: \(listed) \(names.count == 1 ? "is not" : "are not") a whole name; "
        + "check how the authors are written")
  }
}
