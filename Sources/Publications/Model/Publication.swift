/// One publication: the unit every count, chart and table is made of.
public struct Publication: Sendable, Hashable, Codable {
  /// Links an entry offers, by role.
  public struct Links: Sendable, Hashable, Codable {
    public var paper: String?
    public var code: String?
    public var project: String?
    public var other: [String]

    public init(paper: String? = nil, code: String? = nil, project: String? = nil, other: [String] = []) {
      self.paper = paper
      self.code = code
      self.project = project
      self.other = other
    }

    /// Whether no link is known.
    public var isEmpty: Bool { paper == nil && code == nil && project == nil && other.isEmpty }

    /// The address of a DOI as written in a field: `10.1/x` → `https://doi.org/10.1/x`; an
    /// address (`https://doi.org/…`, `http://dx.doi.org/…`) as it is.
    public static func doiURL(_ doi: String) -> String {
      doi.hasPrefix("http") ? doi : "https://doi.org/" + doi
    }

    /// A web address as written in a field: a host without its scheme (zbMATH's
    /// `idus.us.es/handle/11441/41889`, `www.springer.com/series/11237`) gets `https://`, else a
    /// report would link it as a path beside itself; anything else as it is.
    public static func webAddress(_ written: String) -> String {
      let host = written.prefix { $0 != "/" }
      // NB: a byte search: Foundation's `contains` bridges to NSString for every link read.
      let isBareHost = !written.containsBytes(of: "://") && host.contains(".") && !host.hasPrefix(".") && !host.contains(" ")
      return isBareHost ? "https://" + written : written
    }
  }

  /// A stable identifier: the BibTeX key when there is one, else derived from the title.
  public var id: String
  public var title: String
  public var authors: [Person]
  /// Whether the author list was cut (`et al.`, `...`): co-author counts are then lower bounds.
  public var isAuthorListTruncated: Bool
  /// The venue, or nil when the entry names none.
  public var venue: Venue?
  /// The year, or nil when the entry gives none (counted as "unknown", never guessed).
  public var year: Int?
  /// Presentation notes such as `Oral`, `Spotlight`, `Short`, `Best Paper`.
  public var notes: [String]
  public var links: Links
  public var abstract: String?
  /// The heading the entry was listed under, e.g. `Publications › Machine Translation`.
  public var section: String?
  public var source: SourceLocation
  /// The citations received, when the input counts them; nil when it does not.
  public var citations: Citations?
  /// True when `title` stands in for a title the entry does not give: its citation ("Phys. Rev.
  /// B 58, 3641", as physics styles list papers). It names the paper but says nothing of its
  /// subject, so topics leave it out. Nil for a titled publication (and left out of the JSON).
  public var isTitleCitation: Bool?

  public init(
    id: String, title: String, authors: [Person] = [], isAuthorListTruncated: Bool = false,
    venue: Venue? = nil, year: Int? = nil, notes: [String] = [], links: Links = Links(),
    abstract: String? = nil, section: String? = nil, source: SourceLocation,
    citations: Citations? = nil
  ) {
    self.id = id
    self.title = title
    self.authors = authors
    self.isAuthorListTruncated = isAuthorListTruncated
    self.venue = venue
    self.year = year
    self.notes = notes
    self.links = links
    self.abstract = abstract
    self.section = section
    self.source = source
    self.citations = citations
  }

  /// The owners among the authors.
  public var owners: [Person] { authors.filter(\.isOwner) }
}
