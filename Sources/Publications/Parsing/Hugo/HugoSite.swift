import Foundation

/// A site that keeps one page per paper, with the paper's data in the page's YAML front matter:
/// a Hugo Blox site (the site folder, its `content/`, or its `content/publication/`, a
/// `<slug>/index.md` per paper), or an academicpages Jekyll site (the site folder or its
/// `_publications/`, a `<date>-<slug>.md` per paper).
struct HugoSite {
  /// How the site lays its pages out.
  enum Layout {
    /// Hugo Blox: `<slug>/index.md`, with `cite.bib` beside it.
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

  /// The site at `path`, when `path` is a folder holding Hugo publication pages.
  static func find(at path: String) -> HugoSite? {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
    let root = URL(fileURLWithPath: path)
    for candidate in [root.appendingPathComponent("content/publication"), root.appendingPathComponent("publication"), root] {
      let pages = (try? FileManager.default.contentsOfDirectory(atPath: candidate.path)) ?? []
      let hasPages = pages.contains { FileManager.default.fileExists(atPath: candidate.appendingPathComponent("\($0)/index.md").path) }
      if hasPages {
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
    if layout == .collection {
      return Self.collectionPages(in: publications).map { name in
        let page = publications.appendingPathComponent(name).path
        var input = (try? reading(page)) ?? ReaderInput(name: page, text: "")
        input.origin = origin
        return input
      }
    }
    let profiles = profileTexts(reading: reading)
    let folders = ((try? FileManager.default.contentsOfDirectory(atPath: publications.path)) ?? []).sorted()
    return folders.compactMap { folder in
      let page = publications.appendingPathComponent("\(folder)/index.md").path
      guard FileManager.default.fileExists(atPath: page) else { return nil }
      var input = (try? reading(page)) ?? ReaderInput(name: page, text: "")
      input.origin = origin
      input.companions = profiles
      let citation = publications.appendingPathComponent("\(folder)/cite.bib").path
      if FileManager.default.fileExists(atPath: citation), let bib = try? reading(citation) {
        input.companions["cite.bib"] = bib.text
      }
      return input
    }
  }

  /// `authors/<slug>` → the text of `content/authors/<slug>/_index.md`.
  private func profileTexts(reading: (String) throws -> ReaderInput) -> [String: String] {
    var texts: [String: String] = [:]
    for slug in ((try? FileManager.default.contentsOfDirectory(atPath: authors.path)) ?? []).sorted() {
      let profile = authors.appendingPathComponent("\(slug)/_index.md").path
      guard FileManager.default.fileExists(atPath: profile), let input = try? reading(profile) else { continue }
      texts[Self.profilePrefix + slug] = input.text
    }
    return texts
  }
}
