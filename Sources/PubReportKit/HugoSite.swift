import Foundation
import Publications

/// A Hugo Blox site on disk: the site folder, its `content/`, or its `content/publication/`.
struct HugoSite {
  /// `content/publication`.
  let publications: URL
  /// `content/authors`.
  let authors: URL

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

  /// Every `<slug>/index.md`, sorted by folder name so output never depends on disk order.
  func pages() -> [HugoReader.Page] {
    let folders = ((try? FileManager.default.contentsOfDirectory(atPath: publications.path)) ?? []).sorted()
    return folders.compactMap { folder in
      let page = publications.appendingPathComponent("\(folder)/index.md")
      guard let data = FileManager.default.contents(atPath: page.path) else { return nil }
      let citation = FileManager.default.contents(atPath: publications.appendingPathComponent("\(folder)/cite.bib").path)
      return HugoReader.Page(
        file: page.path, text: TextDecoder.decode([UInt8](data)).text,
        citation: citation.map { TextDecoder.decode([UInt8]($0)).text })
    }
  }

  /// Author slug → display name.
  func authorNames() -> [String: String] {
    var names: [String: String] = [:]
    for slug in ((try? FileManager.default.contentsOfDirectory(atPath: authors.path)) ?? []).sorted() {
      guard let data = FileManager.default.contents(atPath: authors.appendingPathComponent("\(slug)/_index.md").path),
        let name = HugoReader.authorName(profile: TextDecoder.decode([UInt8](data)).text)
      else { continue }
      names[slug] = name
    }
    return names
  }
}
