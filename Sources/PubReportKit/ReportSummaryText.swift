import Report

/// The report's summary as plain paragraphs, for the cover page of `charts.pdf`.
enum ReportSummaryText {
  /// The summary section's paragraphs, without their Markdown emphasis and links.
  static func paragraphs(_ summary: [ReportDocument.Block]) -> [String] {
    summary.compactMap { block in
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
