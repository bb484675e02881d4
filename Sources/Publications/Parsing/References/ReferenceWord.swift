/// What the features know of one word of a reference, read once from its bytes.
///
/// Every text value is kept as a 32-bit hash: the features combine hashes and never build strings,
/// which is what lets the tagger read tens of thousands of references a second.
struct ReferenceWord {
  /// How a word is capitalised.
  enum Case: UInt8 {
    case none, allCaps, capitalised, lower, digits, mixed, singleCapital
  }

  /// The lowercased letters and digits ("Proc." → "proc"), or the punctuation when there are none.
  var word: UInt32 = 0
  var raw: UInt32 = 0
  /// Characters by class, runs cut at two: "Smith," → "Xxx,"; "2011)." → "dd).".
  var shape: UInt32 = 0
  /// Characters by class, runs cut at one: "Smith," → "Xx,".
  var shortShape: UInt32 = 0
  var prefixes: (UInt32, UInt32, UInt32) = (0, 0, 0)
  var suffixes: (UInt32, UInt32, UInt32) = (0, 0, 0)
  var firstPunctuation: UInt8 = 0
  var lastPunctuation: UInt8 = 0
  var letterCase = Case.none
  var letterCount = 0
  var hasDigit = false
  /// 0: no year; 1: a year inside ("2011a", "12(2011)"); 2: a year alone with punctuation ("(2011).").
  var year: UInt8 = 0
  /// "J.", "J.-P.", "AB," (a capital or two and a period, or Vancouver initials).
  var isInitial = false
  var isURL = false
  var isRange = false
  var opensQuote = false
  var closesQuote = false
  var opensParenthesis = false
  var closesParenthesis = false

  init(_ bytes: ArraySlice<UInt8>) {
    raw = Self.hash(bytes.lazy.map(Self.lowercased))
    readLetters(bytes)
    readPunctuation(bytes)
    readNumbers(bytes)
    isURL = Self.urlPrefixes.contains { prefix in
      bytes.count >= prefix.count && zip(bytes, prefix).allSatisfy { Self.lowercased($0) == $1 }
    }
  }

  private static let urlPrefixes = ["http", "www.", "doi:", "10.", "arxiv:"].map { Array($0.utf8) }

  /// Hashes the letters, shapes, prefixes and suffixes in one pass, without building arrays:
  /// this runs for every word of every reference.
  private mutating func readLetters(_ bytes: ArraySlice<UInt8>) {
    let basis: UInt32 = 2_166_136_261
    var wordHash = basis
    var shapeHash = basis
    var shortHash = basis
    var previousKind: UInt8 = 0
    var run = 0
    var (upper, lower, digits, letters) = (0, 0, 0, 0)
    var last: (UInt8, UInt8, UInt8) = (0, 0, 0)
    for byte in bytes {
      let kind = Self.shapeClass(byte)
      run = kind == previousKind ? run + 1 : 1
      previousKind = kind
      if run <= 2 { shapeHash = Self.step(shapeHash, kind) }
      if run == 1 { shortHash = Self.step(shortHash, kind) }
      switch kind {
      case UInt8(ascii: "X"): upper += 1
      case UInt8(ascii: "x"): lower += 1
      case UInt8(ascii: "d"): digits += 1
      default: continue
      }
      // NB: a byte of a non-ASCII letter counts as lowercase: accents are rare in capitals.
      let letter = Self.lowercased(byte)
      wordHash = Self.step(wordHash, letter)
      letters += 1
      if letters == 1 { prefixes.0 = wordHash }
      if letters == 2 { prefixes.1 = wordHash }
      if letters == 3 { prefixes.2 = wordHash }
      last = (last.1, last.2, letter)
    }
    if letters < 3 { prefixes.2 = wordHash }
    if letters < 2 { prefixes.1 = wordHash }
    if letters < 1 { prefixes.0 = wordHash }
    letterCount = upper + lower
    hasDigit = digits > 0
    shape = shapeHash
    shortShape = shortHash
    word = letters == 0 ? raw : wordHash
    suffixes = (
      Self.step(basis, last.2),
      letters >= 2 ? Self.step(Self.step(basis, last.1), last.2) : wordHash,
      letters >= 3 ? Self.step(Self.step(Self.step(basis, last.0), last.1), last.2) : wordHash
    )
    letterCase =
      switch (upper, lower, digits) {
      case (0, 0, 0): .none
      case (0, 0, _): .digits
      case (1, 0, _): .singleCapital
      case (_, 0, _): .allCaps
      case (0, _, _): .lower
      default: Self.isCapitalised(bytes) ? .capitalised : .mixed
      }
  }

