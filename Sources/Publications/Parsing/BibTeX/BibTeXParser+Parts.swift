/// A large file parsed in parts, one per thread.
///
/// The file is cut just before lines that open an entry (`\n@word{`), near equal sizes. A part
/// parsed alone reads what the whole parse reads, provided the whole parse is between items
/// where the part begins: every item of the part before it must end inside that part. The
/// parser notes when an item runs into the end of its bytes (a value with an unbalanced brace
/// that swallows the next line's `@`, say); then the parts are dropped and the file is parsed
/// whole, so the result never depends on where the cuts fell or on the thread count.
extension BibTeXParser {
  /// Files smaller than this are parsed whole: the threads would cost more than they save.
  static let partMinimumBytes = 1 << 20

  /// The parts' results joined in file order, or nil when the file is small, there is one
  /// thread, or a part ended inside an item.
  static func parseInParts(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> BibTeXFile? {
    guard Parallelism.threads > 1, bytes.count >= partMinimumBytes else { return nil }
    let cuts = entryStarts(near: Parallelism.threads, in: bytes)
    guard cuts.count > 2 else { return nil }
    // NB: the buffer is only read, and outlives the parse (the caller's `withContiguousStorage`).
    nonisolated(unsafe) let whole = bytes
    let parts = Parallelism.map(cuts.count - 1) { part in
      let range = cuts[part]..<cuts[part + 1]
      let firstLine = 1 + UnsafeBufferPointer(rebasing: whole[..<range.lowerBound]).count(of: UInt8(ascii: "\n"))
      var parser = BibTeXParser(bytes: UnsafeBufferPointer(rebasing: whole[range]), file: file, firstLine: firstLine)
      parser.parseFile()
      return PartResult(file: parser.result, ranOutInsideItem: parser.ranOutInsideItem)
    }
    // The last part ends where the file does, as the whole parse would.
    guard parts.dropLast().allSatisfy({ !$0.ranOutInsideItem }) else { return nil }
    var joined = BibTeXFile()
    for part in parts {
      joined.entries += part.file.entries
      joined.strings += part.file.strings
      joined.diagnostics += part.file.diagnostics
    }
    return joined
  }

  private struct PartResult: Sendable {
    var file: BibTeXFile
    var ranOutInsideItem: Bool
  }

  /// 0, the offsets of up to `parts - 1` entry starts near equal shares of the file, and the
  /// file's end; fewer when the file has no entry start past a share's mark.
  private static func entryStarts(near parts: Int, in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
    let probe = BibTeXParser(bytes: bytes, file: "")
    var cuts = [0]
    for part in 1..<parts {
      var offset = max(bytes.count * part / parts, (cuts.last ?? 0) + 1)
      while offset < bytes.count, !(bytes[offset - 1] == UInt8(ascii: "\n") && probe.startsEntry(at: offset)) {
        offset += 1
      }
      if offset < bytes.count { cuts.append(offset) }
    }
    cuts.append(bytes.count)
    return cuts
  }
}
