import Foundation
import Publications

/// Reads the files a command names into publications.
///
///     paths → files read and decoded (folders: the reader that knows the site lists its files)
///           → ReaderRegistry (each input to the reader that recognises it)
///           → each reader reads its inputs together → ReadingPolicy
///
/// A file that can't be used is reported and skipped; the others are still read.
package struct InputLoader: Sendable {
  /// What the readers read with: venues and limits.
  package var context: ReadingContext

  package init(context: ReadingContext = .standard) {
    self.context = context
  }

  package init(limits: ReadingLimits) {
    self.init(context: ReadingContext(limits: limits))
  }

  /// File size, entry length, nesting depth, authors per entry, YAML aliases.
  package var limits: ReadingLimits { context.limits }

  /// Reads and decodes `path` (`-` for standard input).
  ///
  /// - Throws: `PubReportError` for a missing, unreadable, empty, binary or oversized input.
  package func input(_ path: String) throws -> ReaderInput {
    let resolved: (name: String, bytes: [UInt8])
    do {
      resolved = try read(path)
    } catch let error as PubReportError {
      throw error
    } catch {
      throw PubReportError.unreadable(path: path, reason: "\(error)")
    }
    if resolved.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      throw PubReportError.empty(path: resolved.name)
    }
    let decoded = TextDecoder.decode(resolved.bytes)
    if decoded.isBinary { throw PubReportError.binary(path: resolved.name) }
    let diagnostics = decoded.problems.map { Diagnostic(at: SourceLocation(file: resolved.name, line: $0.line), $0.message) }
    return ReaderInput(
      name: resolved.name, text: decoded.text, origin: path, companions: siteCompanions(of: resolved.name),
      diagnostics: diagnostics)
  }

  /// An al-folio `_bibliography/*.bib` file's site configuration, `../_config.yml`, which names
  /// the site's owner (see `JekyllSiteOwner`); nothing for any other file.
  ///
  /// NB: by splitting the path, not with `NSString`'s path methods, which crash on `-`.
  private func siteCompanions(of path: String) -> [String: String] {
    var parts = path.split(separator: "/", omittingEmptySubsequences: false)
    guard path.lowercased().hasSuffix(".bib"), parts.count >= 2, parts[parts.count - 2] == "_bibliography" else { return [:] }
    parts.removeLast(2)
    let config = (parts + ["_config.yml"]).joined(separator: "/")
    guard let bytes = try? Self.contents(of: config, limit: 1_048_576) else { return [:] }
    return [JekyllSiteOwner.configKey: String(decoding: bytes, as: UTF8.self)]
  }

  /// Reads every input, each kind by its reader (BibTeX files together: they share `@string`s
  /// and `crossref` parents), then applies the reading policy. An input that can't be used is
  /// reported; the others are still read.
  package func load(_ paths: [String]) -> (result: ParseResult, errors: [PubReportError]) {
    var result = ParseResult()
    var errors: [PubReportError] = []
    // 1. Read and decode each file; a folder is read by the reader that knows its kind of site.
    var inputsByFormat: [InputFormat: [ReaderInput]] = [:]
    StageClock.measureStep("read: files") {
      for path in paths {
        do {
          for (format, input) in try inputs(at: path) {
            result.diagnostics += input.diagnostics
            inputsByFormat[format, default: []].append(input)
          }
        } catch let error as PubReportError {
          errors.append(error)
        } catch {
          errors.append(.unreadable(path: path, reason: "\(error)"))
        }
      }
    }
    // 2. Each reader reads its inputs. NB: the inputs move into the reader, which lets each
    // text go once parsed (on a 1 GB BibTeX file the text is a quarter of the peak memory).
    var context = context
    if StageClock.isEnabled { context.timeStep = StageClock.report }
    for reader in ReaderRegistry.standard {
      guard let inputs = inputsByFormat.removeValue(forKey: reader.format) else { continue }
      let read = reader.init(context: context).read(inputs)
      errors += read.inputsWithoutPublications.map { .noPublications(path: $0, expected: reader.expectedContent) }
      result.append(read)
    }
    // 3. What every format shares: the user's venue names, theses out, long author lists cut.
    ReadingPolicy(context: context).apply(to: &result)
    return (result, errors)
  }

  /// The inputs at `path` with their formats: a file's detected from its content, a folder's
  /// from the first reader that knows its kind of site.
  private func inputs(at path: String) throws -> [(InputFormat, ReaderInput)] {
    var isDirectory: ObjCBool = false
    if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      for reader in ReaderRegistry.standard {
        if let inputs = try reader.inputs(inFolder: path, reading: input) { return inputs.map { (reader.format, $0) } }
      }
      throw PubReportError.isDirectory(path: path)
    }
    let input = try input(path)
    return [(ReaderRegistry.reader(for: input.text, path: input.name).format, input)]
  }

  private func read(_ path: String) throws -> (name: String, bytes: [UInt8]) {
    if path == "-" { return ("-", try Self.stream(STDIN_FILENO, name: "-", limit: limits.fileSize)) }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw PubReportError.fileNotFound(path: path)
    }
    let file = path
    if isDirectory.boolValue { throw PubReportError.isDirectory(path: path) }
    let attributes = try? FileManager.default.attributesOfItem(atPath: file)
    if let size = attributes?[.size] as? Int, size > limits.fileSize {
      throw PubReportError.tooLarge(path: file, bytes: size, limit: limits.fileSize)
    }
    guard let bytes = try Self.contents(of: file, limit: limits.fileSize) else {
      throw PubReportError.unreadable(path: file, reason: "permission denied or not a regular file")
    }
    return (file, bytes)
  }

  /// The bytes of a file, read straight into one array: the text decoder takes them from there,
  /// so a large file is never held twice (as `Data` and as bytes) on the way in.
  private static func contents(of file: String, limit: Int) throws -> [UInt8]? {
    let descriptor = open(file, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
      // Not a regular file (a pipe such as `<(curl …)`, a device): read what it gives.
      return try stream(descriptor, name: file, limit: limit)
    }
    let size = Int(status.st_size)
    var failed = false
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      count = 0
      while count < size {
        let got = Foundation.read(descriptor, buffer.baseAddress! + count, size - count)
        if got < 0, errno == EINTR { continue }
        if got <= 0 {
          failed = got < 0
          break
        }
        count += got
      }
    }
    return failed ? nil : bytes
  }

  /// Reads a pipe or a device to its end, refusing more than `limit` bytes (`/dev/zero`, or
  /// `yes |`, never ends).
  private static func stream(_ descriptor: Int32, name: String, limit: Int) throws -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let got = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
      if got < 0, errno == EINTR { continue }
      if got < 0 { throw PubReportError.unreadable(path: name, reason: String(cString: strerror(errno))) }
      if got == 0 { return bytes }
      bytes += chunk[..<got]
      if bytes.count > limit { throw PubReportError.streamTooLarge(path: name, limit: limit) }
    }
  }
}