  private mutating func readPunctuation(_ bytes: ArraySlice<UInt8>) {
    if let first = bytes.first, Self.isPunctuation(first) { firstPunctuation = first }
    if let last = bytes.last, Self.isPunctuation(last) { lastPunctuation = last }
    let quote = UInt8(ascii: "\"")
    opensQuote = bytes.first == quote || (bytes.first.map(Self.isOpening) == true && bytes.dropFirst().first == quote)
    var end = bytes.endIndex
    while end > bytes.startIndex, [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":")].contains(bytes[end - 1]) {
      end -= 1
    }
    let lastKept = end > bytes.startIndex ? bytes[end - 1] : nil
    closesQuote = lastKept == quote && (bytes.count > 1 || !opensQuote)
    opensParenthesis = bytes.first.map(Self.isOpening) == true
    closesParenthesis = lastKept.map(Self.isClosing) == true
    var capitals = 0
    var others = 0
    var hasPeriod = false
    for byte in bytes {
      if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
        capitals += 1
      } else if byte == UInt8(ascii: ".") {
        hasPeriod = true
      } else if byte != UInt8(ascii: "-") && byte != UInt8(ascii: ",") {
        others += 1
      }
    }
    isInitial = capitals >= 1 && others == 0 && (hasPeriod ? capitals <= 3 : capitals <= 2 && bytes.count <= 3)
  }

  private mutating func readNumbers(_ bytes: ArraySlice<UInt8>) {
    var index = bytes.startIndex
    while index < bytes.endIndex {
      guard Self.isDigit(bytes[index]) else {
        index += 1
        continue
      }
      var end = index
      while end < bytes.endIndex, Self.isDigit(bytes[end]) { end += 1 }
      if end - index == 4, let value = Int(String(decoding: bytes[index..<end], as: UTF8.self)), (1800...2039).contains(value) {
        let rest = bytes[..<index].count + bytes[end...].count
        let punctuationOnly = bytes[..<index].allSatisfy(Self.isPunctuation) && bytes[end...].allSatisfy(Self.isPunctuation)
        year = max(year, punctuationOnly || rest == 0 ? 2 : 1)
      }
      if end < bytes.endIndex - 1, bytes[end] == UInt8(ascii: "-"), Self.isDigit(bytes[end + 1]) { isRange = true }
      index = end
    }
  }

  // MARK: - Bytes

  /// One step of FNV-1a.
  @inline(__always)
  static func step(_ hash: UInt32, _ byte: UInt8) -> UInt32 { (hash ^ UInt32(byte)) &* 16_777_619 }

  static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt32 {
    var value: UInt32 = 2_166_136_261
    for byte in bytes {
      value = (value ^ UInt32(byte)) &* 16_777_619
    }
    return value
  }

  static func lowercased(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  static func isPunctuation(_ byte: UInt8) -> Bool {
    byte < 0x80 && !isDigit(byte) && !(byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
  }

  private static func isOpening(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") }
  private static func isClosing(_ byte: UInt8) -> Bool { byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") }

  private static func isCapitalised(_ bytes: ArraySlice<UInt8>) -> Bool {
    guard let first = bytes.first(where: { !isPunctuation($0) }) else { return false }
    return first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")
  }

  /// `X`, `x` or `d` for a letter or digit (any non-ASCII byte is `x`), else the byte itself.
  private static func shapeClass(_ byte: UInt8) -> UInt8 {
    if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { return UInt8(ascii: "X") }
    if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") || byte >= 0x80 { return UInt8(ascii: "x") }
    if isDigit(byte) { return UInt8(ascii: "d") }
    return byte
  }
}
