import Foundation

/// Turns the LaTeX in BibTeX fields into Unicode text: accents (`{\"u}`, `\'{e}`, `\c{c}`),
/// special letters (`{\ss}`, `{\o}`), escapes (`\&`, `\%`), dashes (`--`, `---`), ties (`~`),
/// formatting commands (`\emph{…}` keeps its text), protective braces (`{P}rotected`) and TeX
/// quotes (``` ``Offline'' ``` is “Offline”). Math is written out as readable Unicode: symbols,
/// spaced relations, super- and subscripts (`$1.5\lesssim z\lesssim 3.5$` is “1.5 ≲ z ≲ 3.5”,
/// `$^{13}$C` is ¹³C).
///
/// Hand-written: no package here decodes LaTeX.
enum LaTeXDecoder {
  /// Decodes `text`; plain text passes through unchanged.
  static func decode(_ text: String) -> String {
    // NB: most fields (abstracts above all) hold no LaTeX; look at bytes before decoding.
    guard needsDecoding(text.utf8) else { return text.collapsingWhitespace() }
    var decoder = LaTeXByteDecoder(Array(text.utf8))
    decoder.run()
    let decoded = String(decoding: decoder.output, as: UTF8.self)
    return (decoder.addedMarks ? decoded.precomposedStringWithCanonicalMapping : decoded).collapsingWhitespace()
  }

  /// Whether `bytes` hold a command, a brace, a tie, math, a TeX quote or a dash pair: one byte scan.
  private static func needsDecoding(_ utf8: String.UTF8View) -> Bool {
    utf8.withContiguousStorageIfAvailable(needsDecoding) ?? needsDecoding(Array(utf8))
  }

  private static func needsDecoding<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
    // NB: one table lookup a byte; most bytes of a title or an abstract are letters.
    let kinds = markupKinds
    var previous: UInt8 = 0
    for byte in bytes {
      switch kinds[Int(byte)] {
      case .always: return true
      case .doubled where previous == byte: return true
      default: break
      }
      previous = byte
    }
    return false
  }

  private enum MarkupKind { case none, always, doubled }

  /// What each byte says about markup: a command, a brace, a tie, math or a TeX quote always
  /// needs decoding; a dash or an apostrophe when doubled.
  private static let markupKinds: [MarkupKind] = (0..<256).map { value in
    switch UInt8(value) {
    case UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "~"), UInt8(ascii: "$"), UInt8(ascii: "`"): .always
    case UInt8(ascii: "-"), UInt8(ascii: "'"): .doubled
    default: .none
    }
  }

  /// The UTF-8 of the precomposed character for an ASCII letter and an accent's mark, when
  /// Unicode has one (`e` and U+0301 are `é`; `q` and U+0301 have none).
  static func composed(_ letter: UInt8, _ mark: Unicode.Scalar) -> [UInt8]? {
    composedLetters[UInt32(letter) << 24 | mark.value]
  }

  /// Every ASCII letter with every accent mark, composed once by Foundation's NFC.
  private static let composedLetters: [UInt32: [UInt8]] = {
    var table: [UInt32: [UInt8]] = [:]
    let letters = Array(UInt8(ascii: "A")...UInt8(ascii: "Z")) + Array(UInt8(ascii: "a")...UInt8(ascii: "z"))
    for letter in letters {
      for mark in accents.values {
        var pair = String.UnicodeScalarView()
        pair.append(Unicode.Scalar(letter))
        pair.append(mark)
        let composed = String(pair).precomposedStringWithCanonicalMapping
        if composed.unicodeScalars.count == 1 { table[UInt32(letter) << 24 | mark.value] = Array(composed.utf8) }
      }
    }
    return table
  }()

  /// Combining marks for accent commands.
  static let accents: [Unicode.Scalar: Unicode.Scalar] = [
    "\"": "\u{0308}", "'": "\u{0301}", "`": "\u{0300}", "^": "\u{0302}", "~": "\u{0303}", "=": "\u{0304}",
    ".": "\u{0307}", "u": "\u{0306}", "v": "\u{030C}", "H": "\u{030B}", "c": "\u{0327}", "k": "\u{0328}",
    "r": "\u{030A}", "d": "\u{0323}", "b": "\u{0331}", "t": "\u{0361}",
  ]

  static let letters: [String: String] = [
    "ss": "ß", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "l": "ł",
    "L": "Ł", "i": "ı", "j": "ȷ", "dh": "ð", "DH": "Ð", "th": "þ", "TH": "Þ", "ng": "ŋ", "NG": "Ŋ",
    "dag": "†", "dagger": "†", "ddag": "‡", "ddagger": "‡", "ast": "*", "S": "§", "P": "¶", "copyright": "©",
    "textregistered": "®", "texttrademark": "™", "ldots": "…", "dots": "…", "textendash": "–", "textemdash": "—",
    "times": "×", "pm": "±", "mp": "∓", "infty": "∞", "textquoteright": "’", "textquoteleft": "‘", "LaTeX": "LaTeX",
    "TeX": "TeX", "textasciitilde": "~", "textbackslash": "\\",
    // Journal macros of the AAS and MNRAS styles, common in astronomy .bib files.
    "mnras": "Monthly Notices of the Royal Astronomical Society", "apj": "Astrophysical Journal",
    "apjl": "Astrophysical Journal Letters", "apjs": "Astrophysical Journal Supplement Series",
    "aap": "Astronomy and Astrophysics", "aj": "Astronomical Journal", "araa": "Annual Review of Astronomy and Astrophysics",
    "nat": "Nature", "natas": "Nature Astronomy", "pre": "Physical Review E", "prl": "Physical Review Letters",
    "jfm": "Journal of Fluid Mechanics", "ssr": "Space Science Reviews", "pasp": "Publications of the Astronomical Society of the Pacific",
  ]
}
