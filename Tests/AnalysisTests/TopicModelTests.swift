import Analysis
import Foundation
import Publications
import Testing

@Suite struct TopicModelTests {
  /// Two fields with no words in common but the boilerplate.
  static let twoFields: [Publication] = [
    "Speech synthesis with neural vocoders", "Expressive speech synthesis for audiobooks",
    "We propose a novel speech synthesis method for low-resource speech", "Fast speech synthesis via parallel vocoders",
    "Multilingual speech synthesis and voice cloning", "Robust speech synthesis under noisy vocoders",
    "Graph neural networks for molecules", "Scalable graph neural networks on citation graphs",
    "A novel approach to graph neural networks for molecules", "Explaining graph neural networks with subgraphs",
    "Graph neural networks for traffic forecasting graphs", "Oversmoothing in deep graph neural networks",
  ].enumerated().map { paper(title: $0.element, year: 2015 + $0.offset % 6) }

  static func paper(title: String, year: Int?, abstract: String? = nil) -> Publication {
    Publication(
      id: PublicationID.make(title: title, year: year), title: title, authors: [Person(name: "Ann Lee")],
      venue: Venue(name: "ICML", kind: .conference), year: year, abstract: abstract,
      source: SourceLocation(file: "test.bib", line: 1))
  }

  @Test func `two fields become two topics named by their key phrases`() {
    let model = TopicModel(Self.twoFields)
    #expect(model.topics.count == 2)
    #expect(model.topics.map(\.size) == [6, 6])
    let speech = model.assignments[0]
    #expect(model.assignments.prefix(6).allSatisfy { $0 == speech })
    #expect(model.assignments.suffix(6).allSatisfy { $0 != speech && $0 != nil })
    let labels = model.topics.map(\.label)
    #expect(labels.contains { $0.hasPrefix("speech synthesis") })
    #expect(labels.contains { $0.hasPrefix("graph neural networks") })
  }

  /// Physics lists give no titles; the citation standing in for one names no subject.
  @Test func `a citation standing in for a title gives the topics no words`() {
    let cited = (1...4).map { index -> Publication in
      var paper = Self.paper(title: "Phys. Rev. Lett. \(70 + index), \(100 * index)", year: 2015 + index)
      paper.isTitleCitation = true
      return paper
    }
    let model = TopicModel(Self.twoFields + cited)
    #expect(model.assignments.suffix(4).allSatisfy { $0 == nil })
    #expect(!model.topics.flatMap(\.terms).contains { ["phys", "rev", "lett"].contains($0) })
  }

  @Test func `labels leave out stop words and academic boilerplate`() {
    let terms = TopicModel(Self.twoFields).topics.flatMap(\.terms)
    for boilerplate in ["novel", "propose", "approach", "method", "we", "a"] {
      #expect(!terms.contains(boilerplate))
    }
  }

  @Test func `input order does not change the topics`() {
    let forward = TopicModel(Self.twoFields)
    let backward = TopicModel(Self.twoFields.reversed())
    #expect(forward.topics.map(\.label) == backward.topics.map(\.label))
    #expect(forward.assignments == Array(backward.assignments.reversed()))
  }

  @Test func `a given number of topics is used`() {
    #expect(TopicModel(Self.twoFields, options: .init(count: 3)).topics.count == 3)
    #expect(TopicModel(Self.twoFields, options: .init(count: 1)).topics.map(\.size) == [12])
  }

  @Test func `a topic knows its years and venues`() throws {
    let model = TopicModel(Self.twoFields)
    let topic = try #require(model.topics.first)
    #expect(topic.countsByYear.values.reduce(0, +) == 6)
    #expect(topic.topVenues == [Topic.VenueCount(name: "ICML", count: 6)])
    #expect(topic.activeYears == 2015...2020)
  }

  @Test func `publications without usable words get no topic`() {
    let papers = Self.twoFields + [Self.paper(title: "2024", year: 2024), Self.paper(title: "On the", year: 2023)]
    let model = TopicModel(papers)
    #expect(model.assignments.suffix(2) == [nil, nil])
    #expect(model.topics.reduce(0) { $0 + $1.size } == 12)
  }

  @Test func `tiny and empty lists give at most one topic and never fail`() {
    #expect(TopicModel([]).topics.isEmpty)
    let three = Array(Self.twoFields.prefix(3))
    #expect(TopicModel(three).topics.count == 1)
  }

  @Test func `labels are written as people write them`() {
    let papers = [
      "Diffusion Models for Image Editing", "Faster Diffusion Models", "Diffusion Models Beat GANs",
      "Pruning Diffusion Models", "Distilling Diffusion Models", "NeRF in the Wild", "NeRF for Large Scenes",
      "Dynamic NeRF", "NeRF from One Image", "Editable NeRF Scenes",
    ].enumerated().map { Self.paper(title: $0.element, year: 2020 + $0.offset % 4) }
    let terms = TopicModel(papers).topics.flatMap(\.terms)
    #expect(terms.contains("diffusion models"))
    #expect(terms.contains("NeRF"))
  }

  /// 400 entries of `gen_bib.py` (seed 3) with their true topic in `x-topic`.
  @Test func `topics on a generated corpus agree with the true topics`() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/generated/gen-400-seed3.bib")
    let text = try String(decoding: Data(contentsOf: url), as: UTF8.self)
    let publications = BibTeXReader().read([ReaderInput(name: "gen-400-seed3.bib", text: text)]).publications
    let truth = Self.trueTopics(text)
    let model = TopicModel(publications)
    let pairs = publications.indices.compactMap { index -> (String, Int)? in
      guard let topic = model.assignments[index], let real = truth[publications[index].id] else { return nil }
      return (real, topic)
    }
    #expect(pairs.count == 400)
    #expect((8...12).contains(model.topics.count))
    // peer.py (TF-IDF, LSA, k-means) reaches about 0.8 on these corpora.
    #expect(Self.adjustedRandIndex(pairs) > 0.75)
  }

  static func trueTopics(_ bib: String) -> [String: String] {
    var truth: [String: String] = [:]
    var key: String?
    for line in bib.split(separator: "\n") {
      if line.hasPrefix("@"), let brace = line.firstIndex(of: "{"), let comma = line.firstIndex(of: ",") {
        key = String(line[line.index(after: brace)..<comma]).trimmingCharacters(in: .whitespaces)
      }
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("x-topic"), let key, let open = trimmed.firstIndex(where: { $0 == "{" || $0 == "\"" }) {
        truth[key] = String(trimmed[trimmed.index(after: open)...].prefix { $0 != "}" && $0 != "\"" })
      }
    }
    return truth
  }

  /// Hubert & Arabie (1985), from the contingency table.
  static func adjustedRandIndex(_ pairs: [(String, Int)]) -> Double {
    func choose2(_ n: Int) -> Double { Double(n * (n - 1)) / 2 }
    var table: [String: [Int: Int]] = [:]
    for (truth, guess) in pairs { table[truth, default: [:]][guess, default: 0] += 1 }
    let rows = table.values.map { $0.values.reduce(0, +) }
    var columns: [Int: Int] = [:]
    for row in table.values { for (guess, count) in row { columns[guess, default: 0] += count } }
    let index = table.values.flatMap(\.values).reduce(0) { $0 + choose2($1) }
    let rowSum = rows.reduce(0) { $0 + choose2($1) }
    let columnSum = columns.values.reduce(0) { $0 + choose2($1) }
    let expected = rowSum * columnSum / choose2(pairs.count)
    return (index - expected) / ((rowSum + columnSum) / 2 - expected)
  }
}
