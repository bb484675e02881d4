import Analysis
import Figures
import Publications
import Report
import Testing

@Suite struct ReportBuilderTests {
  static func paper(_ title: String, _ year: Int?, owner: Bool = true) -> Publication {
    Publication(
      id: title, title: title, authors: [Person(name: "Ann Lee", isOwner: owner), Person(name: "Bob Smith")],
      venue: Venue(name: "CVPR", kind: .conference), year: year, source: Publications.SourceLocation(file: "page.md", line: 3))
  }

  /// The report's input for Ann Lee's `publications`: analysed without topics, with its charts.
  static func input(_ publications: [Publication], formats: [String], diagnostics: [Diagnostic] = []) -> ReportBuilder.Input {
    let analysis = PublicationAnalysis(publications, owners: ["Ann Lee"], parts: .network)
    return ReportBuilder.Input(
      analysis: analysis, charts: ReportCharts(analysis, options: PublicationCharts.Options()), chartFormats: formats,
      diagnostics: diagnostics, inputFiles: ["page.md"])
  }

  static func markdown(_ publications: [Publication], diagnostics: [Diagnostic] = []) -> String {
    MarkdownWriter.write(ReportBuilder.build(input(publications, formats: ["png", "pdf"], diagnostics: diagnostics)))
  }

  @Test func `the report has every section in order`() {
    let markdown = Self.markdown([Self.paper("First Paper", 2023), Self.paper("Second Paper", 2024)])
    let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("#") }
    #expect(
      headings == [
        "# Research summary: Ann Lee", "## Charts", "## Publications per year", "## Venues", "## Collaborators",
        "### New collaborators per year", "## Publications",
        "### 2024", "### 2023", "## Data quality",
      ])
    #expect(markdown.contains("![Publications per year from 2023 to 2024, stacked by venue kind.](charts/per-year.png)"))
    #expect(markdown.contains("[PDF](charts/per-year.pdf)"))
  }

  @Test func `publications list owners in bold, newest first, unknown year last`() {
    let markdown = Self.markdown([Self.paper("Old", 2020), Self.paper("Undated", nil), Self.paper("New", 2024)])
    let new = markdown.range(of: "*New*")
    let old = markdown.range(of: "*Old*")
    let undated = markdown.range(of: "*Undated*")
    #expect(new != nil && old != nil && undated != nil)
    if let new, let old, let undated {
      #expect(new.lowerBound < old.lowerBound && old.lowerBound < undated.lowerBound)
    }
    #expect(markdown.contains("- **Ann Lee**, Bob Smith. *New*. CVPR 2024."))
    #expect(markdown.contains("### Year unknown"))
  }

  @Test func `a cut author list ends on one period`() {
    var paper = Self.paper("Cut", 2024)
    paper.isAuthorListTruncated = true
    #expect(Self.markdown([paper]).contains("- **Ann Lee**, Bob Smith, et al. *Cut*. CVPR 2024."))
  }

  @Test func `data quality lists every warning with file and line`() {
    let warning = Diagnostic(at: Publications.SourceLocation(file: "page.md", line: 42), .missingYear(title: "Undated", venue: "CVPR"))
    let markdown = Self.markdown([Self.paper("Undated", nil)], diagnostics: [warning])
    #expect(markdown.contains("- **page.md:42** warning: entry \"Undated\" (CVPR) has no year; counted as unknown"))
  }

  @Test func `the summary counts in the singular and names the consortium rule`() {
    var consortium = Self.paper("Consortium Paper", 2024)
    consortium.authors += (0..<150).map { Person(name: "Member\($0) Person") }
    let one = Self.markdown([Self.paper("Only Paper", 2024)])
    #expect(one.contains("2 people in all, 1 co-author pair."))
    let many = Self.markdown([consortium])
    #expect(many.contains("152 people in all, 151 co-author pairs. 1 paper has more than 100 authors; in the co-author network such a paper links only its owners to each member."))
  }

  @Test(arguments: [
    ([2024], "1 publication in 2024."),
    ([2020, 2024], "2 publications from 2020 to 2024."),
    ([2024, nil, nil, nil, nil], "5 publications: 1 in 2024, 4 without a year."),
    ([2020, 2024, nil], "3 publications: 2 from 2020 to 2024, 1 without a year."),
    ([nil], "1 publication, none with a year."),
  ] as [([Int?], String)])
  func `the summary's span counts only the dated publications`(years: [Int?], opening: String) {
    let papers = years.enumerated().map { Self.paper("Paper \($0.offset)", $0.element) }
    #expect(Self.markdown(papers).contains("\n\n" + opening + " "))
  }

  @Test func `a consortium paper lists ten authors, the owner, and how many more`() {
    var consortium = Self.paper("Consortium Paper", 2024)
    consortium.authors = (0..<3_000).map { Person(name: "Member\($0) Person") }
    consortium.authors[1_234].isOwner = true
    let markdown = Self.markdown([consortium])
    let names = (0..<10).map { "Member\($0) Person" }.joined(separator: ", ")
    #expect(markdown.contains("- \(names), and 2990 more including **Member1234 Person**. *Consortium Paper*. CVPR 2024."))
    #expect(markdown.contains("- **2024**: Member0 Person, Member1 Person, "))
    #expect(markdown.contains(" and 2979 more (all in data/collaborators.csv)\n"))
    #expect(markdown.utf8.count < 20_000)
  }
}

