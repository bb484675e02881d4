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
}
