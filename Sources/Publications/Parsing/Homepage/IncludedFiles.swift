import Foundation

/// Finds the files a page's `{% include %}` directives name, on disk, as Jekyll does.
enum IncludedFiles {
  /// Follows `{% include_relative x %}` beside the file and `{% include x %}` in the site's
  /// `_includes/` (or `_pages/includes/`, AcadHomepage's habit). Only regular files up to
  /// `maximumSize` count: a FIFO or device would never end.
  static func resolver(maximumSize: Int) -> HomepageReader.IncludeResolver {
    { file, path in includedFile(path, of: file, maximumSize: maximumSize) }
  }

  private static func includedFile(_ path: String, of file: String, maximumSize: Int) -> HomepageReader.IncludedFile? {
    guard file != "-" else { return nil }
    let directory = (file as NSString).deletingLastPathComponent
    let site = (directory as NSString).deletingLastPathComponent
    let candidates = [
      (directory as NSString).appendingPathComponent(path),
      (site as NSString).appendingPathComponent("_includes/" + path),
      (directory as NSString).appendingPathComponent("includes/" + path),
    ]
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
}
