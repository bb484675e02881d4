/// Stable identifiers for publications without a key of their own.
public enum PublicationID {
  /// `<year>-<first words of the title>`, lowercase ASCII: readable and stable across runs.
  public static func make(title: String, year: Int?) -> String {
    let words = title.matchingKey.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).prefix(6)
    let slug = words.joined(separator: "-")
    return "\(year.map(String.init) ?? "nd")-\(slug.isEmpty ? "untitled" : slug)"
  }
}
