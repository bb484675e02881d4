import Foundation

extension StringProtocol {
  /// The text without leading and trailing whitespace (Unicode-aware, NBSP included).
  public func trimmed() -> String {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    // NB: most text has nothing to trim; a `String` then comes back as it is, not copied.
    if first == startIndex, index(after: last) == endIndex { return String(self) }
    return String(self[first...last])
  }

  /// The text with every run of whitespace turned into one space, and trimmed.
  public func collapsingWhitespace() -> String {
    if isCollapsedASCIISpacing { return String(self) }
    // NB: ASCII text (XML text nodes with their indentation and newlines) is collapsed on bytes;
    // asking each Character whether it is whitespace cost a fifth of reading a dblp page.
    if let collapsed = utf8.withContiguousStorageIfAvailable(Self.collapsedASCII) ?? Self.collapsedASCII(Array(utf8)[...]) {
      return collapsed
    }
    var result = ""
    var pendingSpace = false
    for character in self {
      if character.isWhitespace {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.append(" ") }
        pendingSpace = false
        result.append(character)
      }
    }
    return result
  }
}

extension String {
  /// The string without the given characters at either end.
  public func trimming(_ set: String) -> String {
    // NB: most strings have nothing to trim; answer them on bytes, without comparing Characters.
    let members = ASCIIMembers(set)
    if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80, !members.contains(first),
      !members.contains(last)
    {
      return self
    }
    if !members.hasOthers, let trimmed = trimmingASCII(members) { return trimmed }
    var result = Substring(self)
    while let first = result.first, set.contains(first) { result.removeFirst() }
    while let last = result.last, set.contains(last) { result.removeLast() }
    return String(result)
  }

  /// `trimming(_:)` on bytes, for the common case: an ASCII set, and ASCII bytes where the
  /// trimming stops (so no combining mark can join a trimmed character); nil otherwise.
  private func trimmingASCII(_ members: ASCIIMembers) -> String? {
    let utf8 = self.utf8
    var start = utf8.startIndex
    var end = utf8.endIndex
    while start < end, members.contains(utf8[start]) { start = utf8.index(after: start) }
    while end > start, members.contains(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
    // NB: the kept bytes next to a trimmed one must be ASCII: a combining mark after it, or a
    // prepended mark before it, would make one Character with it, which `trimming` keeps.
    if start > utf8.startIndex, start < end, utf8[start] >= 0x80 { return nil }
    if end < utf8.endIndex, end > start, utf8[utf8.index(before: end)] >= 0x80 { return nil }
    return String(self[start..<end])
  }
}

/// The ASCII characters of a set as two 64-bit masks, and whether it has others: `trimming`
/// asks it of each byte it looks at, where scanning the set's bytes cost a tenth of a reference.
private struct ASCIIMembers {
  private var low: UInt64 = 0
  private var high: UInt64 = 0
  private(set) var hasOthers = false

  init(_ set: String) {
    for byte in set.utf8 {
      if byte < 64 {
        low |= 1 << UInt64(byte)
      } else if byte < 128 {
        high |= 1 << UInt64(byte - 64)
      } else {
        hasOthers = true
      }
    }
  }

  func contains(_ byte: UInt8) -> Bool {
    byte < 64 ? low & (1 << UInt64(byte)) != 0 : byte < 128 && high & (1 << UInt64(byte - 64)) != 0
  }
}

extension StringProtocol {
  /// True when no byte could be whitespace other than single inner ASCII spaces: the common
  /// case, checked on bytes so it costs far less than walking Characters.
  fileprivate var isCollapsedASCIISpacing: Bool {
    // NB: a pointer loop over contiguous storage runs several times faster than the UTF-8
    // view's iterator, and this scan sees every abstract of a bibliography.
    utf8.withContiguousStorageIfAvailable(Self.spacingIsCollapsedASCII) ?? Self.spacingIsCollapsedASCII(utf8)
  }

  /// The bytes with each run of ASCII whitespace as one space, trimmed; nil when a byte is not
  /// ASCII (then Unicode whitespace such as NBSP needs Characters).
  fileprivate static func collapsedASCII<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String? {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var pendingSpace = false
    for byte in bytes {
      if byte >= 0x80 { return nil }
      if byte == 0x20 || (0x09...0x0D).contains(byte) {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.append(0x20) }
        pendingSpace = false
        result.append(byte)
      }
    }
    return String(decoding: result, as: UTF8.self)
  }

  private static func spacingIsCollapsedASCII<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
    // NB: without a branch a byte (a table lookup and bit arithmetic): spaces every few bytes
    // made the branches of a byte switch mispredict, and this scan reads every abstract.
    let kinds = spacingKindOfByte
    var needsWork: UInt8 = 0
    var previousSpace: UInt8 = 1  // a leading space needs work
    var sawByte = false
    for byte in bytes {
      let kind = kinds[Int(byte)]
      let isSpace = kind & 1
      needsWork |= (kind >> 1) | (isSpace & previousSpace)
      previousSpace = isSpace
      sawByte = true
    }
    return needsWork == 0 && (previousSpace == 0 || !sawByte)
  }

}

extension StringProtocol {
  /// `trimmingCharacters(in: .whitespaces)`, answered on bytes when the text's kept ends are
  /// ASCII (then only spaces and tabs can be trimmed).
  ///
  /// NB: Foundation trims through NSString on Linux; the reference parser's repairs trim each
  /// piece they move, and that bridge cost more than the repairs themselves.
  public func trimmingSpaces() -> String {
    let utf8 = self.utf8
    var start = utf8.startIndex
    var end = utf8.endIndex
    while start < end, utf8[start] == 0x20 || utf8[start] == 0x09 { start = utf8.index(after: start) }
    guard start < end else { return "" }
    var last = start
    var index = start
    while index < end {
      let byte = utf8[index]
      if byte != 0x20, byte != 0x09 { last = index }
      index = utf8.index(after: index)
    }
    end = utf8.index(after: last)
    // NB: a non-ASCII byte at either kept end may be Unicode white space (NBSP, U+2009).
    guard utf8[start] < 0x80, utf8[last] < 0x80 else { return trimmingCharacters(in: .whitespaces) }
    return String(self[start..<end])
  }
}

/// What each byte means to `spacingIsCollapsedASCII`: 1 for a space; 2 for what needs work:
/// tabs, line ends, and the lead bytes of NBSP, U+1680, U+2000–U+205F and U+3000.
private let spacingKindOfByte: [UInt8] = (0..<256).map { value in
  switch value {
  case 0x20: 1
  case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0xC2, 0xE1, 0xE2, 0xE3: 2
  default: 0
  }
}
