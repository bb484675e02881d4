import Foundation

/// The words of a shields.io static badge, read from its address when its image has no alt
/// text: `![](https://img.shields.io/badge/2025-red)` shows "2025",
/// `…/badge/2023_07-Shenzhen%2C%20China-red` shows "2023 07 Shenzhen, China".
///
/// Shields' own rules (shields.io/badges/static-badge): the path is `LABEL-MESSAGE-COLOR` or
/// `MESSAGE-COLOR`; `--` is a dash, `__` an underscore, `_` a space.
enum ShieldBadge {
  /// Whether an image's alt text says nothing of its own: shields.io's copy-paste snippet writes
  /// `alt="Static Badge"` on every badge (ChenHsing.github.io: `<img alt="Static Badge"
  /// src="https://img.shields.io/badge/ECCV-2026-8A2BE2">`), so the address says what it shows.
  static func isPlaceholder(alt: String) -> Bool {
    ["static badge", "badge", "shields badge"].contains(alt.lowercased())
  }

  /// The badge's label and message, or nil when `url` is no shields.io static badge.
  static func text(ofImageAt url: String) -> String? {
    if url.contains("img.shields.io/static/") { return queryText(ofImageAt: url) }
    guard let badge = url.range(of: "img.shields.io/badge/") else { return nil }
    let path = url[badge.upperBound...].prefix { $0 != "?" && $0 != "#" && $0 != ")" && $0 != " " }
    let escaped = path.replacingOccurrences(of: "--", with: "\u{1}").replacingOccurrences(of: "__", with: "\u{2}")
    let parts = escaped.split(separator: "-", omittingEmptySubsequences: false).dropLast()
    let words = parts.map { part in
      let spaced = part.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "\u{1}", with: "-")
        .replacingOccurrences(of: "\u{2}", with: "_")
      return spaced.removingPercentEncoding ?? spaced
    }
    let text = words.joined(separator: " ").collapsingWhitespace()
    return text.isEmpty ? nil : text
  }

  /// The older form, `…/static/v1?label=EMNLP&message=2025&color=grey` (aurora-cx.github.io):
  /// the label and message are query parameters.
  private static func queryText(ofImageAt url: String) -> String? {
    guard let query = url.split(separator: "?", maxSplits: 1).dropFirst().first else { return nil }
    var parts: [String: String] = [:]
    for pair in query.split(separator: "&") {
      let field = pair.split(separator: "=", maxSplits: 1)
      guard field.count == 2 else { continue }
      let value = String(field[1]).replacingOccurrences(of: "+", with: " ")
      parts[String(field[0])] = value.removingPercentEncoding ?? value
    }
    let text = [parts["label"], parts["message"]].compactMap { $0 }.joined(separator: " ").collapsingWhitespace()
    return text.isEmpty ? nil : text
  }
}
