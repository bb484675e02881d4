import Foundation

/// A site that keeps one page per paper, with the paper's data in the page's YAML front matter:
/// a Hugo Blox site (the site folder, its `content/`, or its `content/publication/`, a
/// `<slug>/index.md` per paper), or an academicpages Jekyll site (the site folder or its
/// `_publications/`, a `<date>-<slug>.md` per paper).
struct HugoSite {
  /// How the site lays its pages out.
  enum Layout {
    /// Hugo Blox: `<slug>/index.md`, with `cite.bib` beside it; or `<slug>.md`, as the Academic
    /// theme laid its pages out before page bundles (2017-2019).
    case bundles
    /// academicpages: `_publications/*.md`.
    case collection
  }

  /// `content/publication` or `_publications`.
  let publications: URL
  let layout: Layout
  /// `content/authors`.
  let authors: URL

  /// The companion name of an author's profile page: `authors/<slug>`.
  static let profilePrefix = "authors/"
  /// The companion name of the site's title, from its configuration (`title: Luca Fortini`).
  static let siteTitleKey = "site/title"

  /// The names of the Hugo section of publication pages: `publications` since Hugo Blox 2024
  /// (Aelphy/aelphy.github.io, with the profiles in `data/authors/`), `publication` before.
  private static let sectionNames = ["publication", "publications"]

  /// The site's folder, above `content/`.
  private var siteFolder: URL { authors.deletingLastPathComponent().deletingLastPathComponent() }

  /// The site at `path`, when `path` is a folder holding Hugo publication pages.
  static func find(at path: String) -> HugoSite? {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
    let root = URL(fileURLWithPath: path)
    let candidates = sectionNames.flatMap { [root.appendingPathComponent("content/\($0)"), root.appendingPathComponent($0)] }
      + languageFolders(in: root.appendingPathComponent("content")).flatMap { folder in sectionNames.map { folder.appendingPathComponent($0) } }
      + [root]
    for candidate in candidates {
      let pages = (try? FileManager.default.contentsOfDirectory(atPath: candidate.path)) ?? []
      let hasBundles = pages.contains { FileManager.default.fileExists(atPath: candidate.appendingPathComponent("\($0)/index.md").path) }
      // NB: only a folder named `publication` is taken for one of single-file pages: any
      // folder of Markdown files (a homepage's) would otherwise be read as a Hugo site.
      if hasBundles || sectionNames.contains(candidate.lastPathComponent) && !singlePages(in: candidate).isEmpty {
        let content = candidate.deletingLastPathComponent()
        return HugoSite(publications: candidate, layout: .bundles, authors: content.appendingPathComponent("authors"))
      }
    }
    for candidate in [root.appendingPathComponent("_publications"), root] where isCollection(candidate) {
      return HugoSite(publications: candidate, layout: .collection, authors: candidate.appendingPathComponent("authors"))
    }
    return nil
  }

  /// A folder named `_publications` with Markdown pages, or any folder whose Markdown pages say
  /// `collection: publications` (academicpages writes it in every page's front matter).
  private static func isCollection(_ folder: URL) -> Bool {
    let pages = collectionPages(in: folder)
    guard !pages.isEmpty else { return false }
    if folder.lastPathComponent == "_publications" { return true }
    return pages.prefix(3).contains { page in
      let head = (try? String(contentsOf: folder.appendingPathComponent(page), encoding: .utf8))?.prefix(2_000) ?? ""
      return head.hasPrefix("---") && head.contains("\ncollection: publications")
    }
  }

  /// The Markdown pages of a collection folder, sorted (editor backups and dot files left out).
  private static func collectionPages(in folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
  }

