import Foundation

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
  /// How many lines of the page the block takes with its fences: the body starts after them.
  let lineCount: Int

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
    lineCount = end + 1
  }

  /// A whole file in one language: a site's configuration (`config.toml`).
  init(_ text: String, language: Language) {
    self.language = language
    self.text = text
    firstLine = 1
    lineCount = 0
  }

  /// The lines of `page` after the block: the page's body.
  func bodyLines(of page: String) -> ArraySlice<Substring> {
    page.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(lineCount)
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

// MARK: - Values

extension FrontMatter {
  /// The block's keys and values read in its language with the standard limits, or nil when
  /// they can't be read: for the site's own files (a profile, the configuration), where a
  /// broken one names no one rather than raising a diagnostic.
  var mapping: [String: Any]? {
    let loaded = language == .toml ? try? tomlMapping() : try? SafeYAML.load(text)
    return loaded as? [String: Any]
  }
}

// MARK: - TOML

extension FrontMatter {
  /// The TOML block as the values the YAML loader gives (see `TOMLReader`).
  ///
  /// - Throws: `TOMLReader.Problem`, its line counted in the page.
  func tomlMapping(depthLimit: Int = ReadingLimits.standard.nestingDepth) throws -> [String: Any] {
    do {
      return try TOMLReader.read(text, depthLimit: depthLimit)
    } catch var problem as TOMLReader.Problem {
      problem.line += firstLine - 1
      throw problem
    }
  }
}
