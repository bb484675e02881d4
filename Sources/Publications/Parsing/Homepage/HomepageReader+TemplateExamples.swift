extension HomepageReader {
  /// The example papers the AcadHomepage template ships, by the person it highlights: its
  /// `about.md` shows ResNet with **Kaiming He**, and the page most often copied from (the
  /// template author's own, rayeren.github.io) has boxes of **Yi Ren**'s TTS papers.
  private static let templateExamples: [String: Set<String>] = [
    "kaiming he": ["deep residual learning for image recognition"],
    "yi ren": [
      "fastspeech 2: fast and high-quality end-to-end text to speech",
      "fastspeech: fast, robust and controllable text to speech",
      "mega-tts 2: boosting prompting mechanisms for zero-shot speech synthesis",
      "diffsinger: singing voice synthesis via shallow diffusion mechanism",
      "portaspeech: portable and high-quality generative text-to-speech",
    ],
  ]

  /// Takes out what a page copied from the template and never replaced: entries whose title is
  /// the template's placeholder ("Lorem ipsum dolor sit amet, …"), and the template's example
  /// papers on a page whose other entries highlight someone else (hsuyuchao's page kept
  /// FastSpeech 2, Mega-TTS 2, DiffSinger and PortaSpeech beside the owner's own paper, and they
  /// made Yi Ren its owner), or on a page that lists nothing else. NB: only when every entry
  /// of that person is an example: a page that lists more of their papers is theirs, or a
  /// lab's with them in it (the project's sample page). A note names each.
  static func removingTemplateExamples(from result: inout ParseResult) {
    let highlighted = result.publications.map { publication in
      Set(publication.authors.filter(\.isHighlighted).map(\.name.matchingKey))
    }
    let templateOwners = Set(templateExamples.keys)
    let hasOtherOwner = highlighted.contains { !$0.isEmpty && $0.isDisjoint(with: templateOwners) }
    // The template owners all of whose highlighted entries are the template's examples.
    let leftOwners = templateOwners.filter { owner in
      let titles = zip(result.publications, highlighted).filter { $0.1.contains(owner) }.map { $0.0.title.lowercased() }
      return !titles.isEmpty && titles.allSatisfy { templateExamples[owner]?.contains($0) == true }
    }
    let placeholders = result.publications.map { $0.title.lowercased().hasPrefix("lorem ipsum") }
    let templatePapers = highlighted.map { !$0.isEmpty && $0.isSubset(of: leftOwners) }
    // NB: a page whose list is only the template's (ResNet and a "Lorem ipsum" line, as
    // yongjiandeng.github.io and d3ac.github.io left it) lists none of its owner's papers.
    let isTemplateList = zip(placeholders, templatePapers).allSatisfy { $0 || $1 }
    var kept: [Publication] = []
    var removed: Set<SourceLocation> = []
    for (position, publication) in result.publications.enumerated() {
      let isPlaceholder = placeholders[position]
      let isExample = (hasOtherOwner || isTemplateList) && templatePapers[position]
      guard isPlaceholder || isExample else {
        kept.append(publication)
        continue
      }
      removed.insert(publication.source)
      let reason = isPlaceholder ? "the site template's placeholder text" : "an example paper of the site template"
      result.diagnostics.append(Diagnostic(.note, at: publication.source, .notCounted(title: publication.title, reason: reason)))
    }
    guard !removed.isEmpty else { return }
    result.publications = kept
    // NB: what was wrong with an entry that is not counted ("names no authors") is moot.
    result.diagnostics.removeAll { $0.severity == .warning && removed.contains($0.location) }
  }
}
