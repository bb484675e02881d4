import Yams

/// YAML loaded the way `Yams.load` loads it, minus its one crash: Yams force-unwraps every
/// mapping key as a string, so a key that is itself a list or mapping (`? [a]: b`, `? {a: b}: c`)
/// stops the process; and flow collections nested thousands deep (`{{{{…`) overflow its recursive
/// parser's stack. Both found by the Hugo fuzz target; regression tests in HostileInputTests.
public enum SafeYAML {
  public struct NonTextKey: Error, CustomStringConvertible {
    public var line: Int
    public var description: String { "a mapping key on line \(line) is not text" }
  }

  public struct NestedTooDeep: Error, CustomStringConvertible {
    public var line: Int
    public var limit: Int
    public var description: String { "brackets on line \(line) nest deeper than \(limit) levels" }
  }

  /// The document as Swift values (`[String: Any]`, `[Any]`, `String`, `Int`, …), nil when empty.
  ///
  /// - Throws: Yams' parse errors, `NestedTooDeep` or `NonTextKey`.
  public static func load(_ yaml: String, nestingLimit: Int = ReadingLimits.standard.nestingDepth) throws -> Any? {
    guard let node = try compose(yaml, nestingLimit: nestingLimit) else { return nil }
    try checkKeys(node)
    return node.any
  }

  /// The document as Yams nodes, for readers that want marks (lines) or typed scalars; nil when
  /// empty. Keys are left as Yams gives them: only `load` needs them to be text.
  ///
  /// - Throws: Yams' parse errors or `NestedTooDeep`.
  public static func compose(_ yaml: String, nestingLimit: Int = ReadingLimits.standard.nestingDepth) throws -> Node? {
    try checkFlowDepth(yaml, limit: nestingLimit)
    return try Yams.compose(yaml: yaml)
  }

  /// Counts `{` and `[` against `}` and `]` before Yams sees the text. NB: it also counts
  /// brackets inside quoted or plain text, so it can only overestimate; no real front matter
  /// comes near the limit either way.
  private static func checkFlowDepth(_ yaml: String, limit: Int) throws {
    var depth = 0
    var line = 1
    for byte in yaml.utf8 {
      switch byte {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        depth += 1
        if depth > limit { throw NestedTooDeep(line: line, limit: limit) }
      case UInt8(ascii: "}"), UInt8(ascii: "]"): depth = max(0, depth - 1)
      case UInt8(ascii: "\n"): line += 1
      default: break
      }
    }
  }

  private static func checkKeys(_ node: Node) throws {
    switch node {
    case .mapping(let mapping):
      for (key, value) in mapping {
        guard key.scalar != nil else { throw NonTextKey(line: (key.mark?.line ?? 0) + 1) }
        try checkKeys(value)
      }
    case .sequence(let sequence):
      for element in sequence { try checkKeys(element) }
    case .scalar:
      break
    }
  }
}
