import Publications

/// Every distinct word seen, numbered once: the stop-word test, lower-casing and stemming run
/// once per distinct word instead of once per occurrence, and later steps count integers,
/// not strings.
struct WordTable: Sendable {
  /// Numbers of ASCII words (nearly all), looked up by their bytes, and each one's id here.
  private var asciiWords = InternTable(minimumCapacity: 4_096)
  private var idOfASCII: [Int32] = []
  /// Ids of the other words, compared as strings (canonical equivalence).
  private var otherIDs: [String: Int32] = [:]
  /// Per written word: its text.
  private(set) var raws: [String] = []
  /// Per written word: its stem's id, or -1 for a stop word.
  private(set) var stemOfRaw: [Int32] = []
  /// Per written word: the form shown in labels (see `displayForm`).
  private(set) var displayOfRaw: [String] = []
  /// Per stem: its text.
  private(set) var stems: [String] = []
  private var stemIDs: [String: Int32] = [:]

  /// The id of a written word, or nil when it is a stop word, a number or a single character.
  mutating func id(of word: UnsafeBufferPointer<UInt8>) -> Int32? {
    let id = number(word)
    return stemOfRaw[Int(id)] >= 0 ? id : nil
  }

  /// The id of a written word, or nil when it is a stop word, a number or a single character.
  mutating func id(of word: String) -> Int32? {
    let id = number(word)
    return stemOfRaw[Int(id)] >= 0 ? id : nil
  }

  /// Adds the words of a table built on another part of the texts, in that table's order, and
  /// returns each of its ids' id here. Merging the tables of consecutive parts in order gives
  /// exactly the ids one table would have given reading all parts in turn.
  mutating func merge(_ other: WordTable) -> [Int32] {
    other.raws.map { number($0) }
  }

  /// The id of a word, stop words included, numbered when first seen: the ids are those a
  /// `[String: Int32]` would give, words that are equal as strings sharing one.
  private mutating func number(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
    guard word.allSatisfy({ $0 < 0x80 }) else { return number(String(decoding: word, as: UTF8.self)) }
    return numberASCII(word) { String(decoding: word, as: UTF8.self) }
  }

  private mutating func number(_ word: String) -> Int32 {
    var key = Self.withoutKelvinSign(word)
    if key.utf8.allSatisfy({ $0 < 0x80 }) { return key.withUTF8 { numberASCII($0) { word } } }
    if let known = otherIDs[word] { return known }
    let id = add(word)
    otherIDs[word] = id
    return id
  }

  /// NB: the one letter canonically equal to an ASCII letter is the Kelvin sign: "\u{212A}ernel"
  /// is "Kernel" to a string comparison, so it takes that word's number.
  private static func withoutKelvinSign(_ word: String) -> String {
    guard word.unicodeScalars.contains("\u{212A}") else { return word }
    return String(String.UnicodeScalarView(word.unicodeScalars.map { $0 == "\u{212A}" ? "K" : $0 }))
  }

  private mutating func numberASCII(_ word: UnsafeBufferPointer<UInt8>, text: () -> String) -> Int32 {
    let (number, isNew) = asciiWords.intern(word)
    guard isNew else { return idOfASCII[Int(number)] }
    let id = add(text())
    idOfASCII.append(id)
    return id
  }

  /// Numbers a new word, deciding once whether it is content and what its stem is.
  private mutating func add(_ word: String) -> Int32 {
    let id = Int32(stemOfRaw.count)
    raws.append(word)
    let lower = word.lowercased()
    let isContent = lower.count >= 2 && lower.contains(where: \.isLetter) && !StopWords.contains(lower)
    stemOfRaw.append(isContent ? stemID(LightStemmer.stem(lower)) : -1)
    displayOfRaw.append(Self.displayForm(word))
    return id
  }

  private mutating func stemID(_ stem: String) -> Int32 {
    if let known = stemIDs[stem] { return known }
    let id = Int32(stems.count)
    stems.append(stem)
    stemIDs[stem] = id
    return id
  }

  /// Lower case unless a word carries capitals past its first letter ("NeRF", "BERT", "LLMs"):
  /// titles capitalise every word, and "Diffusion Models" should read "diffusion models".
  static func displayForm(_ word: String) -> String {
    word.dropFirst().contains(where: \.isUppercase) ? word : word.lowercased()
  }
}
