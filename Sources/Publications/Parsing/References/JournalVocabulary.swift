/// The words journal names are made of ("Journal", "Transactions", "Letters", "Research"), from
/// the public journal list: a dictionary feature of the reference tagger, as GROBID's journal
/// lexicon is of its CRF.
enum JournalVocabulary {
  /// The hashes (`ReferenceWord.word`) of the words in five or more listed journal names.
  ///
  /// - Complexity: one pass over the list's bytes at first use; words are counted by a byte
  ///   hash and only the frequent ones are read as `ReferenceWord`s (every run that tags a
  ///   reference pays for this once, so it stays off Characters and Substrings).
  static let words: Set<UInt32> = {
    let bytes = Array(JournalAbbreviations.tsv.utf8)
    var counts: [UInt64: (count: Int, range: Range<Int>)] = [:]
    var wordStart = 0
    var inFullName = true
    func count(upTo end: Int) {
      if end - wordStart >= 3 {
        let key = hash(bytes[wordStart..<end])
        counts[key, default: (0, wordStart..<end)].count += 1
      }
      wordStart = end + 1
    }
    for (index, byte) in bytes.enumerated() {
      switch byte {
      case UInt8(ascii: "\n"):
        if inFullName { count(upTo: index) }
        inFullName = true
        wordStart = index + 1
      case UInt8(ascii: "\t") where inFullName:
        count(upTo: index)
        inFullName = false
      case UInt8(ascii: " ") where inFullName:
        count(upTo: index)
      default:
        break
      }
    }
    return Set(counts.values.filter { $0.count >= 5 }.map { ReferenceWord(bytes[$0.range]).word })
  }()

  /// FNV-1a over the word's bytes: a key for counting, never stored.
  private static func hash(_ word: ArraySlice<UInt8>) -> UInt64 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in word {
      value ^= UInt64(byte)
      value &*= 0x100_0000_01b3
    }
    return value
  }
}
