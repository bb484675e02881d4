extension JournalList {
  /// The journal a Web of Science (JCR) abbreviation names: "INT J NUMER METH BIO", "ELECTR POW
  /// SYST RES", "Signal Image Video P", as researchers copy them from their publication records.
  ///
  /// Each word of the abbreviation begins a word of the full name, in order, the name's small
  /// words ("of", "and", "the") left out. Clarivate cuts an abbreviation at 20 characters, so
  /// only one of 17 or more may stop before the name ends ("IEEE T PATTERN ANAL"). Nil unless
  /// exactly one listed journal fits.
  ///
  /// Written by hand: the JCR abbreviation list is not public, and JabRef's lists hold the ISO 4
  /// forms ("Int. J. Numer. Methods Biomed. Eng."), which are searched first.
  ///
  /// - Complexity: one pass over the journals whose key begins with the first word's letters.
  func fullName(webOfScienceAbbreviation text: String) -> String? {
    let words = Self.words(of: text)
    guard words.count >= 3, text.count <= 20, let first = words.first, text.allSatisfy({ $0.isASCII }) else { return nil }
    let mayStopShort = text.count >= 17
    // Fitting names by their words' first four letters: the lists spell some journals twice
    // ("… Journal for Numerical Methods …" and "… of …", "Electric Power Systems Reserch").
    var fits: [[Substring]: [String]] = [:]
    var query = first
    query.withUTF8 { prefix in
      var index = firstLine(notBefore: prefix)
      while index < lineStarts.count - 1, line(index).key.starts(with: prefix) {
        let name = Self.displayName(String(decoding: line(index).name, as: UTF8.self))
        let nameWords = Self.words(of: name).filter { !Self.smallWords.contains($0) }
        if Self.abbreviates(words, nameWords, mayStopShort: mayStopShort) {
          fits[nameWords.map { $0.prefix(4) }, default: []].append(name)
        }
        index += 1
      }
    }
    // NB: cut at 20 characters, "COMPUT METHOD BIOMEC" is the shorter name's, not that of its
    // section "…: Imaging and Visualization".
    let fewest = fits.keys.map(\.count).min()
    let shortest = fits.filter { $0.key.count == fewest }
    guard shortest.count == 1, let spellings = shortest.first?.value else { return nil }
    return spellings.min { Self.key($0).utf8.lexicographicallyPrecedes(Self.key($1).utf8) }
  }

  /// Whether each of `words` begins the next of `nameWords`, all of them used unless the
  /// abbreviation may stop short.
  private static func abbreviates(_ words: [String], _ nameWords: [String], mayStopShort: Bool) -> Bool {
    guard words.count <= nameWords.count, mayStopShort || words.count == nameWords.count else { return false }
    return zip(words, nameWords).allSatisfy { $1.hasPrefix($0) }
  }

  /// Lower-case words of letters and digits: "A-solid" is "a", "solid".
  private static func words(of text: String) -> [String] {
    text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
  }

  private static let smallWords: Set<String> = ["of", "the", "and", "for", "in", "on", "de", "la", "et", "und"]
}
