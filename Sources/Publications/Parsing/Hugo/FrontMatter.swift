import Foundation
import TOMLKit

/// The metadata block at the top of a page: YAML between `---` lines (Hugo Blox, Jekyll), or
/// TOML between `+++` lines (Hugo; every page of the Academic theme before 2020 was written so,
/// `authors = ["A", "B"]`).
struct FrontMatter {
  enum Language {
    case yaml
    case toml
  }

  let language: Language
  /// The block without its fences.
  let text: String
  /// The file line the block starts on: the line after the opening fence.
  let firstLine: Int

  /// The front matter of `page`, when the page opens with a fence that is closed later.
  init?(page: String) {
    let lines = page.split(separator: "\n", omittingEmptySubsequences: false)
    guard let opening = lines.first?.trimmed(), opening == "---" || opening == "+++" else { return nil }
    let isTOML = opening == "+++"
    // NB: YAML may end its block with "..." (the document end marker); TOML only with "+++".
    guard let end = lines.dropFirst().firstIndex(where: { isTOML ? $0.trimmed() == "+++" : ($0.trimmed() == "---" || $0.trimmed() == "...") })
    else { return nil }
    language = isTOML ? .toml : .yaml
    text = lines[1..<end].joined(separator: "\n")
    firstLine = 2
  }

  /// A whole file in one language: a site's configuration (`config.toml`).
  init(_ text: String, language: Language) {
    self.language = language
    self.text = text
    firstLine = 1
  }

  /// The page line on which `key` is set at the top level, or the block's first line.
  func line(of key: String) -> Int {
    let index = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { line in
      guard line.hasPrefix(key) else { return false }
      let rest = line.dropFirst(key.count).drop { $0 == " " || $0 == "\t" }
      return rest.hasPrefix(language == .yaml ? ":" : "=")
    }
    return firstLine + (index ?? 0)
  }
}

// MARK: - TOML

extension FrontMatter {
  /// A TOML syntax error: the page line it is on and what is wrong.
  struct TOMLProblem: Error {
    var line: Int
    var message: String
  }

  /// The TOML block as the values the YAML loader gives: `String`, `Int`, `Double`, `Bool`,
  /// `[Any]` and `[String: Any]`; dates and times as their TOML text ("2019-09-01"), which the
  /// reader takes the year from.
  ///
  /// - Throws: `TOMLProblem` when the block is not valid TOML.
  func tomlMapping() throws -> [String: Any] {
    do {
      return Self.mapping(try TOMLTable(string: text))
    } catch let error as TOMLParseError {
      throw TOMLProblem(line: firstLine + max(0, error.source.begin.line - 1), message: error.description)
    }
  }

  private static func mapping(_ table: TOMLTable) -> [String: Any] {
    var mapping: [String: Any] = [:]
    for (key, value) in table { mapping[key] = plain(value) }
    return mapping
  }

  private static func plain(_ value: TOMLValueConvertible) -> Any {
    if let text = value.string { return text }
    if let flag = value.bool { return flag }
    if let number = value.int { return number }
    if let number = value.double { return number }
    if let table = value.table { return mapping(table) }
    if let array = value.array { return array.map(plain) }
    if let date = value.date { return text(date) }
    if let moment = value.dateTime { return text(moment.date) }
    return value.debugDescription
  }

  private static func text(_ date: TOMLDate) -> String {
    String(format: "%04d-%02d-%02d", date.year, date.month, date.day)
  }
}
