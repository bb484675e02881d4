import Figures
import Publications
import Report
import Testing

@Suite struct ReportTemplateTests {
  static func input(_ publications: [Publication]) -> ReportBuilder.Input {
    ReportBuilderTests.input(publications, formats: ["png"])
  }

  @Test func `the standard template gives the standard report`() throws {
    let input = Self.input([ReportBuilderTests.paper("First Paper", 2023), ReportBuilderTests.paper("Second Paper", nil)])
    #expect(try ReportTemplate.render(ReportBuilder.sections(input)) == MarkdownWriter.write(ReportBuilder.build(input)))
  }

  @Test func `a user template rearranges sections and uses plain values`() throws {
    let input = Self.input([ReportBuilderTests.paper("First Paper", 2023)])
    let rendered = try ReportTemplate.render(
      ReportBuilder.sections(input),
      template: "Report for {{owners}}: {{publicationCount}} paper(s), {{firstYear}}–{{lastYear}}.\n\n{{{publications}}}\n")
    #expect(rendered.hasPrefix("Report for Ann Lee: 1 paper(s), 2023–2023.\n\n## Publications\n"))
    #expect(!rendered.contains("## Venues"))
  }

  @Test func `a broken template is an error`() {
    #expect(throws: ReportTemplate.Failure.self) { try ReportTemplate.render(ReportBuilder.sections(Self.input([])), template: "{{#open}}") }
  }
}
