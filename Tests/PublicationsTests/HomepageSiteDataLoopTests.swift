import Testing
@testable import Publications

/// A list a Jekyll site builds with a Liquid loop over its `_data/` files is not on the page:
/// the reader says so where the loop is, instead of a bare "no publications found".
@Suite struct HomepageSiteDataLoopTests {
  /// xuweiwen.github.io, `_pages/includes/publications.md`, and a news loop as
  /// laujianmin.github.io's `_pages/includes/news.md` writes it.
  static let page = """
    # News

    {% for item in site.data.news.main %}
    - {{ item.date }} {{ item.text }}
    {% endfor %}

    <h2 id="publications">Publications</h2>

    **A complete list of my publications is available on [Google Scholar](https://scholar.google.com/citations?user=Dc6Eq1cAAAAJ&hl=en)**.

    <div markdown="0">
    {% assign prev_type = nil %}

    {% for pub in site.data.publications %}
      {% if pub.type != prev_type %}
    {% endfor %}
    </div>
    """

  @Test func `a loop over the site's publication data is named, a news loop is not`() {
    let result = read(Self.page)
    #expect(result.publications.isEmpty)
    #expect(warnings(result) == [
      "page.md:14: warning: Liquid code lists 'site.data.publications' here, from the site's _data/ folder, which pubreport does not read; those entries are not counted (give the site's BibTeX or a page that lists them)"
    ])
  }

  /// Alex-Gauvain.github.io, `_pages/publications.md`: the list assigned from the data, then
  /// looped over.
  @Test func `a list assigned from the site's data is named too`() {
    let result = read(
      """
      # Publications

      {% assign publication_items = site.data.generated_publications | where_exp: "item", "item.category != 'conferences'" %}
      {% for item in publication_items %}
      {% endfor %}
      """)
    #expect(warnings(result).map { $0.hasPrefix("page.md:3: warning: Liquid code lists 'site.data.generated_publications' here") } == [true])
  }
}
