import Foundation

/// The folder a report is written to, owned by pubreport.
///
/// A marker file lists what pubreport wrote. A folder that is not empty and has no marker is a
/// user's folder and is refused. In our own folder a run first stages every file beside its
/// target (a hidden temporary file) and only when all are written renames them into place, the
/// marker last: a run killed before that leaves the previous report whole (staged leftovers are
/// removed by the next run), and the renames themselves take well under a millisecond. Files of
/// a previous run that this run no longer writes are removed; nothing else is touched.
///
/// A run holds an exclusive lock on the folder from opening it to `finish()`: a second run into
/// the same folder (a parallel `make`, a CI job started twice) waits, so the folder always holds
/// one run's complete output.
package struct OutputDirectory: Sendable {
  package static let markerName = ".pubreport-output"
  static let stagingInfix = ".pubreport-staged-"

  package let path: String
  private var written: [String] = []
  /// Staged temporary file → its target, in write order.
  private var staged: [(temporary: String, target: String)] = []
  /// Held until this value is finished with.
  private let lock: FolderLock

  /// Opens `path`, creating it when missing.
  ///
  /// - Throws: `PubReportError.outputNotOurs` for a non-empty folder without the marker.
  package init(path: String) throws {
    self.path = path
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else { throw PubReportError.outputNotDirectory(path: path) }
    } else {
      do {
        try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
      } catch {
        throw PubReportError.unwritable(path: path, reason: "\(error.localizedDescription)")
      }
    }
    // NB: whose folder it is is decided under the lock, once an earlier run has finished.
    lock = try FolderLock(path)
    let contents = (try? manager.contentsOfDirectory(atPath: path)) ?? []
    if !contents.isEmpty, !contents.contains(Self.markerName) { throw PubReportError.outputNotOurs(path: path) }
    Self.removeLeftovers(in: path)
  }

  /// Stages `data` for `relativePath` inside the folder; `finish()` puts it in place.
  package mutating func write(_ data: Data, to relativePath: String) throws {
    precondition(!relativePath.hasPrefix("/") && !relativePath.contains(".."), "output paths are ours, never from input")
    let target = (path as NSString).appendingPathComponent(relativePath)
    let folder = (target as NSString).deletingLastPathComponent
    let temporary = (folder as NSString).appendingPathComponent(
      "." + (target as NSString).lastPathComponent + Self.stagingInfix + String(getpid()))
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try data.write(to: URL(fileURLWithPath: temporary))
    } catch {
      discardStaged()
      try? FileManager.default.removeItem(atPath: temporary)
      throw PubReportError.unwritable(path: target, reason: error.localizedDescription)
    }
    staged.append((temporary, target))
    written.append(relativePath)
  }

  /// Records what this run wrote, moves every staged file into place, and removes what only a
  /// previous run wrote.
  package mutating func finish() throws {
    let markerPath = (path as NSString).appendingPathComponent(Self.markerName)
    let previous = ((try? String(contentsOfFile: markerPath, encoding: .utf8)) ?? "").split(separator: "\n")
      .map(String.init).filter { !$0.hasPrefix("#") }
    let current = written.sorted()
    let marker = "# Written by pubreport; files listed here are replaced on the next run.\n" + current.joined(separator: "\n") + "\n"
    try write(Data(marker.utf8), to: Self.markerName)
    for (temporary, target) in staged where rename(temporary, target) != 0 {
      let reason = String(cString: strerror(errno))
      discardStaged()
      throw PubReportError.unwritable(path: target, reason: reason)
    }
    staged = []
    written = []
    // Only now, with the new report whole, go the files it no longer has.
    for stale in Set(previous).subtracting(current) where !stale.contains("..") && !stale.hasPrefix("/") {
      try? FileManager.default.removeItem(atPath: (path as NSString).appendingPathComponent(stale))
    }
  }

  private mutating func discardStaged() {
    for (temporary, _) in staged { try? FileManager.default.removeItem(atPath: temporary) }
    staged = []
  }

  /// Staged files of a run that was killed before it finished.
  private static func removeLeftovers(in path: String) {
    guard let walker = FileManager.default.enumerator(atPath: path) else { return }
    for case let relative as String in walker where (relative as NSString).lastPathComponent.contains(stagingInfix) {
      try? FileManager.default.removeItem(atPath: (path as NSString).appendingPathComponent(relative))
    }
  }
}

/// An exclusive `flock` on a folder, released when the last copy of the value holding it goes.
///
/// NB: a class, as it owns a file descriptor; `flock` waits for another process's (or another
/// open description's) lock and is released by the kernel if the process dies.
private final class FolderLock: Sendable {
  private let descriptor: Int32

  init(_ path: String) throws {
    descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { throw PubReportError.unwritable(path: path, reason: String(cString: strerror(errno))) }
    while flock(descriptor, LOCK_EX) != 0 {
      guard errno == EINTR else {
        let reason = String(cString: strerror(errno))
        close(descriptor)
        throw PubReportError.unwritable(path: path, reason: "can't be locked (\(reason))")
      }
    }
  }

  deinit {
    close(descriptor)
  }
}
