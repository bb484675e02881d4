import Foundation

/// Jekyll's `{% include %}`: an included file is read under the headings its directive sits
/// under, as the built page shows it.
extension HomepageReader {
  /// Reads each file `includes` names, under the headings its directive sits under.
  func readIncludes(
    _ includes: [PagePreprocessor.Include], of file: String, sections: [PageSection], siteListsPublications: Bool,
    visited: inout Set<String>
  ) -> ParseResult {
    var result = ParseResult()
    guard let resolveInclude else { return result }
    for include in includes {
      guard Self.staysInSite(include.path) else {
        result.diagnostics.append(
          Diagnostic(at: SourceLocation(file: file, line: include.line), .includeOutsideSite(path: include.path)))
        continue
      }
      guard let included = resolveInclude(file, include.path) else {
        // NB: `{% include base_path %}` (academicpages) sets a Liquid variable: a theme's helper
        // without a file extension holds no publications to miss.
        if !(include.path as NSString).pathExtension.isEmpty {
          result.diagnostics.append(
            Diagnostic(at: SourceLocation(file: file, line: include.line), .includeNotFound(path: include.path)))
        }
        continue
      }
      guard visited.insert(included.name).inserted else {
        result.diagnostics.append(
          Diagnostic(at: SourceLocation(file: file, line: include.line), .includeCycle(path: include.path)))
        continue
      }
      let page = PagePreprocessor.process(included.text, nestingLimit: limits.nestingDepth)
      result.append(
        readPage(
          page, file: included.name, inherited: Self.inheritedHeadings(at: include.line, in: sections), isIncluded: true,
          siteListsPublications: siteListsPublications, visited: &visited))
    }
    return result
  }

  /// The section a line of the page sits in.
  static func section(at line: Int, in sections: [PageSection]) -> PageSection? {
    sections.last { $0.firstLine <= line }
  }

  /// Jekyll's rule for include paths: relative, and no `..` step, so a page cannot pull in
  /// files from outside its site (a page read in CI must not put `/etc/passwd` in a report).
  private static func staysInSite(_ path: String) -> Bool {
    !path.hasPrefix("/") && !path.hasPrefix("~") && !path.split(separator: "/").contains("..")
  }

  /// The heading path of an include directive at `line`, for the file it brings in.
  private static func inheritedHeadings(at line: Int, in sections: [PageSection]) -> [(String, PageSection.Role, Int)] {
    (section(at: line, in: sections)?.headings ?? []).enumerated().map { (index, heading) in
      (heading, PageSection.Role.classify(heading), index + 1)
    }
  }

  /// Whether `page` or a file it includes (at any depth) has a publication section.
  func listsPublications(
    _ page: PagePreprocessor.Result, file: String, inherited: [(String, PageSection.Role, Int)], seen: inout Set<String>
  ) -> Bool {
    let sections = Self.sections(of: page, inherited: inherited)
    if sections.contains(where: { $0.role == .publications }) { return true }
    guard let resolveInclude else { return false }
    for include in page.includes where Self.staysInSite(include.path) {
      guard let included = resolveInclude(file, include.path), seen.insert(included.name).inserted else { continue }
      let inner = PagePreprocessor.process(included.text, nestingLimit: limits.nestingDepth)
      if listsPublications(inner, file: included.name, inherited: Self.inheritedHeadings(at: include.line, in: sections), seen: &seen) {
        return true
      }
    }
    return false
  }
}
