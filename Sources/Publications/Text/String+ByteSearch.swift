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
    return text.withUTF8 { haystack in word.withUTF8 { needle in Self.offset(of: needle, in: haystack) != nil } }
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
      utf8.withContiguousStorageIfAvailable { haystack in Self.offset(of: needle, in: haystack) }
        ?? Array(utf8).withUnsafeBufferPointer { haystack in Self.offset(of: needle, in: haystack) }
    }
    return offset.map { utf8.index(utf8.startIndex, offsetBy: $0 + word.utf8.count) }
  }

  /// Where `needle` first occurs in `haystack` (or last, `backwards`), byte for byte; ASCII
  /// letters match in either case when `ignoringCase`. An empty needle occurs at 0.
  fileprivate static func offset(
    of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, backwards: Bool = false,
    ignoringCase: Bool = false
  ) -> Int? {
    guard let first = needle.first else { return 0 }
    guard haystack.count >= needle.count else { return nil }
    func folded(_ byte: UInt8) -> UInt8 { ignoringCase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
    let wantedFirst = folded(first)
    let lastStart = haystack.count - needle.count
    var start = backwards ? lastStart : 0
    // NB: plain loops: the venue rules and the reference repairs ask this of every name.
    while start >= 0, start <= lastStart {
      if folded(haystack[start]) == wantedFirst {
        var matched = 1
        while matched < needle.count, folded(haystack[start + matched]) == folded(needle[matched]) { matched += 1 }
        if matched == needle.count { return start }
      }
      start += backwards ? -1 : 1
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
    // NB: most texts hold none of the bytes asked about (NUL, CR): C's `memchr` says so at
    // several times the speed of a counting loop, a second on a 1 GB file.
    guard contains(byte: byte) else { return 0 }
    return withContiguousStorageIfAvailable { $0.count(of: byte) } ?? reduce(0) { $0 + ($1 == byte ? 1 : 0) }
  }

  /// Whether `byte` occurs, by C's `memchr` on the contiguous storage of a native string.
  func contains(byte: UInt8) -> Bool {
    withContiguousStorageIfAvailable { buffer in
      guard let start = buffer.baseAddress else { return false }
      return memchr(start, Int32(byte), buffer.count) != nil
    } ?? contains(byte)
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// How many times `byte` occurs. NB: `&+=`, so that the loop vectorises.
  func count(of byte: UInt8) -> Int {
    var count = 0
    for value in self where value == byte { count &+= 1 }
    return count
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
    var word = word
    precondition(word.utf8.allSatisfy { $0 < 0x80 }, "range(ofASCII:) takes an ASCII word")
    guard !word.isEmpty else { return nil }
    let found = word.withUTF8 { needle in
      let search = { (haystack: UnsafeBufferPointer<UInt8>) in
        Self.offset(of: needle, in: haystack, backwards: backwards, ignoringCase: ignoringCase)
      }
      return utf8.withContiguousStorageIfAvailable(search) ?? Array(utf8).withUnsafeBufferPointer(search)
    }
    guard let offset = found else { return nil }
    let lower = utf8.index(startIndex, offsetBy: offset)
    return lower..<utf8.index(lower, offsetBy: word.utf8.count)
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
