/// The words journal names are made of ("Journal", "Transactions", "Letters", "Research"), from
/// the public journal list: a dictionary feature of the reference tagger, as GROBID's journal
/// lexicon is of its CRF.
enum JournalVocabulary {
  /// The hashes (`ReferenceWord.word`) of the words in five or more listed journal names.
  static let words: Set<UInt32> = {
    var counts: [Substring: Int] = [:]
    for line in JournalAbbreviations.tsv.split(separator: "\n") {
      guard let tab = line.firstIndex(of: "\t") else { continue }
      for word in line[..<tab].split(separator: " ") where word.count >= 3 {
        counts[word, default: 0] += 1
      }
    }
    return Set(counts.filter { $0.value >= 5 }.keys.map { ReferenceWord(ArraySlice(Array($0.utf8))).word })
  }()
}
