import Dispatch
import Publications

/// What a publication list is about: the publications grouped into topics from their titles and
/// abstracts, each topic named by its most distinctive terms.
///
/// The pipeline: text → tokens (stop words out, light stemming) → key phrases by collocation →
/// TF-IDF vectors → spherical k-means, the number of topics chosen by silhouette over 2…12 on a
/// sample of at most 2,000 publications, then refined on all → labels by class-based TF-IDF.
///
/// Deterministic and independent of input order: publications are processed sorted by id, and
/// every random choice comes from `SplitMix64` with `Options.seed`. The candidate numbers of topics
/// are tried on both cores, each with its own seed, so threads never change the result.
package struct TopicModel: Sendable, Hashable {
  package struct Options: Sendable, Hashable {
    /// A fixed number of topics; nil chooses it from the data.
    package var count: Int?
    package var maximumCount: Int
    package var seed: UInt64

    package init(count: Int? = nil, maximumCount: Int = 12, seed: UInt64 = 42) {
      self.count = count
      self.maximumCount = maximumCount
      self.seed = seed
    }
  }

  /// The topics, largest first.
  package var topics: [Topic]
  /// The topic index (into `topics`) of each input publication; nil when it has no usable text.
  package var assignments: [Int?]
  /// The mean silhouette of the chosen clustering, nil when the number was given or is 1.
  package var silhouette: Double?
  /// Each number of topics tried with its silhouette, for the curious.
  package var candidates: [Candidate]
  /// Publications whose runner-up topic is another topic, per pair (i < j): how topics overlap.
  package var overlaps: [Overlap]
  /// The cosine between the centroids of every two topics: how close their vocabularies are.
  package var similarities: [[Double]]

  package struct Candidate: Sendable, Hashable, Codable {
    package var count: Int
    package var silhouette: Double

    package init(count: Int, silhouette: Double) {
      self.count = count
      self.silhouette = silhouette
    }
  }

  package struct Overlap: Sendable, Hashable, Codable {
    package var first: Int
    package var second: Int
    package var publications: Int
  }

  /// Publications clustered for each candidate number of topics.
  static let sampleSize = 2_000
  /// Publications scored by silhouette (every other one of the sample beyond this size).
  static let silhouetteSize = 1_000

  /// - Complexity: about O(k × non-zero terms × iterations) for the clustering and O(s²) for
  ///   the silhouette of a sample of s ≤ 2,000 publications.
  package init(_ publications: [Publication], options: Options = Options()) {
    // 1. Sorted by id, so that input order cannot change the result.
    let ids = publications.map(\.id)
    let order = ids.indices.sorted { (ids[$0], $0) < (ids[$1], $1) }
    let texts = order.map { Self.text(of: publications[$0]) }
    let documents = TermDocuments(texts: texts, minimumDocuments: texts.count >= 20 ? 2 : 1)
    // 2. Cluster the documents that have terms.
    let usable = documents.vectors.indices.filter { !documents.vectors[$0].isEmpty }
    let clustering = Clustering(vectors: usable.map { documents.vectors[$0] }, dimension: documents.terms.count, options: options)
    // 3. Number topics by size and describe them.
    var sortedAssignments = Array<Int?>(repeating: nil, count: order.count)
    for (position, document) in usable.enumerated() { sortedAssignments[document] = clustering.assignments[position] }
    let renumbering = Self.numberingBySize(sortedAssignments, clusters: clustering.centroids.count)
    var topicOf = Array<Int?>(repeating: nil, count: publications.count)
    for (position, original) in order.enumerated() {
      topicOf[original] = sortedAssignments[position].map { renumbering[$0] }
    }
    let centroids = renumbering.indices.map { clustering.centroids[renumbering.firstIndex(of: $0) ?? $0] }
    let labels = TopicLabeler(documents: documents, assignments: order.indices.map { sortedAssignments[$0].map { renumbering[$0] } }, clusters: centroids.count)
    let members = Self.members(assignments: topicOf, order: order, documents: documents, centroids: centroids)
    topics = centroids.indices.map { topic in
      Topic(number: topic + 1, terms: labels.terms[topic], members: members[topic], publications: publications)
    }
    assignments = topicOf
    silhouette = clustering.silhouette
    candidates = clustering.candidates
    overlaps = Self.overlaps(documents: documents, order: order, assignments: topicOf, centroids: centroids)
    similarities = centroids.map { a in centroids.map { b in zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } } }
  }

  /// Title and abstract, the text topics are read from.
  static func text(of publication: Publication) -> TermDocuments.Text {
    // NB: a citation standing in for a title ("Phys. Rev. B 58, 3641") says nothing of the subject.
    TermDocuments.Text(title: publication.isTitleCitation == true ? "" : publication.title, abstract: publication.abstract ?? "")
  }

  /// Cluster → topic index, largest first, ties by the first document.
  private static func numberingBySize(_ assignments: [Int?], clusters: Int) -> [Int] {
    var sizes = Array(repeating: 0, count: clusters)
    var first = Array(repeating: Int.max, count: clusters)
    for (document, cluster) in assignments.enumerated() {
      guard let cluster else { continue }
      sizes[cluster] += 1
      first[cluster] = min(first[cluster], document)
    }
    let ranked = (0..<clusters).sorted { (-sizes[$0], first[$0]) < (-sizes[$1], first[$1]) }
    var renumbering = Array(repeating: 0, count: clusters)
    for (rank, cluster) in ranked.enumerated() { renumbering[cluster] = rank }
    return renumbering
  }

  /// Each topic's publications (input indices), most representative first: highest cosine to
  /// the topic's centroid, ties by id.
  private static func members(assignments: [Int?], order: [Int], documents: TermDocuments, centroids: [[Double]]) -> [[Int]] {
    var positions = Array(repeating: [Int](), count: centroids.count)
    for (position, original) in order.enumerated() {
      if let topic = assignments[original] { positions[topic].append(position) }
    }
    return positions.indices.map { topic in
      positions[topic]
        .map { (similarity: documents.vectors[$0].dot(centroids[topic]), position: $0) }
        .sorted { ($1.similarity, $0.position) < ($0.similarity, $1.position) }
        .map { order[$0.position] }
    }
  }

  private static func overlaps(documents: TermDocuments, order: [Int], assignments: [Int?], centroids: [[Double]]) -> [Overlap] {
    guard centroids.count > 1 else { return [] }
    let matrix = CentroidMatrix(centroids)
    var counts: [Int: Int] = [:]
    for (position, original) in order.enumerated() {
      guard let topic = assignments[original] else { continue }
      // NB: all k cosines at once; each is the same sum, in the same order, as a dot product.
      let similarities = matrix.similarities(documents.vectors[position])
      let runnerUp = centroids.indices.filter { $0 != topic }.max { (similarities[$0], -$0) < (similarities[$1], -$1) }
      guard let runnerUp, similarities[runnerUp] > 0 else { continue }
      counts[min(topic, runnerUp) * centroids.count + max(topic, runnerUp), default: 0] += 1
    }
    return counts.keys.sorted().map { key in
      Overlap(first: key / centroids.count, second: key % centroids.count, publications: counts[key] ?? 0)
    }
  }
}
