import Analysis
import Publications

/// Trains a `ReferenceModel` with the averaged structured perceptron (Collins 2002).
///
/// Each epoch visits the references in an order shuffled by a seeded generator; where Viterbi's
/// labels differ from the gold ones, the gold label's features and transitions gain 1 and the
/// predicted ones lose 1. The model keeps the average of the weights over every step, which
/// generalises like a regularised CRF at a fraction of the training cost. Averaging is lazy
/// (Daumé 2006): beside each weight `w` a sum `u` of `step × change` gives the average `w − u/steps`.
/// Knobs: `epochs` (default 20), `minimumCount` (a feature seen fewer times in training gets no
/// weights: rare features are mostly noise and most of a model's size; default 3) and `seed`;
/// the same data and knobs give the same model.
struct PerceptronTrainer {
  var epochs = 20
  var minimumCount = 3
  var seed: UInt64 = 2024

  private let width = ReferenceLabel.count

  func train(_ set: TrainingSet) -> ReferenceModel {
    let features = set.references.map { ReferenceFeatures($0.tokens) }
    var counts: [UInt32: Int] = [:]
    for reference in features {
      for id in reference.ids { counts[id, default: 0] += 1 }
    }
    var weights = Weights(width: width)
    for reference in features { weights.register(reference.ids.filter { counts[$0, default: 0] >= minimumCount }) }
    var order = Array(set.references.indices)
    var random = SplitMix64(seed: seed)
    var step: Float = 1
    for _ in 0..<epochs {
      shuffle(&order, with: &random)
      for index in order {
        let gold = set.references[index].labels
        let predicted = weights.decode(features[index])
        if predicted != gold { weights.update(features[index], gold: gold, predicted: predicted, step: step) }
        step += 1
      }
    }
    return weights.averaged(steps: step)
  }

  /// Fisher–Yates with a seeded generator (the standard library's `shuffle(using:)` is not
  /// specified to stay the same across Swift versions).
  private func shuffle(_ order: inout [Int], with random: inout SplitMix64) {
    for index in stride(from: order.count - 1, to: 0, by: -1) {
      let other = Int(random.next() % UInt64(index + 1))
      order.swapAt(index, other)
    }
  }
}

/// The weights being learnt: a row per feature, transitions and starts, each with its sum for
/// averaging.
private struct Weights {
  let width: Int
  var rowOf: [UInt32: Int] = [:]
  var ids: [UInt32] = []
  var current: [Float] = []
  var sums: [Float] = []
  var transitions: [Float]
  var transitionSums: [Float]
  var starts: [Float]
  var startSums: [Float]

  init(width: Int) {
    self.width = width
    transitions = Array(repeating: 0, count: width * width)
    transitionSums = transitions
    starts = Array(repeating: 0, count: width)
    startSums = starts
  }

  mutating func register(_ featureIDs: [UInt32]) {
    for id in featureIDs where rowOf[id] == nil {
      rowOf[id] = ids.count
      ids.append(id)
      current += Array(repeating: 0, count: width)
      sums += Array(repeating: 0, count: width)
    }
  }

  func decode(_ features: ReferenceFeatures) -> [Int] {
    var emissions = [Float](repeating: 0, count: features.wordCount * width)
    for word in 0..<features.wordCount {
      for id in features.ids[(word * ReferenceFeatures.perWord)..<((word + 1) * ReferenceFeatures.perWord)] {
        guard let row = rowOf[id] else { continue }
        for label in 0..<width { emissions[word * width + label] += current[row * width + label] }
      }
    }
    return ReferenceTagger.decode(emissions: emissions, transitions: transitions, starts: starts)
  }

  mutating func update(_ features: ReferenceFeatures, gold: [Int], predicted: [Int], step: Float) {
    for word in gold.indices {
      let previousGold = word > 0 ? gold[word - 1] : -1
      let previousPredicted = word > 0 ? predicted[word - 1] : -1
      if gold[word] != predicted[word] {
        for id in features.ids[(word * ReferenceFeatures.perWord)..<((word + 1) * ReferenceFeatures.perWord)] {
          guard let row = rowOf[id] else { continue }
          change(&current, &sums, at: row * width + gold[word], by: 1, step: step)
          change(&current, &sums, at: row * width + predicted[word], by: -1, step: step)
        }
      }
      if gold[word] != predicted[word] || previousGold != previousPredicted {
        if word == 0 {
          change(&starts, &startSums, at: gold[0], by: 1, step: step)
          change(&starts, &startSums, at: predicted[0], by: -1, step: step)
        } else {
          change(&transitions, &transitionSums, at: previousGold * width + gold[word], by: 1, step: step)
          change(&transitions, &transitionSums, at: previousPredicted * width + predicted[word], by: -1, step: step)
        }
      }
    }
  }

  private func change(_ values: inout [Float], _ sums: inout [Float], at index: Int, by amount: Float, step: Float) {
    values[index] += amount
    sums[index] += step * amount
  }

  func averaged(steps: Float) -> ReferenceModel {
    func average(_ values: [Float], _ sums: [Float]) -> [Float] {
      zip(values, sums).map { $0 - $1 / steps }
    }
    let averagedRows = average(current, sums)
    let rows = ids.enumerated().map { row, id in (id: id, weights: Array(averagedRows[(row * width)..<((row + 1) * width)])) }
    return ReferenceModel(rows: rows, transitions: average(transitions, transitionSums), starts: average(starts, startSums))
  }
}
