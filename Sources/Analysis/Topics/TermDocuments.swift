import Dispatch
import Publications
import Foundation

/// Documents as TF-IDF vectors over one vocabulary of words and key phrases.
///
/// Weights follow the usual text-mining recipe (Salton & Buckley 1988; scikit-learn's
/// `TfidfVectorizer(sublinear_tf=True)`): term frequency 1 + ln(tf), smoothed inverse document
/// frequency ln((1 + n) / (1 + df)) + 1, each vector scaled to unit length so a dot product is
/// the cosine. Terms in fewer than `minimumDocuments` documents or in more than `maximumShare`
/// of them say nothing about topics and are left out.
struct TermDocuments: Sendable {
  /// One sparse unit vector per document, entries sorted by term.
  var vectors: [SparseVector]
  /// Term index → matching form ("diffusion model").
  var terms: [String]
  /// Term index → the form people write it in ("diffusion models").
  var surfaces: [String]
  /// Raw counts per document, for class-based weights of labels.
  var counts: [[(term: Int32, count: Int32)]]
  /// Per document, the terms of its title (ascending): labels prefer the words of titles.
  var titleTerms: [[Int32]]

  /// A publication's text: the title, and the abstract when there is one.
  struct Text: Sendable {
    var title: String
    var abstract: String
  }

  init(texts: [Text], minimumDocuments: Int, maximumShare: Double = 0.5) {
    // 1. Words → ids (title, a boundary, abstract); the same tokens as stem ids.
    let (words, rawTokens, titleEnds) = Self.tokenized(texts)
    let stemOfRaw = words.stemOfRaw
    let stemTokens = rawTokens.map { $0.map { $0 == TopicText.boundary ? $0 : stemOfRaw[Int($0)] } }
    // 2. Key phrases.
    let phrases = PhraseFinder(documents: stemTokens, wordCount: words.stems.count, minimumCount: max(2, texts.count / 1000))
    // 3. Each document's terms: its words plus each phrase it contains; written forms counted.
    let (documentTerms, titleTerms, surfaces) = Self.documentTerms(
      rawTokens: rawTokens, stemTokens: stemTokens, titleEnds: titleEnds, phrases: phrases, words: words)
    let termTexts = (0..<Int32(phrases.termCount)).map { phrases.text(of: $0, words: words.stems) }
    self.init(
      documentTerms: documentTerms, titleTerms: titleTerms, termTexts: termTexts, surfaces: surfaces.preferred(termCount: phrases.termCount),
      minimumDocuments: minimumDocuments, maximumShare: maximumShare)
  }

  /// Per document its terms with counts and its title's terms, and the written forms counted over
  /// all: in fixed parts on both cores, each with its own counts, added up in part order (integer
  /// counts, so the sums never depend on the number of threads).
  private static func documentTerms(
    rawTokens: [[Int32]], stemTokens: [[Int32]], titleEnds: [Int], phrases: PhraseFinder, words: WordTable
  ) -> ([[(term: Int32, count: Int32)]], [[Int32]], SurfaceCounts) {
    let done = Parallelism.map(rawTokens.count, inParts: rawTokens.count >= 1_000 ? 4 : 1) { range in
      var surfaces = SurfaceCounts(words: words)
      var documentTerms: [[(term: Int32, count: Int32)]] = []
      var titleTerms: [[Int32]] = []
      var occurrences: [Int32] = []
      var scratch = [Int32](repeating: 0, count: phrases.termCount)
      for document in range {
        let (raws, stems) = (rawTokens[document], stemTokens[document])
        occurrences.removeAll(keepingCapacity: true)
        // The title, then the abstract; the title's terms are noted once the first part is done.
        for part in 0..<2 {
          let range = part == 0 ? 0..<titleEnds[document] : titleEnds[document]..<stems.count
          for position in range where stems[position] != TopicText.boundary {
            occurrences.append(stems[position])
            surfaces.countWord(raws[position])
          }
          for span in phrases.spans(of: stems, in: range) where span.range.count > 1 {
            occurrences.append(span.term)
            surfaces.countPhrase(span.term, raws: raws[span.range])
          }
          if part == 0 { titleTerms.append(runLengths(occurrences, scratch: &scratch).map(\.term)) }
        }
        documentTerms.append(runLengths(occurrences, scratch: &scratch))
      }
      return (documentTerms, titleTerms, surfaces)
    }
    var surfaces = SurfaceCounts(words: words)
    for (_, _, partSurfaces) in done { surfaces.add(partSurfaces) }
    return (done.flatMap(\.0), done.flatMap(\.1), surfaces)
  }

