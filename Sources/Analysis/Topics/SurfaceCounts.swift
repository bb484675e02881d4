/// How often each term was written in each form, to label it the way people write it.
struct SurfaceCounts {
  let words: WordTable
  /// Per written word, its occurrences.
  private var rawCounts: [Int]
  private var phraseForms: [Int32: [WrittenPhrase: Int]] = [:]

  init(words: WordTable) {
    self.words = words
    rawCounts = Array(repeating: 0, count: words.stemOfRaw.count)
  }

  mutating func countWord(_ raw: Int32) {
    rawCounts[Int(raw)] += 1
  }

  mutating func countPhrase(_ phrase: Int32, raws: ArraySlice<Int32>) {
    phraseForms[phrase, default: [:]][WrittenPhrase(raws), default: 0] += 1
  }

  /// Adds the counts of `other`, made over other documents with the same words.
  mutating func add(_ other: SurfaceCounts) {
    for (raw, count) in other.rawCounts.enumerated() { rawCounts[raw] += count }
    for (phrase, forms) in other.phraseForms {
      for (written, count) in forms { phraseForms[phrase, default: [:]][written, default: 0] += count }
    }
  }

  /// The written words of a phrase (at most three), stored inline: no array per occurrence.
  struct WrittenPhrase: Hashable {
    var first: Int32, second: Int32, third: Int32

    init(_ raws: ArraySlice<Int32>) {
      let start = raws.startIndex
      first = raws[start]
      second = raws.count > 1 ? raws[start + 1] : -1
      third = raws.count > 2 ? raws[start + 2] : -1
    }

    var words: [Int32] { [first, second, third].filter { $0 >= 0 } }
  }

  /// Per term, its most frequent written form; ties go to the alphabetically first.
  func preferred(termCount: Int) -> [String] {
    var wordForms = Array(repeating: [Int32](), count: words.stems.count)
    for (raw, stem) in words.stemOfRaw.enumerated() where stem >= 0 && rawCounts[raw] > 0 { wordForms[Int(stem)].append(Int32(raw)) }
    return (0..<Int32(termCount)).map { term in
      var totals: [String: Int] = [:]
      if Int(term) < wordForms.count {
        for raw in wordForms[Int(term)] { totals[words.displayOfRaw[Int(raw)], default: 0] += rawCounts[Int(raw)] }
      } else if let forms = phraseForms[term] {
        for (written, count) in forms {
          totals[written.words.map { words.displayOfRaw[Int($0)] }.joined(separator: " "), default: 0] += count
        }
      }
      return totals.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? ""
    }
  }
}
