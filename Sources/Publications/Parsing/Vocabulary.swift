/// The words the readers' heuristics know, in one place: what a careful reader of a homepage
/// recognises as a link label, a venue word, a presentation note or a name particle. Each list
/// is data; teaching a reader a word is a one-line change here.
///
/// All words are lowercase unless said otherwise; comparisons fold case.
enum Vocabulary {
  // MARK: - Names

  /// The part of a name that says which generation ("Jr.", "III"), written as a piece of its
  /// own in an author list ("Marcotte, W. R., Jr").
  static let generationalSuffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]

  /// Lowercase words that belong to a family name ("van Gogh", "de la Cruz", "bin Talal"): they
  /// stay with the family name when a name is split, and a name may hold them uncapitalised.
  static let nameParticles: Set<String> = [
    "van", "von", "de", "der", "den", "di", "da", "del", "della", "la", "le", "du", "dos", "das",
    "bin", "al", "el", "ten", "ter", "y", "zu",
  ]

  /// Words that never stand in a person's name: link labels and venue words, so "Code", "Paper"
  /// or "IEEE Transactions" is never read as an author.
  static let wordsNeverInNames: Set<String> = [
    "paper", "code", "project", "pdf", "arxiv", "video", "slides", "poster", "bibtex", "website",
    "page", "demo", "data", "dataset", "github", "abstract", "supp", "blog", "talk", "stars",
    "homepage", "openreview", "proceedings", "journal", "conference", "transactions", "workshop",
    "ieee", "acm", "international", "annual", "symposium", "letters", "review",
    "science", "nature", "springer", "elsevier", "under", "submitted", "accepted", "preprint",
    // A legend ("* Co-First Authors, † Co-Senior Authors") is not a list of people.
    "author", "authors", "co-first", "co-senior", "co-corresponding", "corresponding", "equal", "contribution",
    "contributions", "contributed", "denotes", "indicates",
  ]

  /// One-word labels that look like a capitalised name but are a note ("Oral", "Preprint").
  static let labelsNotNames: Set<String> = [
    "oral", "spotlight", "highlight", "short", "long", "findings", "main", "preprint", "review",
  ]

  // MARK: - Links

  /// The text of a link that is a label for the paper, not its title (`[paper]`, `Code`,
  /// `Project Page`); a label of up to three such words (or words of one or two letters) too.
  static let linkLabels: Set<String> = [
    "paper", "code", "project", "project page", "pdf", "arxiv", "video", "slides", "poster",
    "bibtex", "bib", "website", "page", "demo", "data", "dataset", "github", "abstract", "supp",
    "supplementary", "blog", "talk", "media", "html", "doi", "link", "openreview", "huggingface",
    "model", "models", "codes", "homepage", "webpage", "youtube", "bilibili", "zhihu", "news", "press",
    "leaderboard", "benchmark", "hf", "space", "colab", "stars", "citations", "cite", "ieee", "acm",
    "springer", "proceedings", "online", "preprint", "full paper", "camera ready",
    // "[[Newspaper article]]", "[[Supplementary materials]]" beside a paper (Shuijing725.github.io).
    "newspaper", "article", "materials",
    // "[[supplemental material](…)]" (House-Leo.github.io).
    "material", "supplemental",
  ]

  // MARK: - Notes

  /// Presentation notes kept with a publication, as written (longest first where one contains
  /// another, so "Best Paper Award" wins over "Best Paper").
  static let presentationNotes = [
    "Best Student Paper", "Best Poster Paper", "Best Paper Award", "Best Paper", "Outstanding Paper",
    "Oral", "Spotlight", "Highlight", "Short", "Poster", "Long", "Demo",
  ]

  /// Honours a list sets in bold beside a paper ("**Received Best Paper Award:**", "🏆 ESI
  /// 高被引论文", "ESI Highly Cited Paper"): notes, never its title. Lower-cased; a run holding one
  /// of them is an honour.
  static let honourPhrases = [
    "award", "best paper", "best student paper", "prize", "honorable mention", "honourable mention", "highly cited",
    "hot paper", "高被引", "热点论文", " esi ",
  ]

  /// Whether `value` names an honour: a phrase of `honourPhrases`, or a trophy before it.
  static func isHonour(_ value: String) -> Bool {
    let lower = " " + value.lowercased() + " "
    return value.unicodeScalars.first(where: { !$0.properties.isWhitespace }) == "🏆"
      || honourPhrases.contains(where: lower.contains)
  }

  /// Words that may follow a venue in a title line without being part of the title
  /// ("CVPR 2024 Oral", "… Best Paper Award").
  static let presentationWords: Set<String> = [
    "oral", "spotlight", "highlight", "short", "long", "poster", "paper", "best", "main",
    "track", "demo", "award", "conference", "outstanding", "student", "presentation",
  ]

  // MARK: - HTML classes

  /// Class names (as parts of a class) that mark a venue: `<span class="venue">`.
  static let venueClasses = ["venue", "conf", "journal"]

  /// Class names (as parts of a class) that mark the page's owner: `<span class="me">`.
  static let ownerClasses = ["accent", "highlight", "me", "self", "owner", "myname", "my-name", "author-me"]
}
