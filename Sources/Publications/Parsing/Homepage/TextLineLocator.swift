/// Finds the line a text node starts on.
///
/// libxml2 records exact lines for elements but, for text, the line where its buffer was
/// flushed, often many lines late. Text appears in the source in document order, so a cursor
/// that only moves forward finds each text node's first bytes cheaply.
struct TextLineLocator {
  let source: [UInt8]
  let firstLine: Int
  /// Byte offsets where each line starts.
  private let lineStarts: [Int]
  private var cursor = 0

  init(source: [UInt8], firstLine: Int) {
    self.source = source
    self.firstLine = firstLine
    var starts = [0]
    for (i, byte) in source.enumerated() where byte == UInt8(ascii: "\n") { starts.append(i + 1) }
    lineStarts = starts
  }

  /// Moves the cursor to the start of `line` (an element's line) if it is ahead.
  ///
  /// Only when the line really holds the start tag: libxml2 gives elements it implied (a `<p>`
  /// around loose text) the line where it noticed them, not where their text starts.
  mutating func advance(toLine line: Int, tag: String) {
    let index = line - firstLine
    guard index >= 0, index < lineStarts.count, lineStarts[index] > cursor else { return }
    let end = index + 1 < lineStarts.count ? lineStarts[index + 1] : source.count
    let open = Array("<\(tag)".utf8)
    // ASCII letters to lowercase (other bytes change too, but never into "<" or a letter).
    let lineBytes = source[lineStarts[index]..<end].map { $0 | 0x20 }
    guard lineBytes.count >= open.count,
      (0...(lineBytes.count - open.count)).contains(where: { i in
        lineBytes[i..<(i + open.count)].elementsEqual(open)
      })
    else { return }
    cursor = lineStarts[index]
  }

  /// The line `text` starts on, searching forward from the cursor; `fallback` when not found.
  mutating func line(ofText text: String, fallback: Int) -> Int {
    let bytes = Array(text.utf8.prefix(while: { $0 != UInt8(ascii: "&") }).prefix(24))
    guard !bytes.isEmpty, let offset = find(bytes) else { return fallback }
    cursor = offset + bytes.count
    return line(atOffset: offset)
  }

  private func find(_ needle: [UInt8]) -> Int? {
    guard cursor + needle.count <= source.count else { return nil }
    let first = needle[0]
    var i = cursor
    let last = source.count - needle.count
    while i <= last {
      if source[i] == first && source[i..<(i + needle.count)].elementsEqual(needle) { return i }
      i += 1
    }
    return nil
  }

  private func line(atOffset offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return firstLine + low
  }
}
