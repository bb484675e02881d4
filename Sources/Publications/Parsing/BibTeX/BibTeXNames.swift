/// BibTeX's name rules: a list joined by `and` (at brace depth 0), each name written
/// "First von Last", "von Last, First" or "von Last, Jr, First"; `{Corporate Name}` is one
/// literal name; `and others` truncates the list.
enum BibTeXNames {
  struct Name {
    /// The display form, "First von Last Jr", LaTeX decoded, markers removed.
    var display: String
    var markers: [Person.Marker]
  }

  /// The names of an author or editor field, still in LaTeX.
  static func split(_ field: String) -> (names: [String], isTruncated: Bool) {
    var names = field.utf8.contains(where: isUnicodeSpaceLead) ? splitCharacters(field) : splitASCIISpaced(field)
    // NB: a comma before "and" ("Rossi, Marco, and Keller, Anna", as some exporters write it)
    // belongs to no name: kept, it made "Rossi, Marco," a three-part name, "Rossi Marco".
    names = names.map { $0.collapsingWhitespace().trimming(", ") }.filter { !$0.isEmpty }
    let truncated = names.last?.lowercased() == "others"
    if truncated { names.removeLast() }
    return (names, truncated)
  }

  /// Lead bytes of non-ASCII whitespace (NBSP, U+1680, U+2000–U+205F, U+3000) and NEL.
  private static func isUnicodeSpaceLead(_ byte: UInt8) -> Bool {
    byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3
  }

  /// `split` on bytes, for fields whose only whitespace is ASCII (nearly all).
  private static func splitASCIISpaced(_ field: String) -> [String] {
    let bytes = Array(field.utf8)
    func isSpace(_ i: Int) -> Bool {
      let byte = bytes[i]
      return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
    func isLetter(_ i: Int, _ lower: UInt8) -> Bool { bytes[i] | 0x20 == lower }
    var names: [String] = []
    var start = 0
    var depth = 0
    var i = 0
    while i < bytes.count {
      if bytes[i] == UInt8(ascii: "{") { depth += 1 }
      if bytes[i] == UInt8(ascii: "}") { depth -= 1 }
      if depth == 0, isSpace(i), i + 4 < bytes.count, isLetter(i + 1, UInt8(ascii: "a")),
        isLetter(i + 2, UInt8(ascii: "n")), isLetter(i + 3, UInt8(ascii: "d")), isSpace(i + 4)
      {
        names.append(String(decoding: bytes[start..<i], as: UTF8.self))
        i += 5
        start = i
        continue
      }
      i += 1
    }
    names.append(String(decoding: bytes[start...], as: UTF8.self))
    return names
  }

  private static func splitCharacters(_ field: String) -> [String] {
    var names: [String] = []
    var current = ""
    var depth = 0
    let characters = Array(field)
    var i = 0
    while i < characters.count {
      let c = characters[i]
      if c == "{" { depth += 1 }
      if c == "}" { depth -= 1 }
      if depth == 0, c.isWhitespace, i + 4 < characters.count, characters[i + 1].lowercased() == "a",
        characters[i + 2].lowercased() == "n", characters[i + 3].lowercased() == "d", characters[i + 4].isWhitespace
      {
        names.append(current)
        current = ""
        i += 5
        continue
      }
      current.append(c)
      i += 1
    }
    names.append(current)
    return names
  }

  /// Parses one name.
  static func parse(_ raw: String) -> Name {
    if let spelled = displayOrder(ofPlain: raw) { return named(LaTeXDecoder.decode(spelled)) }
    let trimmed = raw.trimmed()
    if trimmed.hasPrefix("{"), trimmed.hasSuffix("}"), depthNeverZero(trimmed) {
      return Name(display: LaTeXDecoder.decode(trimmed), markers: [])
    }
    return named(LaTeXDecoder.decode(displayOrder(of: trimmed)))
  }

  /// The words of a name in display order, "First von Last Jr", joined by spaces.
  ///
  /// NB: BibTeX's von part matters for sorting by surname, not for this order, so it is not
  /// split out: "First von Last" is already in order, "von Last, First" and
  /// "von Last, Jr, First" put their last part first.
  private static func displayOrder(of trimmed: String) -> String {
    let parts = splitTopLevel(trimmed, at: ",").map { $0.trimmed() }
    let words: [String]
    switch parts.count {
    case 1: words = Self.words(parts[0])
    case 2: words = Self.words(parts[1]) + Self.words(parts[0])
    // NB: "Kelleher, R. J., 3rd" (PubMed's order) puts the suffix last, where BibTeX wants the
    // first name: read as "von Last, First, Jr".
    case _ where isGenerationSuffix(parts[parts.count - 1]) && !isGenerationSuffix(parts[1]):
      words = Self.words(parts[1]) + Self.words(parts[0]) + Self.words(parts[2...].joined(separator: " "))
    default: words = Self.words(parts[2...].joined(separator: " ")) + Self.words(parts[0]) + Self.words(parts[1])
    }
    return words.joined(separator: " ")
  }

  /// "Jr.", "Sr", "III", and as PubMed writes it "3rd": the part of a name that says which
  /// generation.
  static func isGenerationSuffix(_ part: String) -> Bool {
    let word = part.lowercased()
    return Vocabulary.generationalSuffixes.contains(word) || ["2nd", "3rd", "4th"].contains(word)
  }

  /// The display name and its markers from the decoded words.
  private static func named(_ decoded: String) -> Name {
    let (name, markers) = AuthorListParser.stripMarkers(decoded)
    // NB: with no star or dagger (UTF-8 0xE2 …) there is nothing left to clean.
    guard decoded.utf8.contains(where: { $0 == UInt8(ascii: "*") || $0 == 0xE2 }) else {
      return Name(display: name, markers: markers)
    }
    let cleaned = name.split(separator: " ").map { word in
      // "Shang*" keeps its star on the surname: the marker belongs to the person.
      word.filter { $0 != "*" && $0 != "†" && $0 != "‡" }
    }.filter { !$0.isEmpty }.joined(separator: " ")
    let starred = decoded.contains("*") || decoded.contains("†")
    return Name(display: cleaned, markers: starred && markers.isEmpty ? [.equalContribution] : markers)
  }

  private static func words(_ text: String) -> [String] {
    splitTopLevel(text, at: " ").map { $0.trimmed() }.filter { !$0.isEmpty }
  }

  private static func depthNeverZero(_ text: String) -> Bool {
    var depth = 0
    for (i, c) in text.enumerated() {
      if c == "{" { depth += 1 }
      if c == "}" { depth -= 1 }
      if depth == 0 && i < text.count - 1 { return false }
    }
    return true
  }

  private static func splitTopLevel(_ text: String, at separator: Character) -> [String] {
    var parts: [String] = []
    var current = ""
    var depth = 0
    for c in text {
      if c == "{" { depth += 1 }
      if c == "}" { depth -= 1 }
      if c == separator && depth == 0 {
        parts.append(current)
        current = ""
      } else {
        current.append(c)
      }
    }
    parts.append(current)
    return parts
  }
}
