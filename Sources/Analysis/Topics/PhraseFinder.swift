import Foundation

/// Key phrases of two or three words found by collocation: word pairs that occur together far
/// more often than their words would by chance, scored by normalised pointwise mutual
/// information (Bouma 2009), which lies in [-1, 1] whatever the corpus size. A second pass over
/// text with the pairs joined finds three-word phrases the same way (the two-pass scheme of
/// Mikolov et al. 2013 and gensim's `Phrases`).
///
/// Works on stem ids: ids below `wordCount` are words, the ids above are the phrases found, each
/// made of two parts (a word or a two-word phrase). Deterministic: counts only, no sampling;
/// joining goes left to right.
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
  ///   - segments: stem ids, segment by segment.
  ///   - minimumCount: how often a pair must occur to be a phrase.
  ///   - minimumScore: the lowest normalised PMI accepted.
  init(segments: [[Int32]], wordCount: Int, minimumCount: Int, minimumScore: Double = 0.3) {
    self.wordCount = wordCount
    self.minimumCount = minimumCount
    self.minimumScore = minimumScore
    learn(from: segments, maximumWords: 2)
    learn(from: segments.map { segment in spans(of: segment).map(\.term) }, maximumWords: 3)
  }

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

  /// The segment cut into terms, known phrases joined left to right.
  func spans(of segment: [Int32]) -> [Span] {
    var result: [Span] = []
    result.reserveCapacity(segment.count)
    for (position, stem) in segment.enumerated() {
      if let previous = result.last, let phrase = phraseOfPair[Self.key(previous.term, stem)] {
        result[result.count - 1] = Span(term: phrase, range: previous.range.lowerBound..<(position + 1))
      } else {
        result.append(Span(term: stem, range: position..<(position + 1)))
      }
    }
    return result
  }

  /// Adds the phrases of exactly `maximumWords` words among adjacent terms of `segments`.
  private mutating func learn(from segments: [[Int32]], maximumWords: Int) {
    var single: [Int32: Int] = [:]
    var pairs: [UInt64: Int] = [:]
    var total = 0
    for segment in segments {
      for term in segment { single[term, default: 0] += 1 }
      total += segment.count
      for (left, right) in zip(segment, segment.dropFirst()) { pairs[Self.key(left, right), default: 0] += 1 }
    }
    guard total > 0 else { return }
    // Sorted, so phrase ids do not depend on hash order.
    for (key, count) in pairs.sorted(by: { $0.key < $1.key }) where count >= minimumCount && phraseOfPair[key] == nil {
      let left = Int32(truncatingIfNeeded: key >> 32)
      let right = Int32(truncatingIfNeeded: key & 0xFFFF_FFFF)
      guard words(in: left) + words(in: right) == maximumWords,
        let leftCount = single[left], let rightCount = single[right]
      else { continue }
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
