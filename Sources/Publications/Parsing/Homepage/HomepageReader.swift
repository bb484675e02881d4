import Foundation

/// Reads a researcher's homepage (AcadHomepage and similar Jekyll pages: Markdown mixed with
/// HTML) the way a careful human reader does.
///
/// Pipeline, per file:
///
///     text → PagePreprocessor (comments, front matter, Liquid out; includes noted)
///          → SectionSplitter (only publication sections go on)
///          → EntrySegmenter (libxml2 DOM → <li>, paper-boxes, Markdown items)
///          → EntryInterpreter (title, authors, venue, year, notes, links)
///          → the owner's name glued to a title given back (+GluedNames)
///          → duplicates listed twice on the page merged
public struct HomepageReader: PublicationReader {
  /// A file an include directive names, as the caller found it.
  public struct IncludedFile: Sendable {
    public var name: String
    public var text: String

    public init(name: String, text: String) {
      self.name = name
      self.text = text
    }
  }

  /// Finds the text of `{% include_relative path %}` written in `file`; nil when missing.
  public typealias IncludeResolver = @Sendable (_ file: String, _ path: String) -> IncludedFile?

  public var catalog: VenueCatalog
  public var resolveInclude: IncludeResolver?
  public var limits = ReadingLimits.standard

  public init(catalog: VenueCatalog = .standard, resolveInclude: IncludeResolver? = nil) {
    self.catalog = catalog
    self.resolveInclude = resolveInclude
  }

  /// A reader that follows includes on disk, as a command reads pages.
  public init(context: ReadingContext) {
    self.init(catalog: context.catalog, resolveInclude: IncludedFiles.resolver(maximumSize: context.limits.fileSize))
    limits = context.limits
  }

  /// Reads the publications on each page, page by page.
  ///
  /// - Returns: the publications in page order, each listed once, with the diagnostics.
  /// - Complexity: linear in the size of the pages for the pages people write.
  public func read(_ inputs: consuming [ReaderInput]) -> ParseResult {
    var result = ParseResult()
    for input in inputs {
      let page = read(page: input.text, file: input.name)
      if page.publications.isEmpty { result.inputsWithoutPublications.append(input.name) }
      result.append(page)
    }
    return result
  }

  /// Reads the publications on a page.
  ///
  /// - Parameters:
  ///   - text: the decoded page (see `TextDecoder`).
  ///   - file: the name used in sources and diagnostics.
  private func read(page text: String, file: String) -> ParseResult {
    let page = PagePreprocessor.process(text, nestingLimit: limits.nestingDepth)
    var walk = IncludeWalk(root: file)
    // NB: an about page often only includes its parts (intro.md, news.md, pub.md): when one part
    // holds the publication list, the lists of the others (a team, projects) are no papers.
    var seen: Set<String> = [file]
    let listsPublications = !page.includes.isEmpty && listsPublications(page, file: file, inherited: [], seen: &seen, walk: &walk)
    walk.siteListsPublications = listsPublications
    var result = readPage(page, file: file, inherited: [], isIncluded: false, walk: &walk)
    Self.separateGluedNames(in: &result)
    Self.removingTemplateExamples(from: &result)
    result.publications = mergingDuplicates(result.publications, diagnostics: &result.diagnostics)
    return result
  }

  /// - Parameters:
  ///   - page: the page, preprocessed.
  ///   - isIncluded: whether another page includes this one.
  ///   - walk: the files of this reading, and whether one of them has a publication section.
  func readPage(
    _ page: PagePreprocessor.Result, file: String, inherited: [(String, PageSection.Role, Int)], isIncluded: Bool,
    walk: inout IncludeWalk
  ) -> ParseResult {
    var result = ParseResult()
    if let line = page.unclosedCommentLine {
      result.diagnostics.append(Diagnostic(at: SourceLocation(file: file, line: line), .unclosedComment))
    }
    if let line = page.tooDeepLine {
      result.diagnostics.append(Diagnostic(at: SourceLocation(file: file, line: line), .nestingTooDeep(limit: limits.nestingDepth)))
    }
    // NB: a heading whose list an include brings in ("# Publications" over `{% include_relative
    // includes/pub.md %}`) is blank here, yet it is the page's publication section and the
    // heading the included entries sit under.
    let allSections = Self.sections(of: page, inherited: inherited)
    let sections = allSections.filter { !$0.isBlank }
    let includesPublications = page.includes.contains { Self.section(at: $0.line, in: allSections)?.role == .publications }
    let hasPublicationSection = sections.contains { $0.role == .publications } || includesPublications
    let hasHeadings = sections.contains { !$0.headings.isEmpty }
    let interpreter = EntryInterpreter(catalog: catalog, file: file, maximumEntryLength: limits.entryLength)
    for section in sections {
      let counted =
        section.role == .publications || (!hasPublicationSection && !walk.siteListsPublications && section.role == .unspecified)
      guard counted else { continue }
      for outcome in Self.interpret(EntrySegmenter.entries(in: section), section: section, with: interpreter) {
        switch outcome {
        case .publication(let publication, let diagnostics):
          result.publications.append(publication)
          result.diagnostics += diagnostics
        case .skipped(let diagnostics):
          result.diagnostics += diagnostics
        }
      }
    }
    // NB: "{% for pub in site.data.publications %}" (xuweiwen.github.io): a list the site
    // builds from its `_data/` files, which pubreport does not read; said, not passed over.
    // Only a loop over a list of papers: by its place or its name ("publist2025", not "news").
    if result.publications.isEmpty {
      for loop in page.dataLoops
      where Self.section(at: loop.line, in: allSections)?.role == .publications
        || ["pub", "paper", "article"].contains(where: loop.name.lowercased().contains)
      {
        result.diagnostics.append(Diagnostic(at: SourceLocation(file: file, line: loop.line), .listFromSiteData(name: loop.name)))
      }
    }
    result.append(readIncludes(page.includes, of: file, sections: allSections, walk: &walk))
    // NB: said of the page a user gave, with what it includes: of a site whose about page only
    // includes its parts, `news.md` and `intro.md` hold no list, and need none.
    if !isIncluded && result.publications.isEmpty && !hasPublicationSection && (hasHeadings || !page.includes.isEmpty) {
      result.diagnostics.append(Diagnostic(at: SourceLocation(file: file, line: 1), .noPublicationSection))
    }
    return result
  }

