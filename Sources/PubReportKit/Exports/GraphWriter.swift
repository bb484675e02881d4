import Foundation

/// Writes an export atomically (temporary file, then rename).
public enum GraphWriter {
  public static func write(_ text: String, to path: String) throws {
    let temporary = path + ".tmp-\(getpid())"
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
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
