// The messages of the reference-list reader.
extension Diagnostic.Message {
  package static func referenceWithoutTitle(_ text: String) -> Self {
    let shown = text.count > 80 ? String(text.prefix(77)) + "..." : text
    return Self("no title found in \"\(shown)\"; skipped (expected a formatted reference such as 'A. Author, \"Title,\" Venue, 2024.')")
  }

  /// A reference written without its title (physics and chemistry styles), counted by its citation.
  package static func listedByCitation(_ citation: String) -> Self {
    Self("\"\(citation)\" has no title; counted and listed by its journal, volume and pages")
  }

  /// A paragraph between the items of a list of references, quoted by its first words.
  package static func paragraphOutsideItems(opening: String) -> Self {
    Self("paragraph \"\(opening)\" stands outside the list's items; read as prose, not counted as a publication")
  }
}
