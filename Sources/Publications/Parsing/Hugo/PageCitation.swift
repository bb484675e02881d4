/// The formatted reference an academicpages page keeps in its `citation:` field ("<b>N.
/// Painchaud</b>, Y. Skandarani, …, &quot;Cardiac MRI Segmentation …,&quot; in proc.
/// <i>MICCAI</i>, 2019, pp. 632–640."), read for what the front matter lacks: the authors (the
/// page's owner is the bold one), and a year or venue when the page names none.
///
/// The field is HTML; it is read as one item of a reference list is (`MarkdownReference`,
/// `ReferenceParser`), its elements as the homepage reader reads them.
struct PageCitation {
  var authors: [Person]
  var isAuthorListTruncated: Bool
  var year: Int?
  var venue: Venue?

  /// Whether `html` is the academicpages template's citation ("Your Name, You. (2009).
  /// &quot;Paper Title Number 1.&quot; <i>Journal 1</i>. 1(1)."), left on a page whose title
  /// was written: its author is a placeholder, not a person.
  static func isTemplatePlaceholder(_ html: String) -> Bool {
    html.hasPrefix("Your Name, You.")
  }

  init?(html: String, catalog: VenueCatalog) {
    let written = MarkdownReference(html: html, line: 1)
    guard written.text.contains(where: \.isLetter) else { return nil }
    let reference = ReferenceParser().parse(written.text)
    authors = reference.people.map { person in
      var person = person
      if written.isEmphasised(person.name) { person.isHighlighted = true }
      return person
    }
    isAuthorListTruncated = reference.isAuthorListTruncated
    year = reference.year
    venue = ReferenceVenue.resolve(reference, catalog: catalog)
  }
}
