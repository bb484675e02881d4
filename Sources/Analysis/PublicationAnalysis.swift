import Publications

/// Everything computed from a run's publications, computed once: the charts, the report and
/// the exports only read it.
///
///     publications, owners, people → window → counts (every year, the window)
///       → co-author graph → communities → collaborators
///       → ego network and its layout (of the window)
///     publications → topics (fitted on every year), beside all of the above
///
/// With a window, the tables, venues, network and collaborators section cover the window's
/// publications, identified among themselves as before; the year charts, the NSF COA list and
/// the topics cover every year, so topics keep their names.
package struct PublicationAnalysis: Sendable {
  /// What to compute beyond the counts, the graph, its communities and the collaborators.
  package struct Parts: OptionSet, Sendable {
    package let rawValue: Int
    package init(rawValue: Int) { self.rawValue = rawValue }

    /// The ego network of the window and its layout, for the network chart.
    package static let network = Parts(rawValue: 1)
    /// The topic model.
    package static let topics = Parts(rawValue: 2)
    package static let all: Parts = [.network, .topics]
  }

  /// Every publication, owners marked.
  package let publications: [Publication]
  package let owners: [String]
  /// One identity per author of `publications`.
  package let people: PersonIndex
  /// The years the report is about; nil for every year.
  package let window: YearWindow?
  /// The publications in the window (all of them without one), and their people.
  package let inWindow: [Publication]
  package let windowPeople: PersonIndex
  /// Counts of every publication, and of the window's.
  package let stats: PublicationStats
  package let windowStats: PublicationStats
  /// The co-author graph of every publication, and its Leiden communities.
  package let graph: CoauthorGraph
  package let communities: Communities
  /// The owners' collaborators over every year, and in the window.
  package let collaborators: Collaborators
  package let windowCollaborators: Collaborators
  /// The network chart's people and positions (with `.network`).
  package let network: EgoNetwork?
  /// Topics fitted on every publication (with `.topics`).
  package let topics: TopicModel?
  /// Citation indicators of every publication; nil when no input counts citations.
  package let citations: CitationSummary?
  /// The window's co-authors by institution and country; nil when no input names institutions.
  package let affiliations: Affiliations?

  /// Analyses `publications`.
  ///
  /// - Parameters:
  ///   - people: the identities of `publications`' authors when the caller has them.
  ///   - fittedTopics: the topic model of `publications` already being fitted (a corpus starts
  ///     it while owners are resolved); nil fits it here, with `topicOptions`.
  ///   - timeStep: called with each step's name ("analyse", "graph", "network", "topics") and
  ///     wall seconds, for the benchmarks' per-stage table.
  package init(
    _ publications: [Publication], owners: [String], people: PersonIndex? = nil, window: YearWindow? = nil,
    parts: Parts = .all, topicOptions: TopicModel.Options = TopicModel.Options(),
    fittedTopics: BackgroundWork<TopicModel>? = nil,
    timeStep: (@Sendable (_ step: String, _ seconds: Double) -> Void)? = nil
  ) {
    let clock = StepClock(report: timeStep)
    // 0. Topics need only the publications: they run on another thread beside the rest, so
    // the serial parts of each (communities, the topic labels) fill the other core.
    let topicsWork = parts.contains(.topics) ? fittedTopics ?? BackgroundWork {
      clock.measure("topics") { TopicModel(publications, options: topicOptions) }
    } : nil
    self.publications = publications
    self.owners = owners
    self.window = window
    let people = people ?? PersonIndex(publications)
    self.people = people
    // 1. Counts.
    let inWindow = window.map { $0.filter(publications) } ?? publications
    let windowPeople = window == nil ? people : PersonIndex(inWindow)
    (self.inWindow, self.windowPeople) = (inWindow, windowPeople)
    let stats = clock.measure("analyse") { PublicationStats(publications, owners: owners, people: people) }
    self.stats = stats
    windowStats = window == nil ? stats : PublicationStats(inWindow, owners: owners, people: windowPeople)
    // 2. Who works with whom.
    (graph, communities, collaborators) = clock.measure("graph") {
      let graph = CoauthorGraph(publications, people: people)
      return (graph, Communities(graph), Collaborators(publications, people: people))
    }
    windowCollaborators = window == nil ? collaborators : Collaborators(inWindow, people: windowPeople)
    // 3. The network chart's view of the window.
    let (graph, communities) = (graph, communities)
    network =
      parts.contains(.network)
      ? clock.measure("network") {
        let windowGraph = window == nil ? graph : CoauthorGraph(inWindow, people: windowPeople)
        let windowCommunities = window == nil ? communities : Communities(windowGraph)
        return EgoNetwork(windowGraph, communities: windowCommunities, publications: inWindow)
      } : nil
    citations = CitationSummary(publications)
    affiliations = Affiliations(inWindow, people: windowPeople)
    // 4. Topics, on every year.
    topics = topicsWork?.value
  }
}

/// Times the steps of an analysis for an optional listener.
private struct StepClock: Sendable {
  var report: (@Sendable (_ step: String, _ seconds: Double) -> Void)?

  func measure<T>(_ step: String, _ body: () -> T) -> T {
    guard let report else { return body() }
    let clock = ContinuousClock()
    let start = clock.now
    let value = body()
    let elapsed = start.duration(to: clock.now).components
    report(step, Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18)
    return value
  }
}
