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
    self.familyKeys = familyKeys ?? publication.authors.map { PersonName($0.name).familyKey }
    venue = publication.venue
    dois = publication.dois
    arxivIDs = publication.arxivIDs
  }

  /// Whether `other` is another listing of this paper: the same title key, and identifiers that
  /// do not contradict (a page that copied one paper's title onto another keeps both). Links
  /// are often copied wrong too, so one shared DOI or arXiv id is enough to agree.
  public func isSamePaper(as other: PaperIdentity) -> Bool {
    guard titleKey == other.titleKey, !titleKey.isEmpty else { return false }
    // A preprint and its published version are a year or two apart; a book and a later article
    // of the same title are not one paper.
    if let a = year, let b = other.year, abs(a - b) > 2 { return false }
    if let a = familyKeys.first, let b = other.familyKeys.first, a != b, !familyKeys.contains(b),
      !other.familyKeys.contains(a)
    {
      return false
    }
    // Two published versions in two different venues are two papers.
    // NB: kinds first and no venue copied: this runs for every pair of listings of a title.
    if let a = venue?.kind, let b = other.venue?.kind, a != .preprint, b != .preprint, a != .underReview,
      b != .underReview, venue?.name != other.venue?.name
    {
      return false
    }
    if !dois.isEmpty, !other.dois.isEmpty, dois.isDisjoint(with: other.dois) { return false }
    if !arxivIDs.isEmpty, !other.arxivIDs.isEmpty, arxivIDs.isDisjoint(with: other.arxivIDs) { return false }
    return true
  }
}
