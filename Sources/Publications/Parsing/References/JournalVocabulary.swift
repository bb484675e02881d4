/// The words journal names are made of ("Journal", "Transactions", "Letters", "Research"), from
/// the public journal list: a dictionary feature of the reference tagger, as GROBID's journal
/// lexicon is of its CRF.
enum JournalVocabulary {
  /// The hashes (`ReferenceWord.word`) of the words in five or more listed journal names.
  ///
  /// - Complexity: one hash per shipped word (`JournalIndex.frequentWords`, counted from the raw
  ///   list by `frequentWords(inTSV:)` when the index is made, not at every run).
  static let words: Set<UInt32> = {
    let list = JournalIndex.frequentWords
    let bytes = Array(UnsafeBufferPointer(start: list.utf8Start, count: list.utf8CodeUnitCount))
    return Set(bytes.split(separator: UInt8(ascii: "\n")).map { ReferenceWord($0).word })
  }()

  /// The words of three or more bytes in five or more full names of the raw list (`full name
  /// <TAB> abbreviation` a line), each as first written, in the order first seen; what
  /// `make venue-data` ships as `JournalIndex.frequentWords`.
  package static func frequentWords(inTSV tsv: String) -> [String] {
    // NB: counted by bytes, as the tagger hashes them ("Études" in two spellings is two words).
    var counts: [[UInt8]: Int] = [:]
    var firstSeen: [[UInt8]] = []
    for line in tsv.utf8.split(separator: UInt8(ascii: "\n")) {
      let fullName = line.prefix { $0 != UInt8(ascii: "\t") }
      for word in fullName.split(separator: UInt8(ascii: " ")) where word.count >= 3 {
        let word = Array(word)
        if counts[word] == nil { firstSeen.append(word) }
        counts[word, default: 0] += 1
      }
    }
    return firstSeen.filter { counts[$0, default: 0] >= 5 }.map { String(decoding: $0, as: UTF8.self) }
  }
}
