/// The words of a publication as topic modelling sees them: content words in reading order, as
/// ids of a shared `WordTable` (which knows each word's stem and written form).
///
/// Tokens are runs of Unicode letters and digits; a hyphen between two such runs keeps them one
/// token ("zero-shot", "text-to-image"). Stop words, academic boilerplate, numbers and single
/// characters are dropped. Punctuation and dropped words end a *segment*: key phrases are only
/// looked for inside one, so "… for images. Diffusion …" never yields "images diffusion".
struct TopicText: Sendable {
  /// Marks the end of a segment in `tokens`.
  static let boundary: Int32 = -1

  /// Written-word ids in reading order, `boundary` between segments (never two in a row, never
  /// first). NB: one flat array per text, not one per segment: a stop word ends a segment, so
  /// an abstract has dozens of them.
  var tokens: [Int32]

  init(_ text: String, words: inout WordTable) {
    var tokens: [Int32] = []
    Self.scan(text) { word in
      if let word, let id = words.id(of: word) {
        tokens.append(id)
      } else if let last = tokens.last, last != Self.boundary {
        tokens.append(Self.boundary)
      }
    }
    self.tokens = tokens
  }

  /// Calls `visit` with each word's UTF-8 and with nil at each boundary: any punctuation except
  /// a hyphen joining two words. White space and apostrophes separate words without ending a
  /// segment ("model's" leaves "model" and a one-letter "s" that is dropped).
  ///
  /// Reads UTF-8 bytes, ASCII (the bulk of titles and abstracts) through a table; other
  /// characters are decoded and classified by their Unicode properties, their bytes copied.
  private static func scan(_ text: String, visit: (UnsafeBufferPointer<UInt8>?) -> Void) {
    var text = text
    text.makeContiguousUTF8()
    text.utf8.withContiguousStorageIfAvailable { bytes in scan(bytes, visit: visit) }
  }

  private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, visit: (UnsafeBufferPointer<UInt8>?) -> Void) {
    let asciiKinds = Kind.asciiKinds
    let isASCIILetter = Kind.isASCIILetter
    var word = WordBuilder()
    var hyphenPending = false
    // Where the pending hyphen is, when it is an ASCII one (a word joined by it stays a piece
    // of the text).
    var hyphenAt = -1
    func closeWord() {
      // NB: the word's bytes, not a String: the word table looks them up as they are.
      if !word.isEmpty { word.withBytes(of: bytes, visit) }
      word.clear()
      hyphenPending = false
    }
    var i = 0
    while i < bytes.count {
      let lead = bytes[i]
      let kind: Kind
      var end = i + 1
      if lead < 0x80 {
        kind = asciiKinds[Int(lead)]
        // NB: a run of ASCII letters and digits (most of any text) is found with one table
        // lookup a byte and taken at once; the switch sees every other character.
        if kind == .letter { while end < bytes.count, isASCIILetter[Int(bytes[end])] { end += 1 } }
      } else {
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        kind = Kind(Self.scalar(in: bytes, at: i, length: length))
        end = i + length
      }
      switch kind {
      case .letter:
        if hyphenPending {
          if hyphenAt == i - 1 {
            word.append(hyphenAt..<end, of: bytes)
          } else {
            word.appendHyphen(of: bytes)
            word.append(i..<end, of: bytes)
          }
        } else {
          word.append(i..<end, of: bytes)
        }
        hyphenPending = false
      case .hyphen:
        if word.isEmpty || hyphenPending {
          closeWord()
          visit(nil)
        } else {
          hyphenPending = true
          hyphenAt = lead == UInt8(ascii: "-") ? i : -1
        }
      case .space: closeWord()
      case .mark: if word.isEmpty { closeWord() } else { word.append(i..<end, of: bytes) }
      case .punctuation:
        closeWord()
        visit(nil)
      }
      i = end
    }
    closeWord()
  }

  /// The word being read: a range of the text while it is written there in one piece (nearly
  /// always), copied out only when a Unicode hyphen or a mark makes it differ from the text.
  private struct WordBuilder {
    private var range = 0..<0
    private var copy: [UInt8] = []
    private var isCopied = false

    var isEmpty: Bool { isCopied ? copy.isEmpty : range.isEmpty }

    mutating func append(_ characters: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) {
      if !isCopied {
        if range.isEmpty { return range = characters }
        if characters.lowerBound == range.upperBound { return range = range.lowerBound..<characters.upperBound }
        copyOut(of: bytes)
      }
      copy.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[characters]))
    }

    /// Adds an ASCII hyphen where the text has another one (U+2010) or a mark in between.
    mutating func appendHyphen(of bytes: UnsafeBufferPointer<UInt8>) {
      if !isCopied { copyOut(of: bytes) }
      copy.append(UInt8(ascii: "-"))
    }

    func withBytes(of bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>?) -> Void) {
      if isCopied {
        copy.withUnsafeBufferPointer { body($0) }
      } else {
        body(UnsafeBufferPointer(rebasing: bytes[range]))
      }
    }

    mutating func clear() {
      range = 0..<0
      if isCopied { copy.removeAll(keepingCapacity: true) }
      isCopied = false
    }

    private mutating func copyOut(of bytes: UnsafeBufferPointer<UInt8>) {
      copy.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
      isCopied = true
    }
  }

  /// The scalar whose valid UTF-8 starts at `index` and takes `length` bytes.
  private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Unicode.Scalar {
    var value = UInt32(bytes[index]) & (0xFF >> (length + 1))
    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  private enum Kind {
    case letter, hyphen, space, mark, punctuation

    /// Whether each byte is an ASCII letter or digit (no byte of a longer character is).
    static let isASCIILetter: [Bool] = (0..<256).map { $0 < 0x80 && asciiKinds[$0] == .letter }

    /// The kind of each ASCII scalar, looked up rather than switched on: the scan's hot path.
    static let asciiKinds: [Kind] = (0..<128).map { value in
      switch value {
      case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: .letter
      case 0x2D: .hyphen
      case 0x20, 0x09, 0x0A, 0x0D, 0x27: .space
      default: .punctuation
      }
    }

    init(_ scalar: Unicode.Scalar) {
      let value = scalar.value
      if value < 0x80 {
        self = Self.asciiKinds[Int(value)]
        return
      }
      let properties = scalar.properties
      if value == 0x2010 { self = .hyphen }
      else if value == 0x2019 || properties.isWhitespace { self = .space }
      else if properties.isAlphabetic || properties.numericType != nil { self = .letter }
      else if properties.generalCategory == .nonspacingMark { self = .mark }
      else { self = .punctuation }
    }
  }
}
