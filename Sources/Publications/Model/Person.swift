/// One author as listed on one publication.
public struct Person: Sendable, Hashable, Codable {
  /// A mark written next to a name in an author list.
  public enum Marker: String, Sendable, Hashable, Codable, CaseIterable {
    /// `*`, `#`, `†` or `‡`: equal contribution (the most common meaning on homepages).
    case equalContribution
    /// `✉` or a "(Corresponding Author)" note.
    case corresponding
  }

  /// The name cleaned for display: markers, emphasis and Markdown removed, NFC.
  public var name: String
  /// The name exactly as the input wrote it, for tracing and for alias files.
  public var asWritten: String
  /// Whether this person is an owner of the list (the researcher the page is about).
  public var isOwner: Bool
  /// Whether the input emphasised the name (bold, underline, colour): the usual owner mark.
  public var isHighlighted: Bool
  public var markers: [Marker]
  /// The institutions the input names for this author on this publication; nil when it names
  /// none (most inputs: only OpenAlex records affiliations).
  public var institutions: [Institution]?

  public init(
    name: String, asWritten: String? = nil, isOwner: Bool = false,
    isHighlighted: Bool = false, markers: [Marker] = [], institutions: [Institution]? = nil
  ) {
    self.name = name
    self.asWritten = asWritten ?? name
    self.isOwner = isOwner
    self.isHighlighted = isHighlighted
    self.markers = markers
    self.institutions = institutions
  }
}
