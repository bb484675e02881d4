/// A light English stemmer for matching, not for display: it folds plurals and the commonest
/// verb endings ("models" → "model", "studies" → "study", "training" → "train") and leaves
/// everything else alone, so it rarely merges words that mean different things, as the full
/// Porter (1980) algorithm does ("university"/"universe").
///
/// Hand-written: no package here stems English.
enum LightStemmer {
  static func stem(_ word: String) -> String {
    // Hyphenated compounds stem on their last part: "text-to-images" → "text-to-image".
    if let hyphen = word.lastIndex(of: "-") {
      return String(word[...hyphen]) + stem(String(word[word.index(after: hyphen)...]))
    }
    guard word.count > 3, word.allSatisfy(\.isLetter) else { return word }
    return verbStemmed(pluralStemmed(word))
  }

  private static func pluralStemmed(_ word: String) -> String {
    if word.hasSuffix("ies") && word.count > 4 { return String(word.dropLast(3)) + "y" }
    if word.hasSuffix("sses") || word.hasSuffix("xes") || word.hasSuffix("ches") || word.hasSuffix("shes") {
      return String(word.dropLast(2))
    }
    if word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is") {
      return String(word.dropLast())
    }
    return word
  }

  private static func verbStemmed(_ word: String) -> String {
    for suffix in ["ing", "ed"] where word.hasSuffix(suffix) {
      let base = word.dropLast(suffix.count)
      // Keep short words and words whose base has no vowel ("string", "bed").
      guard base.count >= 4, base.contains(where: { "aeiouy".contains($0) }) else { return word }
      // "mapping" → "map": undo a doubled final consonant.
      if let last = base.last, base.dropLast().last == last, !"sz".contains(last) {
        return String(base.dropLast())
      }
      return String(base)
    }
    return word
  }
}
