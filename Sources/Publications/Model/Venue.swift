/// Where a publication appeared, by its canonical short name.
public struct Venue: Sendable, Hashable, Codable {
  /// What sort of outlet a venue is; drives the stacking in charts and the counting policy.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case conference, journal, workshop, preprint, underReview, thesis, other

    /// The label shown to people.
    public var displayName: String {
      switch self {
      case .conference: "conference"
      case .journal: "journal"
      case .workshop: "workshop"
      case .preprint: "preprint"
      case .underReview: "under review"
      case .thesis: "thesis"
      case .other: "other"
      }
    }

    public static func < (lhs: Kind, rhs: Kind) -> Bool {
      allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
  }

  /// The canonical short name, e.g. `NeurIPS`, `ACM MM`, `EMNLP Findings`, `CVPRW`.
  public var name: String
  public var kind: Kind

  public init(name: String, kind: Kind) {
    self.name = name
    self.kind = kind
  }
}
