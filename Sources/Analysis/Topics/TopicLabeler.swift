import Foundation

/// Names topics by class-based TF-IDF (Grootendorst 2022, BERTopic's c-TF-IDF): a term's share
/// of the words in a topic, times log(1 + A / f) where A is the average number of words per
/// topic and f the term's count over all topics. Terms common everywhere sink; terms frequent
/// in one topic and rare elsewhere rise.
///
/// A phrase wins over its own words: once "diffusion models" is chosen, "diffusion" is not
/// listed again, and a word chosen first gives way to a phrase containing it.
struct TopicLabeler: Sendable {
  /// Per topic, its best terms in written form.
  var terms: [[String]]

  init(documents: TermDocuments, assignments: [Int?], clusters: Int, termsPerTopic: Int = 8) {
    var classCounts = Array(repeating: [Int32: Int](), count: clusters)
    var overall: [Int32: Int] = [:]
    for (counts, cluster) in zip(documents.counts, assignments) {
      guard let cluster else { continue }
      for (term, count) in counts {
        classCounts[cluster][term, default: 0] += count
        overall[term, default: 0] += count
      }
    }
    let sizes = classCounts.map { $0.values.reduce(0, +) }
    let average = Double(sizes.reduce(0, +)) / Double(max(1, clusters))
    terms = classCounts.indices.map { cluster in
      let weighted = classCounts[cluster].map { term, count in
        (term: term, weight: Double(count) / Double(max(1, sizes[cluster])) * log(1 + average / Double(overall[term] ?? 1)))
      }
      // Ties by term text: the order never depends on dictionary order.
      let ranked = weighted.sorted { ($1.weight, documents.terms[Int($0.term)]) < ($0.weight, documents.terms[Int($1.term)]) }
      return Self.distinct(ranked.map { Int($0.term) }, documents: documents, limit: termsPerTopic)
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
