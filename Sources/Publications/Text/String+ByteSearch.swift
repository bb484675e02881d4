extension StringProtocol {
  /// Whether `word` occurs in the text, compared byte for byte: case-sensitive, without
  /// Unicode equivalence, which is all an ASCII keyword needs.
  ///
  /// NB: Foundation's `contains` on Linux compares through NSString, many times slower; the
  /// venue rules ask it a dozen times per venue name of a large bibliography.
  func containsBytes(of word: String) -> Bool {
    // NB: on the strings' own UTF-8 storage; copying both into arrays allocated twice a call.
    var text = String(self)
    var word = word
    return text.withUTF8 { haystack in word.withUTF8 { needle in Self.bytes(needle, occurIn: haystack) } }
  }

  private static func bytes(_ needle: UnsafeBufferPointer<UInt8>, occurIn haystack: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = needle.first else { return true }
    guard haystack.count >= needle.count else { return false }
    for start in 0...(haystack.count - needle.count) where haystack[start] == first {
      if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
    }
    return false
  }
}

extension String.UTF8View {
  /// How many times `byte` occurs, counted on the contiguous storage of a native string.
  func count(of byte: UInt8) -> Int {
    withContiguousStorageIfAvailable { buffer in
      var count = 0
      for value in buffer where value == byte { count &+= 1 }
      return count
    } ?? reduce(0) { $0 + ($1 == byte ? 1 : 0) }
  }
}
