import Foundation

/// Jekyll's `{% include %}`: an included file is read under the headings its directive sits
/// under, as the built page shows it.
extension HomepageReader {
  /// One reading of a page with the files it includes: each file found and preprocessed once
  /// (the check for a publication section and the reading both go through it), the files read
  /// so far (an include cycle is read once), and whether any file has a publication section.
  struct IncludeWalk {
    /// Every file read so far: a file included twice is read once.
    var visited: Set<String>
    /// The files being read, the page first and the innermost include last: an include of one
    /// of them is a cycle.
    var reading: [String]
    var siteListsPublications = false
    /// Per including file and path, the file found and preprocessed; nil when none is.
    private var found: [String: (name: String, page: PagePreprocessor.Result)?] = [:]

    init(root: String) {
      visited = [root]
      reading = [root]
    }

    /// The file `path` names from `file`, preprocessed, found once per reading.
    mutating func page(
      _ path: String, of file: String, resolve: IncludeResolver, nestingLimit: Int
    ) -> (name: String, page: PagePreprocessor.Result)? {
      let key = file + "\u{0}" + path
      if let known = found[key] { return known }
      let page = resolve(file, path).map { ($0.name, PagePreprocessor.process($0.text, nestingLimit: nestingLimit)) }
      found[key] = page
      return page
    }
  }

  /// Reads each file `includes` names, under the headings its directive sits under.
  func readIncludes(
    _ includes: [PagePreprocessor.Include], of file: String, sections: [PageSection], walk: inout IncludeWalk
  ) -> ParseResult {
    var result = ParseResult()
    guard let resolveInclude else { return result }
    for include in includes {
      guard Self.staysInSite(include.path) else {
        result.diagnostics.append(
          Diagnostic(at: SourceLocation(file: file, line: include.line), .includeOutsideSite(path: include.path)))
        continue
      }
      guard let included = walk.page(include.path, of: file, resolve: resolveInclude, nestingLimit: limits.nestingDepth)
      else {
        // NB: `{% include base_path %}` (academicpages) sets a Liquid variable: a theme's helper
        // without a file extension holds no publications to miss.
        if !(include.path as NSString).pathExtension.isEmpty {
          result.diagnostics.append(
            Diagnostic(at: SourceLocation(file: file, line: include.line), .includeNotFound(path: include.path)))
        }
        continue
      }
      let location = SourceLocation(file: file, line: include.line)
      if walk.reading.contains(included.name) {
        result.diagnostics.append(Diagnostic(at: location, .includeCycle(path: include.path)))
        continue
      }
      // NB: a page that includes a file twice (once inside `{% if site.show_sections.x %}`, once
      // without, ShallweLucky.github.io) lists its papers once.
      guard walk.visited.insert(included.name).inserted else {
        result.diagnostics.append(Diagnostic(.note, at: location, .includeRepeated(path: include.path)))
        continue
      }
      walk.reading.append(included.name)
      result.append(
        readPage(
          included.page, file: included.name, inherited: Self.inheritedHeadings(at: include.line, in: sections),
          isIncluded: true, walk: &walk))
      walk.reading.removeLast()
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
  ///
  /// - Parameter seen: the files looked at so far (an include cycle is looked at once).
  func listsPublications(
    _ page: PagePreprocessor.Result, file: String, inherited: [(String, PageSection.Role, Int)], seen: inout Set<String>,
    walk: inout IncludeWalk
  ) -> Bool {
    let sections = Self.sections(of: page, inherited: inherited)
    if sections.contains(where: { $0.role == .publications }) { return true }
    guard let resolveInclude else { return false }
    for include in page.includes where Self.staysInSite(include.path) {
      guard let included = walk.page(include.path, of: file, resolve: resolveInclude, nestingLimit: limits.nestingDepth),
        seen.insert(included.name).inserted
      else { continue }
      let headings = Self.inheritedHeadings(at: include.line, in: sections)
      if listsPublications(included.page, file: included.name, inherited: headings, seen: &seen, walk: &walk) {
        return true
      }
    }
    return false
  }
}
