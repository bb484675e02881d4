import Foundation

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
    return text.withUTF8 { haystack in word.withUTF8 { needle in Self.firstOffset(of: needle, in: haystack) != nil } }
  }

  /// The index just after the first occurrence of `word`, compared byte for byte as
  /// `containsBytes(of:)` compares; nil when it does not occur. An ASCII `word` ends on a
  /// character boundary, so the index slices the text.
  func endOfBytes(of word: String) -> Index? {
    var word = word
    let offset = word.withUTF8 { needle in
      utf8.withContiguousStorageIfAvailable { haystack in Self.firstOffset(of: needle, in: haystack) }
        ?? Array(utf8).withUnsafeBufferPointer { haystack in Self.firstOffset(of: needle, in: haystack) }
    }
    return offset.map { utf8.index(utf8.startIndex, offsetBy: $0 + word.utf8.count) }
  }

  private static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let first = needle.first else { return 0 }
    guard haystack.count >= needle.count else { return nil }
    for start in 0...(haystack.count - needle.count) where haystack[start] == first {
      if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
    }
    return nil
  }
}

extension String {
  /// Foundation's `contains(word)` for an ASCII `word`, with a byte scan in front.
  ///
  /// NB: Foundation's `contains` goes through NSString and allocates on every call. A match it
  /// finds holds `word`'s bytes, because no other code point is canonically equivalent to an
  /// ASCII character other than `K`, `;` and `` ` `` (U+212A, U+037E, U+1FEF); so a failed byte
  /// scan answers for it, and otherwise Foundation decides. The answer is always Foundation's.
  func containsASCII(_ word: String) -> Bool {
    assert(word.utf8.allSatisfy { $0 < 0x80 && !"K;`".utf8.contains($0) }, "no byte-equivalent word")
    return containsBytes(of: word) && contains(word)
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
