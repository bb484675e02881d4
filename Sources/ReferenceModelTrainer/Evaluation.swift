import Publications

/// How well a model labels references it was not trained on: per label and per field.
struct Evaluation {
  private(set) var words = 0
  private(set) var rightWords = 0
  private(set) var wordsByLabel = [Int](repeating: 0, count: ReferenceLabel.count)
  private(set) var rightByLabel = [Int](repeating: 0, count: ReferenceLabel.count)
  private(set) var references = 0
  private(set) var rightTitles = 0
  private(set) var rightYears = 0
  private(set) var rightFirstAuthors = 0
  private(set) var rightVenues = 0
  private(set) var allThreeRight = 0
  /// References whose title, year or first author came out wrong, for reading.
  private(set) var misses: [String] = []

  mutating func add(_ set: TrainingSet, model: ReferenceModel) {
    let parser = ReferenceParser(model: model)
    for reference in set.references {
      let labels = ReferenceTagger.labels(of: reference.tokens, model: model).map { Int($0.rawValue) }
      for (gold, predicted) in zip(reference.labels, labels) {
        words += 1
        wordsByLabel[gold] += 1
        if gold == predicted {
          rightWords += 1
          rightByLabel[gold] += 1
        }
      }
      compareFields(of: reference, parsed: parser.parse(reference.text))
    }
  }

  private mutating func compareFields(of reference: TrainingSet.Reference, parsed: ParsedReference) {
    let gold = ReferenceParser.reference(of: reference.segments.map { ParsedReference.Segment(label: $0.label, text: $0.text) })
    references += 1
    let title = Self.key(gold.title) == Self.key(parsed.title)
    let year = gold.year == parsed.year
    let author = Self.firstFamily(gold) == Self.firstFamily(parsed)
    rightTitles += title ? 1 : 0
    rightYears += year ? 1 : 0
    rightFirstAuthors += author ? 1 : 0
    rightVenues += Self.key(gold.container) == Self.key(parsed.container) ? 1 : 0
    if title && year && author {
      allThreeRight += 1
    } else {
      let titleNote: String = title ? "ok" : "\(parsed.title ?? "-") ≠ \(gold.title ?? "-")"
      let yearNote: String = year ? "ok" : "\(parsed.year.map(String.init) ?? "-") ≠ \(gold.year.map(String.init) ?? "-")"
      let authorNote: String = author ? "ok" : "\(Self.firstFamily(parsed)) ≠ \(Self.firstFamily(gold))"
      misses.append("\(reference.text)\n  title \(titleNote) | year \(yearNote) | first author \(authorNote)")
    }
  }

  /// Letters and digits, lowercased: a title is right when these agree.
  static func key(_ text: String?) -> String {
    (text ?? "").lettersAndDigitsKey
  }

  static func firstFamily(_ reference: ParsedReference) -> String {
    reference.authors.first.map { PersonName($0.name).familyKey } ?? ""
  }

  func report() -> String {
    func percent(_ part: Int, _ whole: Int) -> String {
      whole == 0 ? "-" : String(format: "%.1f %%", Double(part) * 100 / Double(whole))
    }
    var lines = [
      "words labelled right: \(percent(rightWords, words)) of \(words)",
      "references: \(references); title \(percent(rightTitles, references)), year \(percent(rightYears, references)), "
        + "first author \(percent(rightFirstAuthors, references)), container \(percent(rightVenues, references)); "
        + "title, year and first author all right: \(percent(allThreeRight, references))",
      "per label (words right / words):",
    ]
    for label in ReferenceLabel.allCases where wordsByLabel[Int(label.rawValue)] > 0 {
      let index = Int(label.rawValue)
      lines.append("  \(label.name.padding(toLength: 15, withPad: " ", startingAt: 0)) \(percent(rightByLabel[index], wordsByLabel[index])) of \(wordsByLabel[index])")
    }
    return lines.joined(separator: "\n")
  }
}
