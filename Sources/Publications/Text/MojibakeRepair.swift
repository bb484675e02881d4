/// Repairs UTF-8 text that was once decoded as Mac Roman or Windows-1252 and saved again
/// (`üìù` for 📝, `‚Äô` or `â€™` for ’, `2√ó` for 2×).
///
/// Each run of non-ASCII characters is mapped back to bytes through the legacy encoding; when
/// those bytes are valid UTF-8 that decodes to something else, the run is replaced. Real
/// accented text (`Schön`, `Sjölund`) maps to bytes that are not valid UTF-8 and is kept.
///
/// Hand-written: Foundation on Linux maps `.macOSRoman` wrongly (it round-trips `ü` to 0xCE),
/// so the two code pages are tables here.
enum MojibakeRepair {
  struct Result {
    var text: String
    var count: Int
    var encoding: String
    var firstLine: Int
    /// The first repaired sequence and what it became, for the message.
    var example: (broken: String, repaired: String)?
  }

  /// Mac Roman bytes 0x80–0xFF, in order (0xF0 is the Apple logo, U+F8FF).
  private static let macRoman: [Character] = Array(
    "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø"
      + "¿¡¬√ƒ≈∆«»…\u{A0}ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\u{F8FF}ÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ")

  /// Windows-1252 bytes 0x80–0x9F; 0xA0–0xFF are Latin-1. Undefined bytes map to U+0081 etc.
  private static let windows1252High: [Character] = Array(
    "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8D}Ž\u{8F}\u{90}‘’“”•–—˜™š›œ\u{9D}žŸ")

  private static let macRomanBytes: [Character: UInt8] = Dictionary(
    uniqueKeysWithValues: macRoman.enumerated().map { ($1, UInt8(0x80 + $0)) })

  private static let windows1252Bytes: [Character: UInt8] = {
    var map: [Character: UInt8] = [:]
    for (i, c) in windows1252High.enumerated() { map[c] = UInt8(0x80 + i) }
    for value in 0xA0...0xFF {
      if let scalar = Unicode.Scalar(value) { map[Character(scalar)] = UInt8(value) }
    }
    return map
  }()

  /// Repairs every mojibake run in `text`; reports the encoding seen most.
  static func repair(_ text: String) -> Result {
    var text = text
    text.makeContiguousUTF8()
    let unchanged = Result(text: text, count: 0, encoding: "", firstLine: 0)
    return text.utf8.withContiguousStorageIfAvailable { repair(text, bytes: $0) ?? unchanged } ?? unchanged
  }

  /// The repaired text, nil when nothing needs repair.
  ///
  /// NB: on bytes: an ASCII byte always starts a character in UTF-8, so a run of non-ASCII
  /// bytes is a run of whole non-ASCII scalars, found at memory speed; only a run of two or
  /// more scalars (rare in real text) is looked up, and only a repair copies the text.
  private static func repair(_ text: String, bytes: UnsafeBufferPointer<UInt8>) -> Result? {
    var output: [UInt8] = []
    var copied = 0
    var counts = (macRoman: 0, windows: 0)
    var firstLine = 0
    var example: (broken: String, repaired: String)?
    for run in multiScalarRuns(in: bytes) {
      let broken = String(decoding: UnsafeBufferPointer(rebasing: bytes[run]), as: UTF8.self)
      guard let (fixed, fromMac) = decodeRun(broken) else { continue }
      if example == nil { example = (broken, fixed) }
      if firstLine == 0 { firstLine = 1 + bytes[..<run.lowerBound].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
      output += bytes[copied..<run.lowerBound]
      output += fixed.utf8
      copied = run.upperBound
      if fromMac { counts.macRoman += 1 } else { counts.windows += 1 }
    }
    let count = counts.macRoman + counts.windows
    guard count > 0 else { return nil }
    output += bytes[copied...]
    let encoding = counts.macRoman >= counts.windows ? "Mac Roman" : "Windows-1252"
    return Result(
      text: String(decoding: output, as: UTF8.self), count: count, encoding: encoding, firstLine: firstLine,
      example: example)
  }

  /// The byte ranges of the runs of two or more non-ASCII scalars.
  private static func multiScalarRuns(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var runs: [Range<Int>] = []
    var start = 0
    while start < bytes.count {
      guard bytes[start] >= 0x80 else {
        start += 1
        continue
      }
      var end = start
      var scalars = 0
      while end < bytes.count, bytes[end] >= 0x80 {
        if bytes[end] >= 0xC0 { scalars += 1 }
        end += 1
      }
      if scalars >= 2 { runs.append(start..<end) }
      start = end
    }
    return runs
  }

  /// The run decoded through either code page, when that gives valid UTF-8 beyond ASCII.
  private static func decodeRun(_ run: String) -> (String, Bool)? {
    guard run.count >= 2 else { return nil }
    for (table, isMac) in [(macRomanBytes, true), (windows1252Bytes, false)] {
      var bytes: [UInt8] = []
      bytes.reserveCapacity(run.count)
      var encodable = true
      for character in run {
        guard let byte = table[character] else {
          encodable = false
          break
        }
        bytes.append(byte)
      }
      guard encodable, let decoded = String(validatingUTF8Bytes: bytes) else { continue }
      return (decoded, isMac)
    }
    return nil
  }
}

extension String {
  /// The bytes as a string when they are entirely valid UTF-8, else nil.
  init?(validatingUTF8Bytes bytes: [UInt8]) {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var scalars = String.UnicodeScalarView()
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): scalars.append(scalar)
      case .emptyInput: break loop
      case .error: return nil
      }
    }
    self = String(scalars)
  }
}
