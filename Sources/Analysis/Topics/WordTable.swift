/// Every distinct word seen, numbered once: the stop-word test, lower-casing and stemming run
/// once per distinct word instead of once per occurrence, and later steps count integers,
/// not strings.
struct WordTable: Sendable {
  /// Id of each distinct word as written.
  private var rawIDs: [String: Int32] = [:]
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
  mutating func id(of word: String) -> Int32? {
    if let known = rawIDs[word] {
      return stemOfRaw[Int(known)] >= 0 ? known : nil
    }
    let id = Int32(stemOfRaw.count)
    rawIDs[word] = id
    raws.append(word)
    let lower = word.lowercased()
    let isContent = lower.count >= 2 && lower.contains(where: \.isLetter) && !StopWords.contains(lower)
    stemOfRaw.append(isContent ? stemID(LightStemmer.stem(lower)) : -1)
    displayOfRaw.append(Self.displayForm(word))
    return isContent ? id : nil
  }

  /// Adds the words of a table built on another part of the texts, in that table's order, and
  /// returns each of its ids' id here. Merging the tables of consecutive parts in order gives
  /// exactly the ids one table would have given reading all parts in turn.
  mutating func merge(_ other: WordTable) -> [Int32] {
    other.raws.map { word in
      _ = id(of: word)
      return rawIDs[word] ?? -1
    }
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
