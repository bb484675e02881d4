/// The punctuation a citation style puts around a field, taken off the field's text.
enum ReferenceCleanup {
  /// `“A Spanish Romanticist Parodies Himself,”` → `A Spanish Romanticist Parodies Himself`.
  static func title(_ text: String) -> String {
    var title = text.trimming(" ,;:")
    // A title ends with its own "?" or "!", and a period the style added is not part of it.
    if title.hasSuffix("."), !title.hasSuffix("..."), !endsWithAbbreviation(title) { title.removeLast() }
    title = title.trimming(" ,;:“”\"'‘’«»")
    if title.hasSuffix("."), !title.hasSuffix("...") { title.removeLast() }
    if title.prefix(4).lowercased() == "in: " { title = String(title.dropFirst(4)) }
    return title.trimming(" ,;:")
  }

  /// `In: Proceedings of the Vertebrate Pest Conference,` → `Proceedings of the Vertebrate Pest
  /// Conference`; `J Endod,` → `J Endod`.
  static func container(_ text: String) -> String {
    var name = withoutOuterParentheses(text.trimming(" ,;:“”\"'"))
    // NB: the lead-ins are four characters at most; lowercasing the whole name each time
    // was a tenth of reading the venue.
    for prefix in ["in: ", "in ", "in:", "//"] where name.prefix(4).lowercased().hasPrefix(prefix) {
      name = String(name.dropFirst(prefix.count))
    }
    name = name.trimming(" ,;:")
    // "Chapter 7" names a part of a book, not where it appeared.
    if let first = name.firstPiece(ascii: " "), ["chapter", "ch.", "chap."].contains(first.lowercased()),
      name.split(ascii: " ", maxSplits: 2).count <= 2
    {
      return ""
    }
    if name.hasSuffix("."), !endsWithAbbreviation(name) { name.removeLast() }
    return name.trimming(" ,;:")
  }

  /// `(In Proc. X)` → `In Proc. X`, and a parenthesis left open or closed at an end goes; an
  /// acronym's closing one stays: `Smart Computing and Communication (SmartCom)`.
  private static func withoutOuterParentheses(_ text: String) -> String {
    var name = Substring(text)
    // NB: most names have no parenthesis at either end; the counts below walk every Character.
    while let first = name.first, let last = name.last, first == "(" || last == ")" {
      let opens = name.count { $0 == "(" }
      let closes = name.count { $0 == ")" }
      if first == "(", last == ")", opens == closes, name.dropFirst().prefix(while: { $0 != ")" }).count == name.count - 2 {
        name = name.dropFirst().dropLast()
      } else if first == "(", opens > closes {
        name = name.dropFirst()
      } else if last == ")", closes > opens {
        name = name.dropLast()
      } else {
        break
      }
      name = name.drop { " ,;:".contains($0) }
      while let end = name.last, " ,;:".contains(end) { name = name.dropLast() }
    }
    return String(name)
  }

  /// `doi:10.1000/xyz.` or `https://doi.org/10.1000/xyz` → `10.1000/xyz`.
  static func doi(_ text: String) -> String {
    var value = text.trimming(" ,;.<>")
    if let start = value.range(ofASCII: "10.") { value = String(value[start.lowerBound...]) }
    return value
  }

  /// Whether the last word is an abbreviation whose period belongs to it ("Proc. Natl. Acad. Sci.",
  /// "J. Chem. Phys."): a short word of one capital and at most four lowercase letters.
  private static func endsWithAbbreviation(_ text: String) -> Bool {
    guard text.hasSuffix("."), let space = text.lastIndex(of: " ") else { return false }
    let letters = text[text.index(after: space)...].dropLast()
    return letters.count <= 5 && letters.first?.isUppercase == true && letters.dropFirst().allSatisfy(\.isLowercase)
      && text[..<space].utf8.contains(UInt8(ascii: "."))
  }
}
