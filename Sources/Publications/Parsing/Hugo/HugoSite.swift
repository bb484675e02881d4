import Foundation

/// A Hugo Blox site on disk: the site folder, its `content/`, or its `content/publication/`.
struct HugoSite {
  /// `content/publication`.
  let publications: URL
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
        return HugoSite(publications: candidate, authors: content.appendingPathComponent("authors"))
      }
    }
    return nil
  }

  /// Every `<slug>/index.md`, sorted by folder name so output never depends on disk order, each
  /// with its `cite.bib` and the site's author profiles as companions. A page that can't be read
  /// (empty, binary) is kept empty, so the reader names it.
  func inputs(origin: String, reading: (String) throws -> ReaderInput) -> [ReaderInput] {
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
