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
    guard mayHoldMojibake(text) else { return Result(text: text, count: 0, encoding: "", firstLine: 0) }
    // Copy the text between repaired runs as slices; only repaired runs are rebuilt.
    var output = ""
    output.reserveCapacity(text.utf8.count)
    var copiedUpTo = text.startIndex
    var runStart: String.Index?
    var counts = (macRoman: 0, windows: 0)
    var line = 1
    var firstLine = 0
    var example: (broken: String, repaired: String)?
    func finishRun(at end: String.Index) {
      guard let start = runStart else { return }
      runStart = nil
      let run = String(text[start..<end])
      guard let (fixed, fromMac) = decodeRun(run) else { return }
      if example == nil { example = (run, fixed) }
      output += text[copiedUpTo..<start]
      output += fixed
      copiedUpTo = end
      if fromMac { counts.macRoman += 1 } else { counts.windows += 1 }
      if firstLine == 0 { firstLine = line }
    }
    // Bytes, not Characters: an ASCII byte always starts a character in UTF-8, so runs of
    // non-ASCII bytes are runs of whole non-ASCII scalars, found at memory speed.
    let utf8 = text.utf8
    var index = utf8.startIndex
    while index < utf8.endIndex {
      let byte = utf8[index]
      if byte < 0x80 {
        finishRun(at: index)
        if byte == 0x0A { line += 1 }
      } else if runStart == nil {
        runStart = index
      }
      index = utf8.index(after: index)
    }
    finishRun(at: text.endIndex)
    output += text[copiedUpTo...]
    let count = counts.macRoman + counts.windows
    let encoding = counts.macRoman >= counts.windows ? "Mac Roman" : "Windows-1252"
    return Result(
      text: count > 0 ? output : text, count: count, encoding: encoding, firstLine: firstLine, example: example)
  }

  /// Whether some run of two or more non-ASCII characters is all in one code page: the only
  /// shape mojibake can take. Checked without building any output.
  /// Whether some run of two or more non-ASCII scalars maps wholly into one legacy table.
  ///
  /// NB: on bytes, with tables keyed by scalar value: most files hold no such run, and hashing
  /// a `Character` for every accented letter of a large bibliography was most of reading it.
  private static func mayHoldMojibake(_ text: String) -> Bool {
    var text = text
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable { bytes in
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
        if scalars >= 2, mapsWhole(UnsafeBufferPointer(rebasing: bytes[start..<end])) { return true }
        start = end
      }
      return false
    } ?? false
  }

  /// Whether every scalar of a run of non-ASCII bytes is in the Mac Roman table, or every one
  /// in the Windows-1252 table.
  private static func mapsWhole(_ run: UnsafeBufferPointer<UInt8>) -> Bool {
    var allMac = true
    var allWindows = true
    for scalar in String(decoding: run, as: UTF8.self).unicodeScalars where allMac || allWindows {
      // NB: a scalar missing from a set may still equal a table Character canonically (the
      // Ångström sign is Å), so a miss asks the Character table.
      allMac = allMac && (macRomanScalars.contains(scalar.value) || macRomanBytes[Character(scalar)] != nil)
      allWindows = allWindows
        && (windows1252Scalars.contains(scalar.value) || windows1252Bytes[Character(scalar)] != nil)
    }
    return allMac || allWindows
  }

  private static let macRomanScalars = Set(macRomanBytes.keys.flatMap { $0.unicodeScalars.map(\.value) })
  private static let windows1252Scalars = Set(windows1252Bytes.keys.flatMap { $0.unicodeScalars.map(\.value) })

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
