import Analysis
import Publications

/// The readable list `pubreport names` prints.
package enum NamesText {
  package static func render(_ candidates: [LikelyDuplicates.Candidate]) -> String {
    guard !candidates.isEmpty else { return "No likely duplicate names." }
    var lines = [counted(candidates.count, "possible duplicate") + " (not merged; merge with --aliases):"]
    for candidate in candidates {
      lines.append("")
      lines.append("  " + candidate.names.joined(separator: "  /  ") + "  — " + candidate.reason)
      for (name, ids) in zip(candidate.names, candidate.publications) {
        let shown = ids.prefix(4).joined(separator: ", ") + (ids.count > 4 ? ", … (\(ids.count) in all)" : "")
        lines.append("    \(name): \(shown)")
      }
    }
    return lines.joined(separator: "\n")
  }
}