@Suite struct CitationReportTests {
  static func cited(_ title: String, _ year: Int, _ total: Int, _ byYear: [(Int, Int)]) -> Publication {
    var publication = ReportBuilderTests.paper(title, year)
    publication.citations = Citations(total: total, byYear: byYear.map { Citations.YearCount(year: $0.0, count: $0.1) })
    return publication
  }

  @Test func `citations get a section a chart and a most-cited table when the inputs count them`() {
    let publications = [
      Self.cited("Well Cited", 2021, 40, [(2022, 15), (2024, 25)]), Self.cited("Less Cited", 2023, 12, [(2024, 12)]),
      ReportBuilderTests.paper("Not Counted", 2024),
    ]
    let markdown = ReportBuilderTests.markdown(publications)
    let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") || $0.hasPrefix("### Most") }
    #expect(headings.prefix(5) == ["## Charts", "## Publications per year", "## Venues", "## Citations", "### Most cited"])
    #expect(markdown.contains("52 citations in all (counted by the inputs for 2 of 3 publications); h-index 2, i10-index 2."))
    // The summary, and so the grant pack's cover page, says it too.
    #expect(markdown.contains(" 52 citations as the inputs count them; h-index 2."))
    #expect(markdown.contains("| Well Cited | CVPR | 2021 | 40 |\n| Less Cited | CVPR | 2023 | 12 |"))
    #expect(markdown.contains("(charts/citations-per-year.png)"))
    let input = ReportBuilderTests.input(publications, formats: ["png"])
    let chart = input.charts.overview.first { $0.name == "citations-per-year" }
    guard case .categories(let data)? = chart?.content else {
      Issue.record("no citations chart")
      return
    }
    // Every year from the first citation to the last, zeros included.
    #expect(data.categories == ["2022", "2023", "2024"])
    #expect(data.series.map(\.values) == [[15, 0, 37]])
  }

  @Test func `no input with citation counts means no citation section or chart`() {
    let markdown = ReportBuilderTests.markdown([ReportBuilderTests.paper("A", 2023), ReportBuilderTests.paper("B", 2024)])
    #expect(!markdown.contains("Citations"))
    #expect(!markdown.contains("citations-per-year"))
  }

  @Test func `a window's summary says the citations received in it`() {
    let publications = [Self.cited("Well Cited", 2021, 40, [(2022, 15), (2024, 25)]), ReportBuilderTests.paper("New", 2024)]
    let analysis = PublicationAnalysis(publications, owners: ["Ann Lee"], window: YearWindow(since: 2024, until: 2024), parts: .network)
    let input = ReportBuilder.Input(
      analysis: analysis, charts: ReportCharts(analysis, options: PublicationCharts.Options()), chartFormats: ["png"])
    let markdown = MarkdownWriter.write(ReportBuilder.build(input))
    #expect(markdown.contains("Citations received in 2024: 25."))
    #expect(markdown.contains("Received in 2024: 25."))
  }
}

@Suite struct AffiliationReportTests {
  @Test func `collaborators are tabled by institution and country when the inputs name institutions`() {
    var paper = ReportBuilderTests.paper("Joint Paper", 2024)
    paper.authors[1].institutions = [Institution(name: "University of Bergen", countryCode: "NO")]
    var other = ReportBuilderTests.paper("Second Paper", 2023)
    other.authors.append(Person(name: "Cy Do", institutions: [Institution(name: "Mzumbe University", countryCode: "TZ")]))
    let markdown = ReportBuilderTests.markdown([paper, other])
    #expect(markdown.contains("### Co-authors by institution"))
    #expect(markdown.contains("| Mzumbe University | Tanzania | 1 |\n| University of Bergen | Norway | 1 |"))
    #expect(markdown.contains("| Norway | 1 |\n| Tanzania | 1 |"))
    #expect(markdown.contains("(charts/coauthors-by-country.png)"))
  }

  @Test func `no institutions means no institution tables or country chart`() {
    let markdown = ReportBuilderTests.markdown([ReportBuilderTests.paper("A", 2023)])
    #expect(!markdown.contains("by institution"))
    #expect(!markdown.contains("coauthors-by-country"))
  }
}
