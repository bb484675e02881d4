import Foundation

/// Names topics by class-based TF-IDF (Grootendorst 2022, BERTopic's c-TF-IDF): a term's share
/// of a topic, times log(1 + A / f) where A is the average topic size and f the term's frequency
/// over all topics. Terms common everywhere sink; terms frequent in one topic and rare elsewhere
/// rise. NB: frequencies count publications, not occurrences, so one long abstract cannot name
/// a topic by repeating its own words; and a term only in an abstract counts a third of one in
/// a title, since titles hold the words researchers name their work by.
///
/// A phrase wins over its own words: once "diffusion models" is chosen, "diffusion" is not
/// listed again, and a word chosen first gives way to a phrase containing it.
struct TopicLabeler: Sendable {
  /// Per topic, its best terms in written form.
  var terms: [[String]]

  static let abstractWeight = 1.0 / 3

  init(documents: TermDocuments, assignments: [Int?], clusters: Int, termsPerTopic: Int = 8) {
    // NB: dense per-term sums, not dictionaries: a hundred thousand documents add millions of
    // weights. Each sum still runs in document order, as the order of additions changes the
    // last bits of a sum, and with them the order of nearly tied terms.
    let termCount = documents.terms.count
    var classCounts = Array(repeating: [Double](repeating: 0, count: termCount), count: clusters)
    var overall = [Double](repeating: 0, count: termCount)
    var sizes = Array(repeating: 0.0, count: clusters)
    var isTitleTerm = [Bool](repeating: false, count: termCount)
    for (document, cluster) in assignments.enumerated() {
      guard let cluster else { continue }
      for term in documents.titleTerms[document] { isTitleTerm[Int(term)] = true }
      for (term, _) in documents.counts[document] {
        let weight = isTitleTerm[Int(term)] ? 1 : Self.abstractWeight
        classCounts[cluster][Int(term)] += weight
        overall[Int(term)] += weight
        sizes[cluster] += weight
      }
      for term in documents.titleTerms[document] { isTitleTerm[Int(term)] = false }
    }
    let average = sizes.reduce(0, +) / Double(max(1, clusters))
    terms = classCounts.indices.map { cluster in
      let weighted = classCounts[cluster].indices.filter { classCounts[cluster][$0] > 0 }.map { term in
        (term: term, weight: classCounts[cluster][term] / max(1, sizes[cluster]) * log(1 + average / overall[term]))
      }
      // Ties by term text: the order never depends on the order terms were met.
      let ranked = weighted.sorted { ($1.weight, documents.terms[$0.term]) < ($0.weight, documents.terms[$1.term]) }
      return Self.distinct(ranked.map(\.term), documents: documents, limit: termsPerTopic)
    }
  }

  /// The first `limit` terms, a phrase replacing its words.
  private static func distinct(_ ranked: [Int], documents: TermDocuments, limit: Int) -> [String] {
    var chosen: [Int] = []
    for term in ranked {
      let words = Set(documents.terms[term].split(separator: " "))
      if chosen.contains(where: { words.isSubset(of: Set(documents.terms[$0].split(separator: " "))) }) { continue }
      chosen.removeAll { Set(documents.terms[$0].split(separator: " ")).isSubset(of: words) }
      chosen.append(term)
      if chosen.count == limit { break }
    }
    return chosen.map { documents.surfaces[$0] }
  }
}
