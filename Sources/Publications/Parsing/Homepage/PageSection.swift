/// A run of lines under one heading, and whether its items are publications.
struct PageSection: Sendable {
  enum Role: Sendable, Equatable {
    /// Publications, Papers, Research, Preprints, 学术论文 …
    case publications
    /// News, Honors, Talks, Patents, Service, Research Topics …: never counted.
    case other
    /// A heading that says neither (a topic such as "Machine Translation"): inherits.
    case unspecified
  }

  /// The headings from the outermost to this one, cleaned of emoji and markup.
  var headings: [String]
  var role: Role
  /// The first line of the body (the line after the heading).
  var firstLine: Int
  var lines: [Substring]
  /// The lines of the page that held only an HTML comment (`PagePreprocessor.Result.commentLines`).
  var commentLines: Set<Int> = []

  var body: String { lines.joined(separator: "\n") }
  /// Whether the section holds only blank lines (its text, if any, comes from an include).
  var isBlank: Bool { lines.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
}

extension PageSection.Role {
  /// Classifies a heading inside a section of role `parent`: as `classify(_:)`, except that a
  /// heading naming a topic inside a publication list ("🔮 Research Interest 1: Mechanistic
  /// Interpretability" under "📝 Selected Publications", FeijiangHan.github.io) groups papers
  /// and inherits; alone, "Research Interests" lists no papers.
  static func classify(_ heading: String, under parent: Self) -> Self {
    let role = classify(heading)
    // NB: "Conferences" and "Journals" under "💻 Services" list what one reviewed or chaired
    // (WeijunAlexWang.github.io): only a word for papers makes a list of them there.
    if role == .publications, parent == .other, !namesPapers(heading) { return .unspecified }
    guard role == .other, parent == .publications else { return role }
    let topicWords = ["interests", "interest", "topics", "topic", "focus", "themes", "theme", "areas", "area"]
    var rest = heading.lowercased()
    for word in topicWords { rest = rest.replacingOccurrences(of: word, with: " ") }
    return rest != heading.lowercased() && classify(rest) != .other ? .unspecified : role
  }

  /// "论文" (papers), "发表" (published), "出版", and a research output ("📖 学术成果",
  /// voidpxl.github.io; "科研成果", "研究成果"): headings in Chinese over a list of papers.
  private static let paperPhrasesInChinese = ["论文", "发表", "出版", "学术成果", "科研成果", "研究成果"]

  /// Whether `heading` has a word that only a list of papers has ("Conference Papers", "Journal
  /// Articles", "Preprints"), not one a list of venues has too ("Conferences", "Journals").
  private static func namesPapers(_ heading: String) -> Bool {
    let words = heading.lowercased().split(whereSeparator: { !$0.isLetter })
    let paperWords = ["publication", "paper", "preprint", "manuscript", "article", "proceeding", "bibliography"]
    return words.contains { word in paperWords.contains { word == $0 || word == $0 + "s" } }
      || paperPhrasesInChinese.contains(where: heading.contains)
  }

  /// Classifies a heading by its words.
  ///
  /// Exclusions are checked first so that "Research Topics" and "Patents and Publications"…
  /// read the way a person reads them: topics are not papers.
  static func classify(_ heading: String) -> Self {
    let text = heading.lowercased()
    let words = text.split(whereSeparator: { !$0.isLetter }).map(String.init)
    func hasWord(_ stem: String) -> Bool {
      words.contains { $0 == stem || $0 == stem + "s" || $0 == stem + "es" }
    }
    func hasPhrase(_ phrase: String) -> Bool { text.contains(phrase) }
    // Whole words (with a plural), so "TalkingFace" is no talk and "Reviewers" is no review.
    let excludedWords = [
      "patent", "news", "honor", "honour", "award", "education", "talk", "service", "teaching",
      "internship", "intern", "experience", "project", "reviewer", "blog", "visitor",
      "membership", "background", "contact", "grant", "funding", "about", "skill", "hobby",
      "hobbies", "student", "mentoring", "media", "press", "software", "competition",
      "challenge", "activity", "activities", "misc", "miscellaneous", "interest", "topic",
      "focus", "biography", "bio", "cv", "presentation", "lecture", "course", "seminar",
      // "Research Indices", "Research Profiles": links to Scholar and DBLP, not papers.
      "indices", "index", "profile", "metric",
      // "Work History", "Employment", "Academic Appointments": where one worked, not works.
      "employment", "appointment", "career",
      // "Chaired conference sessions", "Program Committees": service to a conference.
      "chair", "chaired", "session", "committee",
    ]
    let excludedPhrases = [
      "open source", "professional", "research area", "专利", "新闻", "荣誉", "获奖", "教育",
      "经历", "项目", "服务", "报告", "systems & algorithms",
      // Blog posts and press pieces a researcher wrote for an employer are no research papers.
      "work related", "work-related", "popular science", "non-academic", "outreach", "work history",
      // "🔬 Research Impacts" > "Industrial Deployment": where papers' systems are used, each
      // named by the venue of its paper (WeijunAlexWang.github.io).
      "research impact", "industrial deployment", "technology transfer",
    ]
    // NB: "Conference Proceedings and Presentations", "Papers and Presentations": papers given
    // as talks, listed with their proceedings; a presentation beside papers is no talk list.
    let isPapersGivenAsTalks = hasWord("presentation") && ["proceeding", "paper", "publication"].contains(where: hasWord)
    if excludedWords.contains(where: { hasWord($0) && !(isPapersGivenAsTalks && $0 == "presentation") })
      || excludedPhrases.contains(where: hasPhrase)
    {
      return .other
    }
    let publicationWords = [
      "publication", "paper", "preprint", "research", "manuscript", "journal", "conference",
      "work", "bibliography", "article", "proceeding",
      // "Highlights" above "Publications" lists papers too; a paper repeated below counts once.
      "highlight",
    ]
    // NB: "Research" and "Work" name a list only in a short heading: "Research on Theory and
    // Applications of Human-AI Collaboration" is a project's title (Biqing-Qi.github.io).
    let vagueWords: Set<String> = ["research", "work"]
    let found = publicationWords.filter(hasWord)
    if found.contains(where: { !vagueWords.contains($0) }) || !found.isEmpty && words.count <= 4
      || paperPhrasesInChinese.contains(where: hasPhrase)
    {
      return .publications
    }
    return .unspecified
  }
}
