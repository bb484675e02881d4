import Foundation
import Publications

/// The readable summary `pubreport stats` prints without `--json`.
package enum StatsText {
  package static func render(_ stats: StatsDocument) -> String {
    var lines = [counted(stats.publications, "publication")]
    if !stats.owners.isEmpty { lines.append("owners: " + stats.owners.joined(separator: ", ")) }
    lines.append("people: \(stats.people), co-author pairs: \(stats.coauthorPairs)")
    if let citations = stats.citations {
      lines.append("citations: \(citations.total), h-index \(citations.hIndex), i10-index \(citations.i10Index)")
    }
    lines.append("")
    lines.append("per year:")
    // Newest first; "unknown" last.
    for (year, count) in stats.years.sorted(by: { ($0.key == "unknown" ? "" : $0.key) > ($1.key == "unknown" ? "" : $1.key) }) {
      lines.append("  \(year.padding(toLength: 7, withPad: " ", startingAt: 0)) \(count)")
    }
    lines.append("")
    lines.append("per venue:")
    for venue in stats.venues { lines.append("  \(venue.count)  \(venue.name) (\(venue.kind))") }
    if stats.withoutVenue > 0 { lines.append("  \(stats.withoutVenue)  (no venue)") }
    if !stats.warnings.isEmpty { lines.append("\n" + counted(stats.warnings.count, "warning") + " (see above)") }
    return lines.joined(separator: "\n")
  }
}
