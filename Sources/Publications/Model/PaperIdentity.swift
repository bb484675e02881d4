/// What decides whether two listings are one paper, folded once per listing.
///
/// Folding a title or a family name is the costly part of the comparison; the merger compares a
/// listing with every earlier listing of the same title, so it folds each listing at most once,
/// and only the title of a listing whose title no other listing shares.
public struct PaperIdentity: Sendable, Hashable {
  /// `Publication.titleKey`.
  public var titleKey: String
  var year: Int?
  var familyKeys: [String]
  var venue: Venue?
  var dois: Set<String>
  var arxivIDs: Set<String>

  /// - Parameters:
  ///   - titleKey: `publication.titleKey` when the caller has it already.
  ///   - familyKeys: the authors' `PersonName.familyKey`s when the caller has them already.
  public init(_ publication: Publication, titleKey: String? = nil, familyKeys: [String]? = nil) {
    self.titleKey = titleKey ?? publication.titleKey
    year = publication.year
    self.familyKeys = familyKeys ?? publication.authors.map { PersonName.familyKey(of: $0.name) }
    venue = publication.venue
    dois = publication.dois
    arxivIDs = publication.arxivIDs
  }

  /// Whether `other` is another listing of this paper, as a careful reader decides:
  ///
  /// 1. Titles must agree, and identifiers must not contradict (two DOIs, two arXiv ids).
  /// 2. A shared DOI or arXiv id makes them one paper (links are often copied wrong, so one
  ///    shared identifier is enough to agree).
  /// 3. Otherwise the authors must agree, and then either one listing is a preprint or under
  ///    review (its published version up to five years later), or year and venue agree. A
  ///    listing that gives no year or venue does not contradict one that does (a homepage and
  ///    a `.bib` of one person), but two published versions in different years or venues stay
  ///    two ("NLTK" 2002 and 2004); a book series is no venue of its own here.
  /// 4. A generic title ("Preface", "Discussion", "Announcements") merges only when authors,
  ///    year and venue are all given and all agree.
  public func isSamePaper(as other: PaperIdentity) -> Bool {
    guard titleKey == other.titleKey, !titleKey.isEmpty, !hasConflictingIdentifiers(with: other) else { return false }
    if !dois.isDisjoint(with: other.dois) || !arxivIDs.isDisjoint(with: other.arxivIDs) { return true }
    guard hasAgreeingAuthors(with: other) else { return false }
    if Self.genericTitleKeys.contains(titleKey) {
      return !familyKeys.isEmpty && familyKeys == other.familyKeys && year != nil && year == other.year
        && venue != nil && venue?.name == other.venue?.name
    }
    if isPreprint || other.isPreprint {
      guard let a = year, let b = other.year else { return true }
      // NB: a journal takes up to five years to print a preprint in mathematics (Muro's
      // "Homotopy units in A-infinity algebras": arXiv 2011, Trans. AMS 2016), and a preprint
      // is sometimes posted a year or two after the paper appeared. Past two years the same
      // people must sign both: in a large bibliography a short title recurs, and a family name
      // with it, within five years (gen_bib's 10,000 entries had three such pairs).
      let (preprinted, published) = isPreprint ? (a, b) : (b, a)
      if (-2...2).contains(published - preprinted) { return true }
      return (3...5).contains(published - preprinted) && Set(familyKeys) == Set(other.familyKeys)
    }
    if let a = year, let b = other.year, a != b { return false }
    if let a = venue?.name, let b = other.venue?.name, a != b, !Self.isSeries(a), !Self.isSeries(b) { return false }
    return true
  }

  /// A book series holds many proceedings: a chapter filed under "EMS Series of Congress
  /// Reports" (OpenAlex) and under its volume "K-theory and noncommutative geometry" (zbMATH) is
  /// one chapter, not two venues.
  private static func isSeries(_ venue: String) -> Bool {
    let lower = venue.lowercased()
    return lower.containsBytes(of: " series") || lower.hasPrefix("series ") || lower.hasPrefix("lecture notes")
  }

  private func hasConflictingIdentifiers(with other: PaperIdentity) -> Bool {
    (!dois.isEmpty && !other.dois.isEmpty && dois.isDisjoint(with: other.dois))
      || (!arxivIDs.isEmpty && !other.arxivIDs.isEmpty && arxivIDs.isDisjoint(with: other.arxivIDs))
  }

  /// The first author of one list is among the authors of the other (lists are often cut or
  /// reordered between versions), or the lists agree but for one letter of the first author's
  /// family name (an index misspells a name: OpenAlex's "Bauer, Hans Joachim" for Hans-Joachim
  /// Baues), or one list names no one (a listing read without its authors).
  private func hasAgreeingAuthors(with other: PaperIdentity) -> Bool {
    guard let a = familyKeys.first, let b = other.familyKeys.first else { return true }
    if a == b || familyKeys.contains(b) || other.familyKeys.contains(a) { return true }
    return familyKeys.dropFirst() == other.familyKeys.dropFirst() && Self.isOneLetterApart(a, b)
  }

  /// Whether two family names of five letters or more differ in one letter, one added or one
  /// changed ("baues", "bauer").
  private static func isOneLetterApart(_ a: String, _ b: String) -> Bool {
    min(a.count, b.count) >= 5 && a.isOneEditAway(from: b)
  }

  /// A preprint, a paper under review, or a listing whose only venue is its arXiv id.
  private var isPreprint: Bool {
    switch venue?.kind {
    case .preprint, .underReview: true
    case nil: !arxivIDs.isEmpty
    default: false
    }
  }

  /// Titles many different items share: front and back matter, replies, notices.
  static let genericTitleKeys: Set<String> = Set(
    [
      "Introduction", "Preface", "Foreword", "Editorial", "Guest Editorial", "Discussion", "Reply", "Response",
      "Rejoinder", "Comment", "Comments", "Book Review", "Book Reviews", "Briefly Noted", "Author Index",
      "Index", "Subject Index", "Contents", "Table of Contents", "Front Matter", "Back Matter", "Announcements",
      "Announcement", "Erratum", "Errata", "Corrigendum", "Correction", "Obituary", "In Memoriam",
      "Letter to the Editor", "Letters to the Editor", "Editor's Note", "Abstracts", "Panel Discussion",
      "Invited Talk", "Keynote", "Tutorial", "Conclusion", "Overview", "Acknowledgments", "Reviewers",
    ].map(Publication.titleKey(of:)))
}
