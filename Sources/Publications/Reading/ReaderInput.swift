/// One input for a reader: a decoded text, its name, and where the user named it.
public struct ReaderInput: Sendable {
  /// The name used in sources and diagnostics (a file path, or `-`).
  public var name: String
  public var text: String
  /// The path the user gave: the file itself, or the site folder a page was found in.
  public var origin: String
  /// Files that belong with this one, by their path relative to it: a Hugo page's `cite.bib`,
  /// the site's author profiles (`../../authors/admin/_index.md`).
  public var companions: [String: String]
  /// Problems found while decoding the text (mojibake, invalid UTF-8, NUL bytes).
  public var diagnostics: [Diagnostic]

  public init(
    name: String, text: String, origin: String? = nil, companions: [String: String] = [:],
    diagnostics: [Diagnostic] = []
  ) {
    self.name = name
    self.text = text
    self.origin = origin ?? name
    self.companions = companions
    self.diagnostics = diagnostics
  }
}
