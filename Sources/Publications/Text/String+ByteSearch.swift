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

  /// Whether any of `words` occurs in the text, compared byte for byte as `containsBytes(of:)`
  /// compares, in one scan of the text.
  func containsBytes(ofAny words: ByteWords) -> Bool {
    utf8.withContiguousStorageIfAvailable(words.occur) ?? Array(utf8).withUnsafeBufferPointer(words.occur)
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

extension StringProtocol {
  /// The first (or, `backwards`, the last) occurrence of the ASCII `word`, compared byte for
  /// byte; ASCII letters match in either case when `ignoringCase`.
  ///
  /// NB: Foundation's `range(of:options:)` bridges to NSString on Linux, and the reference
  /// parser's repairs ask it for every reference; an ASCII word's match starts and ends on
  /// character boundaries, so the range slices the text.
  func range(ofASCII word: String, backwards: Bool = false, ignoringCase: Bool = false) -> Range<Index>? {
    let needle = Array(word.utf8)
    precondition(needle.allSatisfy { $0 < 0x80 }, "range(ofASCII:) takes an ASCII word")
    let search = { (haystack: UnsafeBufferPointer<UInt8>) in
      Self.offset(of: needle, in: haystack, backwards: backwards, ignoringCase: ignoringCase)
    }
    guard let offset = utf8.withContiguousStorageIfAvailable(search) ?? Array(utf8).withUnsafeBufferPointer(search)
    else { return nil }
    let lower = utf8.index(startIndex, offsetBy: offset)
    return lower..<utf8.index(lower, offsetBy: needle.count)
  }

  private static func offset(
    of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, backwards: Bool, ignoringCase: Bool
  ) -> Int? {
    guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
    func folded(_ byte: UInt8) -> UInt8 { ignoringCase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
    let wanted = needle.map(folded)
    let starts = 0...(haystack.count - needle.count)
    let isMatch = { (start: Int) in wanted.indices.allSatisfy { folded(haystack[start + $0]) == wanted[$0] } }
    return backwards ? starts.reversed().first(where: isMatch) : starts.first(where: isMatch)
  }
}

/// Words searched for together, byte for byte, with a table of their first bytes: one scan of a
/// text answers whether any occurs, and most bytes are passed over with one lookup.
struct ByteWords: Sendable {
  private let words: [[UInt8]]
  private let isFirstByte: [Bool]

  init(_ words: [String]) {
    self.words = words.map { Array($0.utf8) }.filter { !$0.isEmpty }
    var isFirstByte = [Bool](repeating: false, count: 256)
    for word in self.words { isFirstByte[Int(word[0])] = true }
    self.isFirstByte = isFirstByte
  }

  fileprivate func occur(in text: UnsafeBufferPointer<UInt8>) -> Bool {
    isFirstByte.withUnsafeBufferPointer { isFirst in
      for start in text.indices where isFirst[Int(text[start])] {
        for word in words where word.count <= text.count - start && word[0] == text[start] {
          if text[start..<(start + word.count)].elementsEqual(word) { return true }
        }
      }
      return false
    }
  }
}
