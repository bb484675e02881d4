/// The citations a publication has received, as the input counts them (OpenAlex's
/// `cited_by_count` and `counts_by_year`, a Web of Science `TC`, a BibTeX `citations` field).
///
/// Only inputs that carry counts have them: pubreport never looks citations up, and a
/// publication without them is not "cited 0 times".
public struct Citations: Sendable, Hashable, Codable {
  /// Citations received in one calendar year.
  public struct YearCount: Sendable, Hashable, Codable {
    public var year: Int
    public var count: Int

    public init(year: Int, count: Int) {
      self.year = year
      self.count = count
    }
  }

  /// Every citation counted, in all years.
  public var total: Int
  /// Citations received per year, oldest first; empty when the input gives only a total.
  /// NB: OpenAlex counts only the last ten years, so the years may sum to less than `total`.
  public var byYear: [YearCount]

  public init(total: Int, byYear: [YearCount] = []) {
    self.total = total
    self.byYear = byYear.sorted { $0.year < $1.year }
  }
}
