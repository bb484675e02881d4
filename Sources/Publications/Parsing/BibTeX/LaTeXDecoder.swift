import Foundation

/// Turns the LaTeX in BibTeX fields into Unicode text: accents (`{\"u}`, `\'{e}`, `\c{c}`),
/// special letters (`{\ss}`, `{\o}`), escapes (`\&`, `\%`), dashes (`--`, `---`), ties (`~`),
/// formatting commands (`\emph{…}` keeps its text) and protective braces (`{P}rotected`).
/// Math is left as text without its `$` delimiters.
///
/// Hand-written: no package here decodes LaTeX.
enum LaTeXDecoder {
  /// Decodes `text`; plain text passes through unchanged.
  static func decode(_ text: String) -> String {
    // NB: most fields (abstracts above all) hold no LaTeX; look at bytes before decoding.
    guard needsDecoding(text.utf8) else { return text.collapsingWhitespace() }
    var decoder = State(Array(text.unicodeScalars))
    let decoded = decoder.run()
    return (decoder.addedMarks ? decoded.precomposedStringWithCanonicalMapping : decoded).collapsingWhitespace()
  }

  /// Whether `bytes` hold a command, a brace, a tie, math or a dash pair: one byte scan.
  private static func needsDecoding(_ bytes: String.UTF8View) -> Bool {
    var previousWasHyphen = false
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "~"), UInt8(ascii: "$"): return true
      case UInt8(ascii: "-"):
        if previousWasHyphen { return true }
        previousWasHyphen = true
      default: previousWasHyphen = false
      }
    }
    return false
  }

  /// Combining marks for accent commands.
  private static let accents: [Unicode.Scalar: Unicode.Scalar] = [
    "\"": "\u{0308}", "'": "\u{0301}", "`": "\u{0300}", "^": "\u{0302}", "~": "\u{0303}", "=": "\u{0304}",
    ".": "\u{0307}", "u": "\u{0306}", "v": "\u{030C}", "H": "\u{030B}", "c": "\u{0327}", "k": "\u{0328}",
    "r": "\u{030A}", "d": "\u{0323}", "b": "\u{0331}", "t": "\u{0361}",
  ]

  private static let letters: [String: String] = [
    "ss": "ß", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "l": "ł",
    "L": "Ł", "i": "ı", "j": "ȷ", "dh": "ð", "DH": "Ð", "th": "þ", "TH": "Þ", "ng": "ŋ", "NG": "Ŋ",
    "dag": "†", "dagger": "†", "ddag": "‡", "ddagger": "‡", "ast": "*", "S": "§", "P": "¶", "copyright": "©",
    "textregistered": "®", "texttrademark": "™", "ldots": "…", "dots": "…", "textendash": "–", "textemdash": "—",
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "lambda": "λ", "mu": "μ", "pi": "π",
    "sigma": "σ", "tau": "τ", "phi": "φ", "omega": "ω", "times": "×", "pm": "±", "leq": "≤", "geq": "≥",
    "infty": "∞", "rightarrow": "→", "to": "→", "textquoteright": "’", "textquoteleft": "‘", "LaTeX": "LaTeX",
    "TeX": "TeX", "textasciitilde": "~", "textbackslash": "\\",
    // Journal macros of the AAS and MNRAS styles, common in astronomy .bib files.
    "mnras": "Monthly Notices of the Royal Astronomical Society", "apj": "Astrophysical Journal",
    "apjl": "Astrophysical Journal Letters", "apjs": "Astrophysical Journal Supplement Series",
    "aap": "Astronomy and Astrophysics", "aj": "Astronomical Journal", "araa": "Annual Review of Astronomy and Astrophysics",
    "nat": "Nature", "natas": "Nature Astronomy", "pre": "Physical Review E", "prl": "Physical Review Letters",
    "jfm": "Journal of Fluid Mechanics", "ssr": "Space Science Reviews", "pasp": "Publications of the Astronomical Society of the Pacific",
  ]

  /// The decoder's position in the text. NB: it walks Unicode scalars, not Characters: comparing
  /// scalars is an integer comparison, and every construct it reads is made of ASCII scalars.
  private struct State {
    var characters: [Unicode.Scalar]
    var index = 0
    /// Whether an accent added a combining mark, so the result needs composing (NFC).
    var addedMarks = false

    init(_ characters: [Unicode.Scalar]) {
      self.characters = characters
    }

    mutating func run(until terminator: Unicode.Scalar? = nil) -> String {
      var output = String.UnicodeScalarView()
      while index < characters.count {
        let c = characters[index]
        if let terminator, c == terminator {
          index += 1
          return String(output)
        }
        switch c {
        case "{":
          index += 1
          output.append(contentsOf: run(until: "}").unicodeScalars)
        case "}":
          index += 1
        case "\\":
          output.append(contentsOf: command().unicodeScalars)
        case "~":
          output.append(" ")
          index += 1
        case "$":
          index += 1
        case "-":
          output.append(contentsOf: dash().unicodeScalars)
        default:
          output.append(c)
          index += 1
        }
      }
      return String(output)
    }

    mutating func dash() -> String {
      var count = 0
      while index < characters.count, characters[index] == "-" {
        count += 1
        index += 1
      }
      switch count {
      case 1: return "-"
      case 2: return "–"
      default: return "—"
      }
    }

    /// One argument: `{…}` or a single character.
    mutating func argument() -> String {
      while index < characters.count, characters[index] == " " { index += 1 }
      guard index < characters.count else { return "" }
      if characters[index] == "{" {
        index += 1
        return run(until: "}")
      }
      if characters[index] == "\\" { return command() }
      defer { index += 1 }
      return String(characters[index])
    }

    /// An accent goes on a plain i or j: `\'{\i}` is í.
    func dotted(_ base: String) -> String {
      base == "ı" ? "i" : base == "ȷ" ? "j" : base
    }

    mutating func command() -> String {
      index += 1  // the backslash
      guard index < characters.count else { return "" }
      let first = characters[index]
      if !first.properties.isAlphabetic {
        index += 1
        if let mark = LaTeXDecoder.accents[first] {
          addedMarks = true
          return dotted(argument()) + String(mark)
        }
        switch first {
        case "\\": return " "
        case " ": return " "
        case ",", ";", ":", "!", "/": return first == "," ? "\u{2009}" : ""
        default: return String(first)  // \& \% \$ \# \_ \{ \}
        }
      }
      var name = ""
      while index < characters.count, characters[index].isASCII, characters[index].properties.isAlphabetic {
        name.unicodeScalars.append(characters[index])
        index += 1
      }
      if name.unicodeScalars.count == 1, let mark = name.unicodeScalars.first.flatMap({ LaTeXDecoder.accents[$0] }) {
        addedMarks = true
        return dotted(argument()) + String(mark)
      }
      if let letter = LaTeXDecoder.letters[name] {
        // A control word eats the space after it: "{\o} re" vs "\o re".
        if index < characters.count, characters[index] == " " { index += 1 }
        if index + 1 < characters.count, characters[index] == "{", characters[index + 1] == "}" { index += 2 }
        return letter
      }
      // \emph{x}, \textbf{x}, \url{x}, \mbox{x} and unknown commands keep their argument.
      while index < characters.count, characters[index] == " " { index += 1 }
      if index < characters.count, characters[index] == "{" { return argument() }
      return ""
    }
  }
}
