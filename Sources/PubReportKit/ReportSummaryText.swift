import Analysis
import Publications
import Report

/// The report's summary as plain paragraphs, for the cover page of `charts.pdf`.
enum ReportSummaryText {
  static func paragraphs(corpus: Corpus, publications: [Publication], window: YearWindow?) -> [String] {
    let document = ReportBuilder.build(
      .init(
        publications: publications, owners: corpus.owners, charts: [], chartFormats: [], diagnostics: [],
        inputFiles: [], window: window, allPublications: corpus.publications))
    // The paragraphs right after the title are the summary in words.
    return document.blocks.dropFirst().prefix(while: {
      if case .paragraph = $0 { return true }
      return false
    }).compactMap { block in
      guard case .paragraph(let inlines) = block else { return nil }
      return inlines.map(plain).joined()
    }
  }

  private static func plain(_ inline: ReportDocument.Inline) -> String {
    switch inline {
    case .text(let text): text
    case .strong(let inner), .emphasis(let inner): inner.map(plain).joined()
    case .link(let inner, _): inner.map(plain).joined()
    }
  }
}
