import Foundation
import Publications

/// Key phrases of two or three words found by collocation: word pairs that occur together far
/// more often than their words would by chance, scored by normalised pointwise mutual
/// information (Bouma 2009), which lies in [-1, 1] whatever the corpus size. A second pass over
/// text with the pairs joined finds three-word phrases the same way (the two-pass scheme of
/// Mikolov et al. 2013 and gensim's `Phrases`).
///
/// Works on stem ids: ids below `wordCount` are words, the ids above are the phrases found, each
/// made of two parts (a word or a two-word phrase); `TopicText.boundary` ends a segment, and no
/// phrase spans one. Deterministic: counts only, no sampling; joining goes left to right.
///
/// Hand-written: no package here finds collocations.
struct PhraseFinder: Sendable {
  /// A stretch of a segment that forms one term: a word or a phrase.
  struct Span: Sendable {
    var term: Int32
    var range: Range<Int>
  }

  let wordCount: Int
  /// Per phrase (id − wordCount): its two parts.
  private(set) var parts: [(left: Int32, right: Int32)] = []
  private var phraseOfPair: [UInt64: Int32] = [:]
  private let minimumCount: Int
  private let minimumScore: Double

  /// - Parameters:
  ///   - documents: stem ids of each document, segments ended by `TopicText.boundary`.
  ///   - minimumCount: how often a pair must occur to be a phrase.
  ///   - minimumScore: the lowest normalised PMI accepted.
  init(documents: [[Int32]], wordCount: Int, minimumCount: Int, minimumScore: Double = 0.3) {
    self.wordCount = wordCount
    self.minimumCount = minimumCount
    self.minimumScore = minimumScore
    learn(from: documents, maximumWords: 2)
    let finder = self
    let joined = Parallelism.map(documents.count, inParts: Self.parts(documents)) { range in
      documents[range].map { tokens in finder.spans(of: tokens).map(\.term) }
    }
    learn(from: joined.flatMap { $0 }, maximumWords: 3)
  }

  /// Documents in two halves when there are many (the counts do not depend on the split).
  private static func parts(_ documents: [[Int32]]) -> Int { documents.count >= 1_000 ? 2 : 1 }

  var termCount: Int { wordCount + parts.count }

  /// The number of words in a term.
  func words(in term: Int32) -> Int {
    guard Int(term) >= wordCount else { return 1 }
    let (left, right) = parts[Int(term) - wordCount]
    return words(in: left) + words(in: right)
  }

  /// The term's text from the texts of the words.
  func text(of term: Int32, words: [String]) -> String {
    guard Int(term) >= wordCount else { return words[Int(term)] }
    let (left, right) = parts[Int(term) - wordCount]
    return text(of: left, words: words) + " " + text(of: right, words: words)
  }

  /// `tokens[range]` cut into terms, known phrases joined left to right; a boundary stays a
  /// span of its own, with the boundary as its term. Ranges index `tokens`.
  func spans(of tokens: [Int32], in range: Range<Int>? = nil) -> [Span] {
    let range = range ?? tokens.indices
    var result: [Span] = []
    result.reserveCapacity(range.count)
    for position in range {
      let stem = tokens[position]
      if stem != TopicText.boundary, let previous = result.last, previous.term != TopicText.boundary,
        let phrase = phraseOfPair[Self.key(previous.term, stem)]
      {
        result[result.count - 1] = Span(term: phrase, range: previous.range.lowerBound..<(position + 1))
      } else {
        result.append(Span(term: stem, range: position..<(position + 1)))
      }
    }
    return result
  }

  /// Adds the phrases of exactly `maximumWords` words among adjacent terms of `documents`.
  private mutating func learn(from documents: [[Int32]], maximumWords: Int) {
    let termCount = self.termCount
    let counted = Parallelism.map(documents.count, inParts: Self.parts(documents)) { range in
      var single = Array(repeating: 0, count: termCount)
      var pairs = PairCounts()
      var total = 0
      for tokens in documents[range] {
        var previous = TopicText.boundary
        for term in tokens {
          if term != TopicText.boundary {
            single[Int(term)] += 1
            total += 1
            if previous != TopicText.boundary { pairs.add(Self.key(previous, term)) }
          }
          previous = term
        }
      }
      return (single: single, pairs: pairs, total: total)
    }
    // Integer counts: adding the halves gives exactly the counts of one pass.
    var (single, pairs, total) = counted[0]
    for other in counted.dropFirst() {
      for (term, count) in other.single.enumerated() { single[term] += count }
      pairs.add(other.pairs)
      total += other.total
    }
    guard total > 0 else { return }
    // Sorted, so phrase ids do not depend on hash order.
    // NB: rare pairs dropped before sorting: most pairs occur once, and a big corpus has millions.
    for (key, count) in pairs.sorted(countedAtLeast: minimumCount) where phraseOfPair[key] == nil {
      let left = Int32(truncatingIfNeeded: key >> 32)
      let right = Int32(truncatingIfNeeded: key & 0xFFFF_FFFF)
      guard words(in: left) + words(in: right) == maximumWords else { continue }
      let (leftCount, rightCount) = (single[Int(left)], single[Int(right)])
      let joint = Double(count) / Double(total)
      let pmi = log(joint / (Double(leftCount) / Double(total) * Double(rightCount) / Double(total)))
      guard pmi / -log(joint) >= minimumScore else { continue }
      phraseOfPair[key] = Int32(wordCount + parts.count)
      parts.append((left, right))
    }
  }

  private static func key(_ left: Int32, _ right: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: left)) << 32 | UInt64(UInt32(bitPattern: right))
  }
}
