extension StringProtocol {
  /// The pieces between occurrences of the ASCII `separator`, without empty ones: what
  /// `split(separator:)` gives for an ASCII character, found on bytes.
  ///
  /// NB: `split(separator: " ")` walks Characters (grapheme breaking on every step); the
  /// reference parser splits each segment into words a dozen times, and that walk was a fifth
  /// of its time. An ASCII byte is always a whole scalar, so the pieces are valid slices; they
  /// differ from `split`'s only where a combining mark follows the separator.
  func split(ascii separator: Unicode.Scalar, maxSplits: Int = .max) -> [SubSequence] {
    precondition(separator.isASCII, "split(ascii:) takes an ASCII separator")
    // As `split`: no split allowed leaves the text whole.
    guard maxSplits > 0 else { return isEmpty ? [] : [self[...]] }
    let byte = UInt8(separator.value)
    var pieces: [SubSequence] = []
    var start = startIndex
    var index = startIndex
    let end = endIndex
    let utf8 = self.utf8
    while index < end {
      if utf8[index] == byte {
        let didAppend = start < index
        if didAppend { pieces.append(self[start..<index]) }
        index = utf8.index(after: index)
        start = index
        // As `split`: the rest after the last allowed split is one piece, as written.
        if didAppend, pieces.count == maxSplits { break }
      } else {
        index = utf8.index(after: index)
      }
    }
    if start < end { pieces.append(self[start..<end]) }
    return pieces
  }
}

extension StringProtocol where UTF8View: BidirectionalCollection {
  /// The last piece `split(ascii:)` would give, without splitting the rest.
  func lastPiece(ascii separator: Unicode.Scalar) -> SubSequence? {
    let byte = UInt8(separator.value)
    var end = endIndex
    let utf8 = self.utf8
    while end > startIndex, utf8[utf8.index(before: end)] == byte { end = utf8.index(before: end) }
    guard end > startIndex else { return nil }
    var start = end
    while start > startIndex, utf8[utf8.index(before: start)] != byte { start = utf8.index(before: start) }
    return self[start..<end]
  }

  /// The first piece `split(ascii:)` would give, without splitting the rest.
  func firstPiece(ascii separator: Unicode.Scalar) -> SubSequence? {
    let byte = UInt8(separator.value)
    let utf8 = self.utf8
    var start = startIndex
    while start < endIndex, utf8[start] == byte { start = utf8.index(after: start) }
    guard start < endIndex else { return nil }
    var end = start
    while end < endIndex, utf8[end] != byte { end = utf8.index(after: end) }
    return self[start..<end]
  }
}
