import Foundation
import Publications

/// Reads the files a command names into publications, one file at a time.
///
/// A file that can't be used is reported and skipped; the others are still read.
public struct InputLoader: Sendable {
  /// Larger inputs are refused rather than read into memory.
  public var maximumFileSize = 256 * 1_048_576

  public init() {}

  /// One input's outcome.
  public struct Loaded: Sendable {
    public var result: ParseResult
    public var error: PubReportError?
  }

  /// Reads `path` (`-` for standard input).
  public func load(_ path: String, standardInput: @Sendable () -> Data = { FileHandle.standardInput.readDataToEndOfFile() })
    -> Loaded
  {
    let resolved: (name: String, bytes: Data)
    do {
      resolved = try read(path, standardInput: standardInput)
    } catch let error as PubReportError {
      return Loaded(result: ParseResult(), error: error)
    } catch {
      return Loaded(result: ParseResult(), error: .unreadable(path: path, reason: "\(error)"))
    }
    if resolved.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      return Loaded(result: ParseResult(), error: .empty(path: resolved.name))
    }
    let decoded = TextDecoder.decode([UInt8](resolved.bytes))
    if decoded.isBinary { return Loaded(result: ParseResult(), error: .binary(path: resolved.name)) }
    var result = ParseResult()
    result.diagnostics = decoded.problems.map { Diagnostic(at: SourceLocation(file: resolved.name, line: $0.line), $0.message) }
    switch InputFormat.detect(decoded.text, path: resolved.name) {
    case .homepage:
      let reader = HomepageReader(resolveInclude: Self.includeResolver)
      result.append(reader.read(decoded.text, file: resolved.name))
    case .bibtex:
      return Loaded(result: result, error: .unsupportedFormat(path: resolved.name, format: "BibTeX"))
    case .cslJSON:
      return Loaded(result: result, error: .unsupportedFormat(path: resolved.name, format: "CSL-JSON"))
    }
    let error: PubReportError? = result.publications.isEmpty ? .noPublications(path: resolved.name) : nil
    return Loaded(result: result, error: error)
  }

  private func read(_ path: String, standardInput: () -> Data) throws -> (name: String, bytes: Data) {
    if path == "-" { return ("-", standardInput()) }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw PubReportError.fileNotFound(path: path)
    }
    var file = path
    if isDirectory.boolValue {
      // A Jekyll site folder: its home page is _pages/about.md.
      let about = (path as NSString).appendingPathComponent("_pages/about.md")
      guard FileManager.default.fileExists(atPath: about) else { throw PubReportError.isDirectory(path: path) }
      file = about
    }
    let attributes = try? FileManager.default.attributesOfItem(atPath: file)
    if let size = attributes?[.size] as? Int, size > maximumFileSize {
      throw PubReportError.tooLarge(path: file, bytes: size, limit: maximumFileSize)
    }
    guard let data = FileManager.default.contents(atPath: file) else {
      throw PubReportError.unreadable(path: file, reason: "permission denied or not a regular file")
    }
    return (file, data)
  }

  /// Follows `{% include_relative x %}` beside the file and `{% include x %}` in the site's
  /// `_includes/` (or `_pages/includes/`, AcadHomepage's habit).
  static let includeResolver: HomepageReader.IncludeResolver = { file, path in
    guard file != "-" else { return nil }
    let directory = (file as NSString).deletingLastPathComponent
    let site = (directory as NSString).deletingLastPathComponent
    let candidates = [
      (directory as NSString).appendingPathComponent(path),
      (site as NSString).appendingPathComponent("_includes/" + path),
      (directory as NSString).appendingPathComponent("includes/" + path),
    ]
    for candidate in candidates {
      if let data = FileManager.default.contents(atPath: candidate) {
        return HomepageReader.IncludedFile(
          name: (candidate as NSString).standardizingPath, text: TextDecoder.decode([UInt8](data)).text)
      }
    }
    return nil
  }
}
