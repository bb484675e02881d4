import Foundation

/// Finds the files a page's `{% include %}` directives name, on disk, as Jekyll does.
enum IncludedFiles {
  /// Follows `{% include_relative x %}` beside the file and `{% include x %}` in the site's
  /// `_includes/` (or `_pages/includes/`, AcadHomepage's habit). The site is the nearest folder
  /// above the file that has an `_includes/` (`_pages/includes/pub.md` includes from the
  /// site's root, two levels up), at most `siteDepth` levels up. Only regular files up to
  /// `maximumSize` count: a FIFO or device would never end.
  static func resolver(maximumSize: Int) -> HomepageReader.IncludeResolver {
    { file, path in includedFile(path, of: file, maximumSize: maximumSize) }
  }

  private static func includedFile(_ path: String, of file: String, maximumSize: Int) -> HomepageReader.IncludedFile? {
    guard file != "-" else { return nil }
    let directory = (file as NSString).deletingLastPathComponent
    let candidates = [(directory as NSString).appendingPathComponent(path)]
      + siteIncludes(above: directory).map { ($0 as NSString).appendingPathComponent(path) }
      + [(directory as NSString).appendingPathComponent("includes/" + path)]
    for candidate in candidates {
      let values = try? URL(fileURLWithPath: candidate).resolvingSymlinksInPath()
        .resourceValues(forKeys: [.isRegularFileKey, .fileSizeKey])
      guard values?.isRegularFile == true, (values?.fileSize ?? 0) <= maximumSize else { continue }
      if let data = FileManager.default.contents(atPath: candidate) {
        return HomepageReader.IncludedFile(
          name: (candidate as NSString).standardizingPath, text: TextDecoder.decode([UInt8](data)).text)
      }
    }
    return nil
  }

  /// How far above a page its site's root may be: `site/_pages/includes/pub.md` is two.
  private static let siteDepth = 3

  /// The `_includes/` folders of the folders above `directory`, nearest first.
  ///
  /// NB: walked up as an absolute `URL`: `NSString`'s `deletingLastPathComponent` crashes on
  /// "." (`pubreport stats .` in a site folder, whose page is `./_pages/about.md`).
  private static func siteIncludes(above directory: String) -> [String] {
    var folders: [String] = []
    var folder = URL(fileURLWithPath: directory.isEmpty ? "." : directory).standardizedFileURL
    for _ in 0..<siteDepth where folder.path != "/" {
      folder.deleteLastPathComponent()
      folders.append(folder.appendingPathComponent("_includes").path)
    }
    return folders
  }
}
