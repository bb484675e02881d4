/// The features of every word of a reference, `perWord` hashed feature ids a word.
///
/// The set follows the token CRFs of AnyStyle and GROBID: the word itself, its shape, prefixes
/// and suffixes, its punctuation and capitals, whether it holds a year, a page range or a link;
/// its neighbours; and where it sits — its relative position, and which "sentence" of the
/// reference it is in (authors, title and venue are usually the first, second and third). A
/// feature is the template's number mixed with a value's hash, so a model is a table from
/// 32-bit ids to weights and no feature is ever spelled out.
package struct ReferenceFeatures: Sendable {
  /// How many features each word has (every template gives one value, "none" included).
  package static let perWord = 35

  /// Feature ids, word by word: word `i` owns `ids[i * perWord ..< (i + 1) * perWord]`.
  package let ids: [UInt32]
  package let wordCount: Int

  package init(_ tokens: ReferenceTokens) {
    let words = tokens.normalizedRanges.map { ReferenceWord(tokens.normalized[$0]) }
    wordCount = words.count
    var ids: [UInt32] = []
    ids.reserveCapacity(words.count * Self.perWord)
    var context = Context()
    for index in words.indices {
      Self.append(word: index, of: words, context: &context, to: &ids)
    }
    self.ids = ids
  }

  /// What earlier words tell about this one: a year seen, an open quote or parenthesis, the
  /// sentence it is in, commas so far.
  private struct Context {
    var hasSeenYear = false
    var isInQuote = false
    var isInParenthesis = false
    var sentence = 0
    var commas = 0
    var sinceBoundary = 0
  }

  // NB: one function: the templates are numbered in order and each must appear exactly once.
  // swift-format-ignore
  private static func append(word index: Int, of words: [ReferenceWord], context: inout Context, to ids: inout [UInt32]) {
    let word = words[index]
    let count = words.count
    let previous = index > 0 ? words[index - 1] : nil
    let next = index + 1 < count ? words[index + 1] : nil
    let quote: UInt32 = word.opensQuote ? 1 : (context.isInQuote ? (word.closesQuote ? 3 : 2) : 0)
    let parenthesis: UInt32 =
      word.opensParenthesis ? (word.closesParenthesis ? 4 : 1) : (context.isInParenthesis ? (word.closesParenthesis ? 3 : 2) : 0)
    let sentence = UInt32(min(context.sentence, 6))
    let caseCode = UInt32(word.letterCase.rawValue)
    let position = UInt32(index * 10 / max(count, 1))
    let shortShape = word.shortShape
    // NB: written straight into `ids`, in template order: an array of values a word cost an
    // allocation for each of the millions of words a large list has.
    var template: UInt32 = 0
    func add(_ value: UInt32) {
      ids.append(mix(template: template, value: value))
      template += 1
    }
    add(0)
    add(word.word)
    add(word.shape)
    add(shortShape)
    add(word.prefixes.1)
    add(word.prefixes.2)
    add(word.suffixes.1)
    add(word.suffixes.2)
    add(UInt32(word.lastPunctuation))
    add(UInt32(word.firstPunctuation))
    add(caseCode)
    add(UInt32(word.year))
    add(flags(of: word))
    add(position)
    add(UInt32(min(index, 5)))
    add(UInt32(min(count - 1 - index, 5)))
    add(previous?.word ?? 1)
    add(next?.word ?? 1)
    add(index > 1 ? words[index - 2].word : 1)
    add(index + 2 < count ? words[index + 2].word : 1)
    add(previous?.shortShape ?? 1)
    add(next?.shortShape ?? 1)
    add(UInt32(previous?.lastPunctuation ?? 1))
    add(context.hasSeenYear ? 1 : 0)
    add(quote)
    add(parenthesis)
    add(sentence)
    add(sentence << 8 | caseCode)
    add(word.word &* 31 &+ UInt32(previous?.lastPunctuation ?? 1))
    add(position << 24 ^ shortShape)
    add(UInt32(min(context.commas, 8)))
    add(UInt32(min(context.sinceBoundary, 5)))
    add(next.map { UInt32($0.letterCase.rawValue) << 8 | UInt32($0.firstPunctuation) } ?? 1)
    add(UInt32(lengthClass(word.letterCount)))
    add((JournalVocabulary.words.contains(word.word) ? 1 : 0) << 8 | caseCode)
    advance(&context, past: word)
  }

  /// Updates what later words see once `word` is read.
  private static func advance(_ context: inout Context, past word: ReferenceWord) {
    if word.year > 0 { context.hasSeenYear = true }
    if word.opensQuote && !word.closesQuote {
      context.isInQuote = true
    } else if word.closesQuote {
      context.isInQuote = false
    }
    if word.opensParenthesis && !word.closesParenthesis {
      context.isInParenthesis = true
    } else if word.closesParenthesis {
      context.isInParenthesis = false
    }
    if word.lastPunctuation == UInt8(ascii: ",") { context.commas += 1 }
    if isSentenceEnd(word) {
      context.sentence += 1
      context.sinceBoundary = 0
    } else {
      context.sinceBoundary += 1
    }
  }

  /// A word ending a sentence of the reference: a period, colon, question mark or closing quote
  /// after a word that is not an initial ("J.") or a short abbreviation ("pp.", "Vol.").
  private static func isSentenceEnd(_ word: ReferenceWord) -> Bool {
    switch word.lastPunctuation {
    case UInt8(ascii: "."): !word.isInitial && (word.letterCount > 3 || word.hasDigit || word.closesParenthesis)
    case UInt8(ascii: ":"), UInt8(ascii: "?"), UInt8(ascii: "!"): true
    default: word.closesQuote
    }
  }

  private static func flags(of word: ReferenceWord) -> UInt32 {
    var value: UInt32 = 0
    if word.hasDigit { value |= 1 }
    if word.isRange { value |= 2 }
    if word.isInitial { value |= 4 }
    if word.isURL { value |= 8 }
    return value
  }

  private static func lengthClass(_ letters: Int) -> Int {
    switch letters {
    case 0...3: letters
    case 4...6: 4
    default: 5
    }
  }

  /// A template's number and a value, mixed into one id (the 64-bit finaliser of MurmurHash3).
  @inline(__always)
  private static func mix(template: UInt32, value: UInt32) -> UInt32 {
    var key = UInt64(template) << 32 | UInt64(value)
    key ^= key >> 33
    key &*= 0xff51_afd7_ed55_8ccd
    key ^= key >> 33
    key &*= 0xc4ce_b9fe_1a85_ec53
    key ^= key >> 33
    return UInt32(truncatingIfNeeded: key)
  }
}
