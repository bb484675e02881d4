import Analysis
import Publications

/// The report's charts in report order: the one list the pipeline draws, the report embeds and
/// the tests check.
package struct ReportCharts: Sendable {
  /// Per year, venues, cumulative, citations per year (when the inputs count them), (when
  /// there are links) the co-author network, and co-authors by country (when the inputs name
  /// institutions in two countries or more).
  package var overview: [ChartSpec]
  /// Topics over the years and the topic map, shown in the Topics section.
  package var topics: [ChartSpec]

  /// Every chart, in drawing order.
  package var all: [ChartSpec] { overview + topics }

  /// The charts of an analysis: the year charts over every year (the window's years marked),
  /// the venues and network of the window, the topics of every year.
  package init(_ analysis: PublicationAnalysis, options: PublicationCharts.Options) {
    overview = [
      PublicationCharts.perYear(analysis.publications, options: options),
      PublicationCharts.venues(analysis.inWindow, stats: analysis.windowStats, options: options),
      PublicationCharts.cumulative(analysis.publications, options: options),
    ] + [
      PublicationCharts.citationsPerYear(analysis.citations, options: options),
      analysis.network.map { PublicationCharts.network($0, options: options) },
      PublicationCharts.coauthorsByCountry(analysis.affiliations, options: options),
    ].compactMap { $0 }
    topics =
      analysis.topics.map { model in
        [
          PublicationCharts.topicsPerYear(analysis.publications, topics: model, options: options),
          PublicationCharts.topicMap(topics: model, options: options),
        ].compactMap { $0 }
      } ?? []
  }
}