  /// Every text as word ids (its title, a boundary, its abstract), in parts on both cores; the
  /// parts' word tables are merged in order, so the ids are those of a single pass.
  /// Also returns, per text, where its abstract starts.
  private static func tokenized(_ texts: [Text]) -> (WordTable, [[Int32]], [Int]) {
    var tokenizedParts = Parallelism.map(texts.count, inParts: texts.count >= 1_000 ? 4 : 1) { range in
      var words = WordTable()
      var tokens: [[Int32]] = []
      var titleEnds: [Int] = []
      for text in texts[range] {
        var title = TopicText(text.title, words: &words).tokens
        if title.last.map({ $0 != TopicText.boundary }) ?? false { title.append(TopicText.boundary) }
        titleEnds.append(title.count)
        tokens.append(title + TopicText(text.abstract, words: &words).tokens)
      }
      return (words, tokens, titleEnds)
    }
    var words = WordTable()
    var tokens: [[Int32]] = []
    var titleEnds: [Int] = []
    tokens.reserveCapacity(texts.count)
    for part in tokenizedParts.indices {
      let mapping = words.merge(tokenizedParts[part].0)
      tokens += tokenizedParts[part].1.map { $0.map { $0 == TopicText.boundary ? $0 : mapping[Int($0)] } }
      titleEnds += tokenizedParts[part].2
      tokenizedParts[part].1 = []  // NB: renumbered, a part's tokens go at once, not after all parts
    }
    return (words, tokens, titleEnds)
  }

  /// Each distinct term with its count, ascending.
  ///
  /// NB: counted in `scratch` (one slot per term, zero before and after), so only the distinct
  /// terms are sorted, not every occurrence of a long abstract.
  private static func runLengths(_ occurrences: [Int32], scratch: inout [Int32]) -> [(term: Int32, count: Int32)] {
    var distinct: [Int32] = []
    for term in occurrences {
      if scratch[Int(term)] == 0 { distinct.append(term) }
      scratch[Int(term)] += 1
    }
    distinct.sort()
    var result: [(term: Int32, count: Int32)] = []
    result.reserveCapacity(distinct.count)
    for term in distinct {
      result.append((term, scratch[Int(term)]))
      scratch[Int(term)] = 0
    }
    return result
  }

  /// 4. Terms filtered by document frequency, renumbered in text order, weighted.
  private init(documentTerms: [[(term: Int32, count: Int32)]], titleTerms allTitleTerms: [[Int32]], termTexts: [String], surfaces allSurfaces: [String], minimumDocuments: Int, maximumShare: Double) {
    var documentFrequency = Array(repeating: 0, count: termTexts.count)
    for termCounts in documentTerms {
      for (term, _) in termCounts { documentFrequency[Int(term)] += 1 }
    }
    let n = documentTerms.count
    let maximumDocuments = max(Double(minimumDocuments), maximumShare * Double(n))
    // Sorted by text, so term numbers never depend on hash order.
    let kept = termTexts.indices
      .filter { documentFrequency[$0] >= minimumDocuments && Double(documentFrequency[$0]) <= maximumDocuments }
      .sorted { termTexts[$0] < termTexts[$1] }
    var newIndex = Array<Int32>(repeating: -1, count: termTexts.count)
    for (position, term) in kept.enumerated() { newIndex[term] = Int32(position) }
    let idf = kept.map { log(Double(1 + n) / Double(1 + documentFrequency[$0])) + 1 }
    terms = kept.map { termTexts[$0] }
    surfaces = kept.map { allSurfaces[$0] }
    counts = documentTerms.map { termCounts in
      termCounts.compactMap { term, count in newIndex[Int(term)] >= 0 ? (newIndex[Int(term)], count) : nil }
    }
    titleTerms = allTitleTerms.map { $0.compactMap { newIndex[Int($0)] >= 0 ? newIndex[Int($0)] : nil }.sorted() }
    vectors = counts.map { termCounts in
      SparseVector(weights: termCounts.map { ($0.term, (1 + log(Double($0.count))) * idf[Int($0.term)]) }).normalized()
    }
  }
}
