/// An institution an author was affiliated with on one publication (OpenAlex authorships).
public struct Institution: Sendable, Hashable, Codable {
  /// The institution's name, e.g. `University of Bergen`.
  public var name: String
  /// The ISO 3166-1 alpha-2 country code, e.g. `NO`, when the input gives one.
  public var countryCode: String?

  public init(name: String, countryCode: String? = nil) {
    self.name = name
    self.countryCode = countryCode
  }
}
