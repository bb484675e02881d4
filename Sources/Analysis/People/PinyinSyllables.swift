/// Whether a romanised given name is a run of Mandarin syllables (Xiaolong = xiao·long).
///
/// Two such names one letter apart (Xiaolong / Xiaoling, Chengyu / Chengye) are two different
/// names, not a typo: each letter changes a syllable. The syllables are generated from Hanyu
/// Pinyin's initials and finals; the set is a little larger than the real one, which only
/// matters for words that are not names.
///
/// Hand-written: no package here segments Pinyin.
enum PinyinSyllables {
  private static let initials = ["", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "zh", "ch", "sh", "r", "z", "c", "s", "y", "w"]
  private static let finals = [
    "a", "o", "e", "i", "u", "v", "ai", "ei", "ui", "ao", "ou", "iu", "ie", "ve", "ue", "er", "an", "en", "in", "un",
    "vn", "ang", "eng", "ing", "ong", "ia", "iao", "ian", "iang", "iong", "ua", "uo", "uai", "uan", "uang",
  ]
  private static let syllables: Set<String> = Set(initials.flatMap { initial in finals.map { initial + $0 } })

  /// Whether `word` (lowercase letters) is one syllable: "tian", "hua", not "anne".
  static func isSyllable(_ word: String) -> Bool {
    syllables.contains(word)
  }

  /// Whether `word` (lowercase letters) splits wholly into syllables.
  static func segments(_ word: String) -> Bool {
    let letters = Array(word)
    guard !letters.isEmpty else { return false }
    // reachable[i]: the first i letters split into syllables.
    var reachable = [Bool](repeating: false, count: letters.count + 1)
    reachable[0] = true
    for end in 1...letters.count {
      for length in 1...min(6, end) where reachable[end - length] {
        if syllables.contains(String(letters[(end - length)..<end])) {
          reachable[end] = true
          break
        }
      }
    }
    return reachable[letters.count]
  }
}
