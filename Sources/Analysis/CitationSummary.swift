import Publications

/// Citation indicators of a list, from the counts its inputs carry (OpenAlex, Web of Science,
/// Scopus): the total, the h-index, the i10-index, and the citations received each year.
///
/// nil (via `init?`) when no publication carries a count: a list without citation data has no
/// h-index of 0, it has none.
public struct CitationSummary: Sendable, Hashable, Codable {
  /// Every citation of every publication that has a count.
  public var total: Int
  /// The largest h such that h publications have at least h citations each (Hirsch 2005).
  public var hIndex: Int
  /// Publications with at least ten citations (Google Scholar's i10-index).
  public var i10Index: Int
  /// Citations received in each calendar year, summed over the publications
  /// (`counts_by_year`); empty when the inputs give totals only.
  public var perYear: [Int: Int]
  /// How many publications carry a count.
  public var publicationsWithCounts: Int

  /// The summary of `publications`; nil when none carries a citation count.
  ///
  /// - Complexity: O(n log n) for n publications (the counts are sorted for the h-index).
  public init?(_ publications: [Publication]) {
    let counted = publications.compactMap(\.citations)
    guard !counted.isEmpty else { return nil }
    let totals = counted.map(\.total).sorted(by: >)
    total = totals.reduce(0, +)
    hIndex = totals.enumerated().prefix { $0.element >= $0.offset + 1 }.count
    i10Index = totals.filter { $0 >= 10 }.count
    var perYear: [Int: Int] = [:]
    for citations in counted {
      for entry in citations.byYear { perYear[entry.year, default: 0] += entry.count }
    }
    self.perYear = perYear
    publicationsWithCounts = counted.count
  }

  /// Citations received in `years` (a report window), from the per-year counts.
  public func received(in years: ClosedRange<Int>) -> Int {
    perYear.filter { years.contains($0.key) }.values.reduce(0, +)
  }
}
