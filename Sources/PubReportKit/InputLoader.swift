import Foundation
import Publications

/// Reads the files a command names into publications, one file at a time.
///
/// A file that can't be used is reported and skipped; the others are still read.
public struct InputLoader: Sendable {
  /// File size, entry length, nesting depth, authors per entry, YAML aliases.
  public var limits: ReadingLimits

  public init(limits: ReadingLimits = .standard) {
    self.limits = limits
  }

  /// One input, decoded, with its detected format.
  public struct Text: Sendable {
    public var name: String
    public var text: String
    public var format: InputFormat
    /// Decoding problems (mojibake, invalid UTF-8, NUL bytes).
    public var diagnostics: [Diagnostic]
  }

  /// Reads and decodes `path` (`-` for standard input).
  ///
  /// - Throws: `PubReportError` for a missing, unreadable, empty, binary or oversized input.
  public func text(of path: String) throws -> Text {
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
    return Text(
      name: resolved.name, text: decoded.text, format: InputFormat.detect(decoded.text, path: resolved.name),
      diagnostics: diagnostics)
  }

  /// Reads every input: homepages one by one, BibTeX files together (they share `@string`s and
  /// `crossref` parents). An input that can't be used is reported; the others are still read.
  public func load(_ paths: [String]) -> (result: ParseResult, errors: [PubReportError]) {
    var result = ParseResult()
    var errors: [PubReportError] = []
    var texts: [Text] = []
    StageClock.measureStep("read: files") { readFiles(paths, into: &result, texts: &texts, errors: &errors) }
    var productive: Set<String> = []
    for text in texts where text.format == .homepage {
      var reader = HomepageReader(resolveInclude: Self.includeResolver(maximumSize: limits.fileSize))
      reader.limits = limits
      let page = reader.read(text.text, file: text.name).limitingAuthors(to: limits.authors)
      if !page.publications.isEmpty { productive.insert(text.name) }
      result.append(page)
    }
    let definesStrings = readBibTeX(&texts, into: &result)
    for text in texts where text.format == .cslJSON {
      result.append(CSLJSONReader().read(text.text, file: text.name).limitingAuthors(to: limits.authors))
    }
    // A file that gave nothing is named, unless it only holds @strings for the others.
    productive.formUnion(result.publications.map(\.source.file))
    for text in texts where !productive.contains(text.name) {
      if !definesStrings.contains(text.name) { errors.append(.noPublications(path: text.name, format: text.format)) }
    }
    return (result, errors)
  }

  /// Reads the BibTeX texts together; returns the names of those that mention `@string`.
  ///
  /// NB: the texts move into the reader, which lets each go once parsed (on a 1 GB file the
  /// text is a quarter of the peak memory); `texts` keeps them empty.
  private func readBibTeX(_ texts: inout [Text], into result: inout ParseResult) -> Set<String> {
    var files: [BibTeXReader.File] = []
    var definesStrings: Set<String> = []
    for index in texts.indices where texts[index].format == .bibtex {
      if Self.mentionsStringDefinition(texts[index].text) { definesStrings.insert(texts[index].name) }
      files.append(BibTeXReader.File(name: texts[index].name, text: texts[index].text))
      texts[index].text = ""
    }
    guard !files.isEmpty else { return definesStrings }
    var reader = BibTeXReader()
    if StageClock.isEnabled { reader.timeStep = StageClock.report }
    result.append(reader.read(consume files).limitingAuthors(to: limits.authors))
    return definesStrings
  }

  /// Whether `text` holds `@string`, in any case: a file of @string definitions for the others
  /// gives no publications of its own and is no error.
  private static func mentionsStringDefinition(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable(mentionsStringDefinition) ?? mentionsStringDefinition(Array(text.utf8))
  }

  private static func mentionsStringDefinition<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
    let word = Array("string".utf8)
    var matched = -1  // -1: waiting for "@"; else how many letters of "string" follow it
    for byte in bytes {
      if byte == UInt8(ascii: "@") {
        matched = 0
      } else if matched >= 0, byte | 0x20 == word[matched] {
        matched += 1
        if matched == word.count { return true }
      } else {
        matched = -1
      }
    }
    return false
  }

  /// Reads and decodes each input, or reads a Hugo site whole; a failure is noted and skipped.
  private func readFiles(
    _ paths: [String], into result: inout ParseResult, texts: inout [Text], errors: inout [PubReportError]
  ) {
    for path in paths {
      if let site = HugoSite.find(at: path) {
        let pages = site.pages()
        let reader = HugoReader(authorNames: site.authorNames(), limits: limits)
        let hugo = reader.read(pages).limitingAuthors(to: limits.authors)
        if hugo.publications.isEmpty { errors.append(.noPublications(path: path, format: nil)) }
        result.append(hugo)
        continue
      }
      do {
        let text = try self.text(of: path)
        texts.append(text)
        result.diagnostics += text.diagnostics
      } catch let error as PubReportError {
        errors.append(error)
      } catch {
        errors.append(.unreadable(path: path, reason: "\(error)"))
      }
    }
  }

  private func read(_ path: String) throws -> (name: String, bytes: [UInt8]) {
    if path == "-" { return ("-", try Self.stream(STDIN_FILENO, name: "-", limit: limits.fileSize)) }
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

  /// Follows `{% include_relative x %}` beside the file and `{% include x %}` in the site's
  /// `_includes/` (or `_pages/includes/`, AcadHomepage's habit). Only regular files up to
  /// `maximumSize` count: a FIFO or device would never end.
  static func includeResolver(maximumSize: Int) -> HomepageReader.IncludeResolver {
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
