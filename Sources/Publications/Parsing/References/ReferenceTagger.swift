/// Labels the words of a reference with the best sequence under a linear-chain model.
///
/// Viterbi decoding (Viterbi 1967; as in Collins 2002, "Discriminative training methods for
/// hidden Markov models", whose averaged perceptron trains the weights): a word's score for a
/// label is the sum of its features' weights, plus the weight of that label following the one
/// before. Ties go to the lower label number, so the result is deterministic.
package enum ReferenceTagger {
  /// The best labels for the words whose label scores are `emissions` (`word * labelCount + label`).
  ///
  /// - Complexity: O(*n* · *L*²) for *n* words and *L* labels.
  package static func decode(emissions: [Float], transitions: [Float], starts: [Float]) -> [Int] {
    let width = ReferenceLabel.count
    let count = emissions.count / width
    guard count > 0 else { return [] }
    precondition(width == 17 && transitions.count == width * width, "decode holds 16 labels in SIMD lanes and one beside")
    var scores = [Float](repeating: 0, count: emissions.count)
    var back = [Int32](repeating: 0, count: emissions.count)
    // NB: unchecked buffers, and the labels of a word computed together: 16 in SIMD lanes (each
    // lane compares the same candidates in the same order as a scalar loop, so ties still go to
    // the lower label) and the 17th beside them. The scalar triple loop was a tenth of parsing time.
    scores.withUnsafeMutableBufferPointer { scores in
      back.withUnsafeMutableBufferPointer { back in
        emissions.withUnsafeBufferPointer { emissions in
          transitions.withUnsafeBufferPointer { transitions in
            guard let rows = transitions.baseAddress.map(UnsafeRawPointer.init) else { return }
            for label in 0..<width { scores[label] = starts[label] + emissions[label] }
            for word in 1..<count {
              let base = word * width
              let previousBase = base - width
              var best = SIMD16<Float>(repeating: -.infinity)
              var bestPrevious = SIMD16<Int32>(repeating: 0)
              var bestLast = -Float.infinity
              var bestLastPrevious: Int32 = 0
              for previous in 0..<width {
                let score = scores[previousBase + previous]
                let row = rows.loadUnaligned(fromByteOffset: previous * width * 4, as: SIMD16<Float>.self)
                let candidates = SIMD16<Float>(repeating: score) + row
                let isBetter = candidates .> best
                best.replace(with: candidates, where: isBetter)
                bestPrevious.replace(with: Int32(previous), where: isBetter)
                let last = score + transitions[previous * width + 16]
                if last > bestLast {
                  bestLast = last
                  bestLastPrevious = Int32(previous)
                }
              }
              for label in 0..<16 {
                scores[base + label] = best[label] + emissions[base + label]
                back[base + label] = bestPrevious[label]
              }
              scores[base + 16] = bestLast + emissions[base + 16]
              back[base + 16] = bestLastPrevious
            }
          }
        }
      }
    }
    var labels = [Int](repeating: 0, count: count)
    let lastBase = (count - 1) * width
    var best = 0
    for label in 1..<width where scores[lastBase + label] > scores[lastBase + best] { best = label }
    labels[count - 1] = best
    for word in stride(from: count - 1, to: 0, by: -1) {
      labels[word - 1] = Int(back[word * width + labels[word]])
    }
    return labels
  }

  /// The labels of the words of `tokens` under `model`.
  package static func labels(of tokens: ReferenceTokens, model: ReferenceModel = .standard) -> [ReferenceLabel] {
    let features = ReferenceFeatures(tokens)
    let emissions = model.emissions(for: features)
    return decode(emissions: emissions, transitions: model.transitions, starts: model.starts)
      .map { ReferenceLabel(rawValue: UInt8($0)) ?? .note }
  }
}