  /// Every `<slug>/index.md`, sorted by folder name so output never depends on disk order, each
  /// with its `cite.bib` and the site's author profiles as companions; or every page of an
  /// academicpages collection, sorted by name. A page that can't be read (empty, binary) is kept
  /// empty, so the reader names it.
  func inputs(origin: String, reading: (String) throws -> ReaderInput) -> [ReaderInput] {
    func page(_ path: String, companions: [String: String] = [:]) -> ReaderInput {
      var input = (try? reading(path)) ?? ReaderInput(name: path, text: "")
      input.origin = origin
      input.companions = companions
      return input
    }
    if layout == .collection {
      return Self.collectionPages(in: publications).map { page(publications.appendingPathComponent($0).path) }
    }
    var profiles = profileTexts(reading: reading)
    profiles[Self.siteTitleKey] = siteTitle()
    let single = Set(Self.singlePages(in: publications))
    let folders = ((try? FileManager.default.contentsOfDirectory(atPath: publications.path)) ?? []).sorted()
    return folders.compactMap { folder in
      if single.contains(folder) { return page(publications.appendingPathComponent(folder).path, companions: profiles) }
      let path = publications.appendingPathComponent("\(folder)/index.md").path
      guard FileManager.default.fileExists(atPath: path) else { return nil }
      var input = page(path, companions: profiles)
      let citation = publications.appendingPathComponent("\(folder)/cite.bib").path
      if FileManager.default.fileExists(atPath: citation), let bib = try? reading(citation) {
        input.companions["cite.bib"] = bib.text
      }
      return input
    }
  }

  /// A multilingual site's `content/<language>/` folders (`content/en`, `content/ko`), English
  /// first, then by name: each language holds the same papers, so only one is read.
  private static func languageFolders(in content: URL) -> [URL] {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: content.path)) ?? []).filter { name in
      (2...5).contains(name.count) && name.allSatisfy { $0.isLetter || $0 == "-" }
        && sectionNames.contains { FileManager.default.fileExists(atPath: content.appendingPathComponent("\(name)/\($0)").path) }
    }
    return names.sorted { ($0 == "en" ? 0 : 1, $0) < ($1 == "en" ? 0 : 1, $1) }.map { content.appendingPathComponent($0) }
  }

  /// The `<slug>.md` pages of a Hugo section folder that open with front matter (`---` or
  /// `+++`); the section's own `_index.md` is no paper.
  private static func singlePages(in folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { name in
      guard name.hasSuffix(".md"), !name.hasPrefix("_"), !name.hasPrefix("."), name != "index.md" else { return false }
      guard let handle = FileHandle(forReadingAtPath: folder.appendingPathComponent(name).path) else { return false }
      defer { try? handle.close() }
      let head = (try? handle.read(upToCount: 4)) ?? Data()
      return head.starts(with: Data("---".utf8)) || head.starts(with: Data("+++".utf8))
    }.sorted()
  }

  /// The `title` of the site's Hugo configuration, which a personal site sets to its owner's
  /// name; nil when the site folder has no configuration (only `content/` was given).
  private func siteTitle() -> String? {
    let names = ["config/_default/config", "config/_default/hugo", "config", "hugo"]
    for name in names {
      for suffix in [".yaml", ".yml", ".toml"] {
        let path = siteFolder.appendingPathComponent(name + suffix).path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
        return (FrontMatter(text, language: suffix == ".toml" ? .toml : .yaml).mapping?["title"] as? String)?.trimmed()
      }
    }
    return nil
  }

  /// `authors/<slug>` → the text of `content/authors/<slug>/_index.md`, or of
  /// `data/authors/<slug>.yaml`, where Hugo Blox keeps its profiles since its author schema v1
  /// (CNardin.github.io: pages list `chiara-nardin`, profiled only there).
  private func profileTexts(reading: (String) throws -> ReaderInput) -> [String: String] {
    var texts: [String: String] = [:]
    for slug in ((try? FileManager.default.contentsOfDirectory(atPath: authors.path)) ?? []).sorted() {
      let profile = authors.appendingPathComponent("\(slug)/_index.md").path
      guard FileManager.default.fileExists(atPath: profile), let input = try? reading(profile) else { continue }
      texts[Self.profilePrefix + slug] = input.text
    }
    let data = siteFolder.appendingPathComponent("data/authors")
    for file in ((try? FileManager.default.contentsOfDirectory(atPath: data.path)) ?? []).sorted()
    where file.hasSuffix(".yaml") || file.hasSuffix(".yml") {
      let slug = String(file.prefix { $0 != "." })
      guard texts[Self.profilePrefix + slug] == nil, let input = try? reading(data.appendingPathComponent(file).path) else { continue }
      texts[Self.profilePrefix + slug] = input.text
    }
    return texts
  }
}
