import Foundation

/// The folder a report is written to, owned by pubreport.
///
/// A marker file lists what pubreport wrote. A folder that is not empty and has no marker is a
/// user's folder and is refused; in our own folder, files are replaced atomically (written to a
/// temporary file, then renamed), so a run killed half-way leaves each file either old or new.
/// Files of a previous run that this run no longer writes are removed; nothing else is touched.
public struct OutputDirectory: Sendable {
  public static let markerName = ".pubreport-output"

  public let path: String
  private var written: [String] = []

  /// Opens `path`, creating it when missing.
  ///
  /// - Throws: `PubReportError.outputNotOurs` for a non-empty folder without the marker.
  public init(path: String) throws {
    self.path = path
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else { throw PubReportError.outputNotDirectory(path: path) }
      let contents = (try? manager.contentsOfDirectory(atPath: path)) ?? []
      if !contents.isEmpty, !contents.contains(Self.markerName) { throw PubReportError.outputNotOurs(path: path) }
    } else {
      do {
        try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
      } catch {
        throw PubReportError.unwritable(path: path, reason: "\(error.localizedDescription)")
      }
    }
  }

  /// Writes `data` to `relativePath` inside the folder, atomically.
  public mutating func write(_ data: Data, to relativePath: String) throws {
    precondition(!relativePath.hasPrefix("/") && !relativePath.contains(".."), "output paths are ours, never from input")
    let target = (path as NSString).appendingPathComponent(relativePath)
    do {
      try FileManager.default.createDirectory(
        atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    } catch {
      throw PubReportError.unwritable(path: target, reason: error.localizedDescription)
    }
    try AtomicFile.write(data, to: target)
    written.append(relativePath)
  }

  /// Records what this run wrote and removes what only a previous run wrote.
  public mutating func finish() throws {
    let markerPath = (path as NSString).appendingPathComponent(Self.markerName)
    let previous = ((try? String(contentsOfFile: markerPath, encoding: .utf8)) ?? "").split(separator: "\n")
      .map(String.init).filter { !$0.hasPrefix("#") }
    let current = written.sorted()
    for stale in Set(previous).subtracting(current) where !stale.contains("..") && !stale.hasPrefix("/") {
      try? FileManager.default.removeItem(atPath: (path as NSString).appendingPathComponent(stale))
    }
    let marker = "# Written by pubreport; files listed here are replaced on the next run.\n" + current.joined(separator: "\n") + "\n"
    written = []
    try write(Data(marker.utf8), to: Self.markerName)
    written = []
  }
}
