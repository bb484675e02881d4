/// An input problem the reader survived: returned with the result, never thrown.
///
/// It prints as `about.md:42: warning: entry "…" has no year; counted as unknown`,
/// the format compilers and editors understand.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
  public enum Severity: String, Sendable, Hashable, Codable {
    case warning, note
  }

  public var severity: Severity
  public var location: SourceLocation
  public var message: String

  public init(_ severity: Severity = .warning, at location: SourceLocation, _ message: Message) {
    self.severity = severity
    self.location = location
    self.message = message.text
  }

  public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

extension Diagnostic {
  /// A diagnostic's text, as a named value.
  ///
  /// Extensible, as swift-format's `Finding.Message`: each reader declares the messages it
  /// emits in a `…Messages.swift` file beside it (`extension Diagnostic.Message { static func
  /// missingCrossref(key:parent:) -> Self }`), so a new reader adds its own without touching a
  /// central list; messages every reader shares (theses, author limits, merges) stand with the
  /// reading policy.
  public struct Message: Sendable, Hashable, CustomStringConvertible {
    public var text: String

    public init(_ text: String) {
      self.text = text
    }

    public var description: String { text }
  }
}
