extension StringProtocol {
  /// The text without leading and trailing whitespace (Unicode-aware, NBSP included).
  public func trimmed() -> String {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
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
    if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80, !set.utf8.contains(first),
      !set.utf8.contains(last)
    {
      return self
    }
    var result = Substring(self)
    while let first = result.first, set.contains(first) { result.removeFirst() }
    while let last = result.last, set.contains(last) { result.removeLast() }
    return String(result)
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
    var previousSpace = true  // a leading space needs work
    var sawByte = false
    for byte in bytes {
      sawByte = true
      switch byte {
      case 0x20:
        if previousSpace { return false }
        previousSpace = true
      case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0xC2, 0xE1, 0xE2, 0xE3:
        // Tabs, line ends, and lead bytes of NBSP, U+1680, U+2000–U+205F, U+3000.
        return false
      default:
        previousSpace = false
      }
    }
    return !previousSpace || !sawByte
  }
}
