import Analysis
import Publications

/// The window in words: its count beside the same-length window before, the owners' roles, and
/// the collaborators and topics that are new in it.
enum WindowSummary {
  static func sentences(_ window: YearWindow, analysis: PublicationAnalysis) -> [ReportDocument.Inline] {
    let publications = analysis.publications
    let current = window.filter(publications)
    let before = window.previous.filter(publications)
    var parts = ["\(current.count) publication\(current.count == 1 ? "" : "s") in \(window.label)"]
    if before.isEmpty {
      parts[0] += ", none in \(window.previous.label)."
    } else {
      let change = (Double(current.count - before.count) / Double(before.count) * 100).rounded()
      parts[0] += " against \(before.count) in \(window.previous.label) (\(change >= 0 ? "+" : "")\(Int(change)) %)."
    }
    let first = current.filter { $0.authors.first?.isOwner == true }.count
    // A cut list (et al.) hides who is last.
    let last = current.filter { !$0.isAuthorListTruncated && $0.authors.count > 1 && $0.authors.last?.isOwner == true }.count
    let equal = current.filter { $0.authors.contains { $0.isOwner && $0.markers.contains(.equalContribution) } }.count
    parts.append("As first author: \(first); as last author: \(last); with equal contribution: \(equal).")
    if let citations = analysis.citations, !citations.perYear.isEmpty {
      parts.append("Citations received in \(window.label): \(citations.received(in: window.years)).")
    }
    let newNames = analysis.collaborators.years.filter { window.years.contains($0.year) }.flatMap(\.new)
    if !newNames.isEmpty {
      parts.append("New collaborators: " + ReportSummary.list(newNames) + ".")
    }
    if let topics = analysis.topics { parts += topicSentences(topics, window: window) }
    return [.text(parts.joined(separator: " "))]
  }

  /// "Topics active in 2024: a (3), b (2); new in 2024: b." A topic is new when its first
  /// publication falls in the window.
  private static func topicSentences(_ model: TopicModel, window: YearWindow) -> [String] {
    let active = model.topics.filter { TopicSection.count($0, in: window) > 0 }
      .sorted { (TopicSection.count($0, in: window), -$0.number) > (TopicSection.count($1, in: window), -$1.number) }
    guard !active.isEmpty else { return [] }
    var sentence = "Topics active in \(window.label): " + active.map { "\($0.label) (\(TopicSection.count($0, in: window)))" }.joined(separator: "; ")
    let new = active.filter { ($0.activeYears?.lowerBound ?? Int.min) >= window.since }
    sentence += new.isEmpty ? "; none new." : "; new in \(window.label): " + new.map(\.label).joined(separator: "; ") + "."
    return [sentence]
  }
}
