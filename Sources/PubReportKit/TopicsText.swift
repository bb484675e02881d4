import Foundation
import Publications

/// `pubreport topics` as text: one block per topic.
package enum TopicsText {
  package static func render(_ document: TopicsDocument) -> String {
    var lines: [String] = []
    let total = document.topics.reduce(0) { $0 + $1.size }
    let how = document.silhouette.map { " (chosen by silhouette, \(formatted($0)))" } ?? ""
    lines.append("\(counted(document.topics.count, "topic")) in \(counted(total, "publication"))\(how)")
    for topic in document.topics {
      lines.append("")
      let years = [topic.firstYear, topic.lastYear].compactMap { $0 }.map(String.init)
      let span = years.isEmpty ? "" : ", " + (years[0] == years[1] ? years[0] : "\(years[0])–\(years[1])")
      lines.append("\(topic.number). \(topic.label) — \(counted(topic.size, "publication"))\(span)")
      lines.append("   terms: \(topic.terms.joined(separator: ", "))")
      if !topic.venues.isEmpty {
        lines.append("   venues: \(topic.venues.map { "\($0.name) (\($0.count))" }.joined(separator: ", "))")
      }
      for title in topic.representative { lines.append("   · \(title)") }
    }
    if !document.unassigned.isEmpty {
      lines.append("")
      lines.append("Without usable words in title or abstract: \(document.unassigned.joined(separator: ", "))")
    }
    return lines.joined(separator: "\n")
  }

  private static func formatted(_ value: Double) -> String {
    String(format: "%.3f", value)
  }
}
