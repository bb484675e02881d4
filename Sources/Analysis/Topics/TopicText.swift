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

  /// Calls `visit` with each word's UTF-8 and with nil at each boundary: any punctuation except a hyphen
  /// joining two words. White space and apostrophes separate words without ending a segment
  /// ("model's" leaves "model" and a one-letter "s" that is dropped).
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
    var word: [UInt8] = []
    word.reserveCapacity(32)
    var hyphenPending = false
    func closeWord() {
      // NB: the word's bytes, not a String: the word table looks them up as they are.
      if !word.isEmpty { word.withUnsafeBufferPointer { visit($0) } }
      word.removeAll(keepingCapacity: true)
      hyphenPending = false
    }
    // NB: a run of ASCII letters and digits (most of any text) is found first and copied
    // into the word at once; the switch sees every other character.
    func asciiLetterRun(from start: Int) -> Int {
      var end = start
      while end < bytes.count, bytes[end] < 0x80, asciiKinds[Int(bytes[end])] == .letter { end += 1 }
      return end
    }
    var i = 0
    while i < bytes.count {
      let lead = bytes[i]
      let kind: Kind
      let end: Int
      if lead < 0x80 {
        kind = asciiKinds[Int(lead)]
        end = kind == .letter ? asciiLetterRun(from: i) : i + 1
      } else {
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        kind = Kind(Self.scalar(in: bytes, at: i, length: length))
        end = i + length
      }
      let characters = UnsafeBufferPointer(rebasing: bytes[i..<end])
      switch kind {
      case .letter:
        if hyphenPending { word.append(UInt8(ascii: "-")) }
        hyphenPending = false
        word.append(contentsOf: characters)
      case .hyphen:
        if word.isEmpty || hyphenPending { closeWord(); visit(nil) } else { hyphenPending = true }
      case .space: closeWord()
      case .mark: if word.isEmpty { closeWord() } else { word.append(contentsOf: characters) }
      case .punctuation:
        closeWord()
        visit(nil)
      }
      i = end
    }
    closeWord()
  }

  /// The scalar whose valid UTF-8 starts at `index` and takes `length` bytes.
  private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Unicode.Scalar {
    var value = UInt32(bytes[index]) & (0xFF >> (length + 1))
    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  private enum Kind {
    case letter, hyphen, space, mark, punctuation

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
