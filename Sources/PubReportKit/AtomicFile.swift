import Foundation

/// Writes files atomically: to a temporary file beside the target, then `rename(2)`, so a reader
/// (or a run killed half-way) sees the old file or the new one, never a part.
package enum AtomicFile {
  package static func write(_ data: Data, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())").path
    do {
      try data.write(to: URL(fileURLWithPath: temporary))
      guard rename(temporary, path) == 0 else { throw PubReportError.unwritable(path: path, reason: String(cString: strerror(errno))) }
    } catch let error as PubReportError {
      try? FileManager.default.removeItem(atPath: temporary)
      throw error
    } catch {
      try? FileManager.default.removeItem(atPath: temporary)
      throw PubReportError.unwritable(path: path, reason: error.localizedDescription)
    }
  }
}
