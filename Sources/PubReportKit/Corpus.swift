import Analysis
import Publications

/// Everything read from a command's inputs: the publications with owners marked, the diagnostics
/// and the inputs that could not be used.
package struct Corpus: Sendable {
  package var publications: [Publication] {
    didSet {
      people = PersonIndex(publications)
      fittedTopics = nil
    }
  }
  /// One identity per author of `publications`, built once and shared by every analysis.
  package private(set) var people: PersonIndex
  package var owners: [String]
  package var diagnostics: [Diagnostic]
  package var inputErrors: [PubReportError]
  /// Papers read from more than one source and merged.
  package var mergedPairs: [DuplicateMerger.Pair] = []
  /// The topic model of `publications` when `load` was asked for one: fitted in the background
  /// from the moment the publications are merged, beside the owners' resolution and the
  /// analysis, since it needs neither.
  private var fittedTopics: FittedTopics?

  /// Reads every input of a run and resolves owners, as `settings` say.
  ///
  /// - Parameter topics: the options of the topic model the command will ask for, if any.
  package static func load(_ settings: Settings, topics: TopicModel.Options? = nil) -> Corpus {
    load(
      files: settings.files, owners: settings.owners, aliases: settings.aliases, exclude: settings.exclude,
      loader: InputLoader(context: settings.reading), topics: topics)
  }

  /// Reads every input and resolves owners.
  ///
  ///     files → InputLoader (decode, detect, read, reading policy) → aliases → exclusions
  ///           → DuplicateMerger → OwnerResolver → Corpus
  ///                           ↘ TopicModel (in the background, with `topics`)
  ///
  /// - Parameters:
  ///   - files: paths, `-` for standard input.
  ///   - owners: names given with `--owner`; empty to detect owners from emphasis.
  ///   - aliases: canonical names for variants, from `--aliases`.
  ///   - exclude: titles or ids of entries to leave out (case and punctuation ignored); left
  ///     out before owners are detected, so an excluded paper never decides whose list it is.
  ///   - topics: the options of the topic model the command will ask for; nil when it asks none.
  package static func load(
    files: [String], owners: [String] = [], aliases: NameAliases = NameAliases(), exclude: [String] = [],
    loader: InputLoader = InputLoader(), topics: TopicModel.Options? = nil
  ) -> Corpus {
    // NB: each step lets go of the array it was given once the next exists: on a million
    // entries an array of publications is a quarter of a gigabyte before any of its text.
    // 1. Read each input; one bad file never hides the others.
    var (result, errors) = StageClock.measure("read") { loader.load(files) }
    MemoryRelease.returnFreedPages()
    // 2. People get their hand-made identities, excluded entries go, and the same paper from two
    // sources counts once.
    var merged = StageClock.measure("normalise") {
      var publications = aliases.apply(to: result.publications)
      result.publications = []
      publications.removeAll(where: Exclusions(exclude).contains)
      return DuplicateMerger.merge(publications)
    }
    let mergeNotes = merged.pairs.map { Diagnostic(.note, at: $0.merged, .mergedSources(title: $0.title, kept: $0.kept)) }
    // NB: topics read titles, abstracts, years and venues, which owners never change. The
    // array is then shared, so marking owners copies it (not the text its entries hold).
    let fittedTopics = topics.map { FittedTopics(merged.publications, options: $0) }
    // 3. Decide whose list it is.
    let (resolved, people) = StageClock.measure("owners") {
      let publications = merged.publications
      merged.publications = []
      let people = PersonIndex(publications)
      let resolved = OwnerResolver(explicitOwners: owners).resolve(consume publications, people: people)
      return (resolved, resolved.renamedOwners ? PersonIndex(resolved.publications) : people)
    }
    var corpus = Corpus(
      publications: resolved.publications, people: people, owners: resolved.owners,
      diagnostics: result.diagnostics + mergeNotes, inputErrors: errors, mergedPairs: merged.pairs)
    corpus.fittedTopics = fittedTopics
    return corpus
  }

  /// - Parameter people: the identities of `publications`' authors (marking owners changes no name).
  private init(
    publications: [Publication], people: PersonIndex, owners: [String], diagnostics: [Diagnostic],
    inputErrors: [PubReportError], mergedPairs: [DuplicateMerger.Pair]
  ) {
    self.publications = publications
    self.people = people
    self.owners = owners
    self.diagnostics = diagnostics
    self.inputErrors = inputErrors
    self.mergedPairs = mergedPairs
  }

  /// Diagnostics of severity warning, in file and line order.
  package var warnings: [Diagnostic] {
    diagnostics.filter { $0.severity == .warning }.sorted { $0.location < $1.location }
  }

  /// The statistics over all publications.
  package var stats: PublicationStats { PublicationStats(publications, owners: owners, people: people) }

  /// This corpus with only the publications dated in `window` (all of them without one); its
  /// people are those of the kept publications, its diagnostics and owners unchanged.
  package func restricted(to window: YearWindow?) -> Corpus {
    guard let window else { return self }
    var corpus = self
    corpus.publications = window.filter(publications)
    return corpus
  }

  /// The topic model of every publication: the one fitted while loading when its options are
  /// `options`, else fitted now.
  package func topicModel(_ options: TopicModel.Options = TopicModel.Options()) -> TopicModel {
    guard let fittedTopics, fittedTopics.options == options else {
      return StageClock.measure("topics") { TopicModel(publications, options: options) }
    }
    return fittedTopics.work.value
  }

  /// The analysis of these publications, computed once for a command to read.
  ///
  /// - Parameters:
  ///   - window: the years a report is about; nil for every year.
  ///   - parts: what to compute beyond counts, graph, communities and collaborators.
  package func analysis(
    window: YearWindow? = nil, parts: PublicationAnalysis.Parts = .all,
    topicOptions: TopicModel.Options = TopicModel.Options()
  ) -> PublicationAnalysis {
    PublicationAnalysis(
      publications, owners: owners, people: people, window: window, parts: parts, topicOptions: topicOptions,
      fittedTopics: fittedTopics.flatMap { $0.options == topicOptions ? $0.work : nil },
      timeStep: StageClock.isEnabled ? StageClock.report : nil)
  }
}

/// A topic model being fitted on another thread, and the options it was asked with.
private struct FittedTopics: Sendable {
  let options: TopicModel.Options
  let work: BackgroundWork<TopicModel>

  init(_ publications: [Publication], options: TopicModel.Options) {
    self.options = options
    work = BackgroundWork { StageClock.measureStep("topics") { TopicModel(publications, options: options) } }
  }
}

/// The entries a user leaves out, by id or title, case and punctuation ignored.
private struct Exclusions {
  private let keys: Set<String>

  init(_ titlesOrIDs: [String]) {
    keys = Set(titlesOrIDs.map(\.lettersAndDigitsKey))
  }

  func contains(_ publication: Publication) -> Bool {
    !keys.isEmpty && (keys.contains(publication.id.lettersAndDigitsKey) || keys.contains(publication.title.lettersAndDigitsKey))
  }
}