  /// Each entry read, in page order: on all threads for a long list (a page of thousands of
  /// entries, a generated one), since each entry is read on its own.
  private static func interpret(
    _ entries: [StyledEntry], section: PageSection, with interpreter: EntryInterpreter
  ) -> [EntryInterpreter.Outcome] {
    guard entries.count >= 64 else { return entries.map { interpreter.interpret($0, section: section) } }
    return Parallelism.map(entries.count, inParts: Parallelism.threads) { range in
      range.map { interpreter.interpret(entries[$0], section: section) }
    }.flatMap { $0 }
  }

  /// The page's sections. A Jekyll or Hugo page titled "Publications" in its front matter is
  /// that section: without a heading of its own its body is the publication list, and headings
  /// that say neither publications nor something else ("## 2024", "### Journals") divide it.
  static func sections(of page: PagePreprocessor.Result, inherited: [(String, PageSection.Role, Int)])
    -> [PageSection]
  {
    var sections = SectionSplitter.sections(of: page.text, inherited: inherited)
    if inherited.isEmpty, let title = page.frontMatterTitle, PageSection.Role.classify(title) == .publications {
      if sections.contains(where: { !$0.headings.isEmpty && !$0.isBlank }) {
        for index in sections.indices where sections[index].role == .unspecified && !sections[index].headings.isEmpty {
          sections[index].role = .publications
        }
      } else {
        sections = SectionSplitter.sections(of: page.text, inherited: [(title, .publications, 0)])
      }
    }
    for index in sections.indices { sections[index].commentLines = page.commentLines }
    return sections
  }

  /// Keeps the first listing of each paper, completed with what later listings add.
  private func mergingDuplicates(_ publications: [Publication], diagnostics: inout [Diagnostic]) -> [Publication] {
    let merged = DuplicateMerger.merge(publications)
    diagnostics += merged.pairs.map { pair in
      Diagnostic(.note, at: pair.merged, .duplicateEntry(title: pair.mergedTitle, first: pair.kept))
    }
    // NB: a featured paper-box with no year, dated by the same paper in the full list below
    // (atongwang.github.io), is no longer "counted as unknown": its warning goes, and so do
    // "names no venue" and "names no authors" when the other listing names them
    // (15717985905.github.io's boxes, whose venues are in the list below).
    let completed = Dictionary(merged.publications.map { ($0.source, $0) }, uniquingKeysWith: { first, _ in first })
    var stale: Set<String> = []
    for publication in publications {
      guard let kept = completed[publication.source] else { continue }
      if publication.year == nil, kept.year != nil {
        stale.insert(Diagnostic.Message.missingYear(title: publication.title, venue: publication.venue?.name).text)
      }
      if publication.venue == nil, kept.venue != nil { stale.insert(Diagnostic.Message.missingVenue(title: publication.title).text) }
      if publication.authors.isEmpty, !kept.authors.isEmpty {
        stale.insert(Diagnostic.Message.missingAuthors(title: publication.title).text)
      }
    }
    if !stale.isEmpty { diagnostics.removeAll { $0.severity == .warning && stale.contains($0.message) } }
    return merged.publications
  }
}

extension HomepageReader {
  public static let format = InputFormat("homepage")
  public static let expectedContent = "a section such as '# Publications' with one entry per paper"

  /// Any text can be Markdown: a homepage is what no other reader recognises.
  public static func recognition(of text: String, path: String) -> InputFormat.Recognition { .fallback }

  /// A Jekyll site folder: its home page is `_pages/about.md`.
  public static func inputs(inFolder folder: String, reading: (String) throws -> ReaderInput) throws -> [ReaderInput]? {
    let about = (folder as NSString).appendingPathComponent("_pages/about.md")
    guard FileManager.default.fileExists(atPath: about) else { return nil }
    var input = try reading(about)
    input.origin = folder
    return [input]
  }
}
