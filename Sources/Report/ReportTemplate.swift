import Mustache

/// Renders the report through a Mustache template (swift-mustache), so users can rearrange it.
///
/// Section variables hold Markdown already escaped, so templates use triple braces for them:
/// `{{{summary}}}`, `{{{charts}}}`, `{{{perYear}}}`, `{{{venues}}}`, `{{{citations}}}` (only when an
/// input counts citations), `{{{topics}}}`, `{{{collaborators}}}`,
/// `{{{publications}}}`, `{{{dataQuality}}}`. Plain values: `{{title}}`, `{{publicationCount}}`,
/// `{{firstYear}}`, `{{lastYear}}`, `{{owners}}` (joined with commas), `{{window}}` (empty
/// without a window). An empty section is false in `{{#section}}…{{/section}}`.
package enum ReportTemplate {
  /// The template the report uses unless `--template` gives another; `pubreport template` prints it.
  package static let standard = """
    # {{{titleMarkdown}}}

    {{{summary}}}
    {{#charts}}

    {{{charts}}}
    {{/charts}}
    {{#perYear}}

    {{{perYear}}}
    {{/perYear}}
    {{#venues}}

    {{{venues}}}
    {{/venues}}
    {{#citations}}

    {{{citations}}}
    {{/citations}}
    {{#topics}}

    {{{topics}}}
    {{/topics}}
    {{#collaborators}}

    {{{collaborators}}}
    {{/collaborators}}
    {{#publications}}

    {{{publications}}}
    {{/publications}}

    {{{dataQuality}}}

    """

  package enum Failure: Error, CustomStringConvertible {
    case invalid(String)
    package var description: String { "the template can't be read: \(self.text)" }
    private var text: String {
      if case .invalid(let reason) = self { return reason }
      return ""
    }
  }

  /// The report rendered through `template`.
  package static func render(_ sections: ReportSections, template: String = standard) throws -> String {
    let compiled: MustacheTemplate
    do {
      compiled = try MustacheTemplate(string: template)
    } catch {
      throw Failure.invalid("\(error)")
    }
    func markdown(_ blocks: [ReportDocument.Block]) -> String {
      String(MarkdownWriter.write(ReportDocument(blocks: blocks)).dropLast())
    }
    var context: [String: Any] = [
      "title": sections.title, "titleMarkdown": MarkdownWriter.escape(sections.title),
      "publicationCount": sections.publicationCount, "firstYear": sections.firstYear.map(String.init) ?? "",
      "lastYear": sections.lastYear.map(String.init) ?? "", "owners": sections.owners.joined(separator: ", "),
      "window": sections.window ?? "",
    ]
    let named: [(String, [ReportDocument.Block])] = [
      ("summary", sections.summary), ("charts", sections.charts), ("perYear", sections.perYear), ("venues", sections.venues),
      ("citations", sections.citations), ("topics", sections.topics), ("collaborators", sections.collaborators), ("publications", sections.publications),
      ("dataQuality", sections.dataQuality),
    ]
    // NB: an empty section is left out, not set to "": swift-mustache counts any string, even
    // an empty one, as true in `{{#section}}`, and a missing name renders as nothing.
    for (name, blocks) in named where !blocks.isEmpty { context[name] = markdown(blocks) }
    return compiled.render(context)
  }
}
