import Yams

/// YAML loaded the way `Yams.load` loads it, minus its crashes: Yams force-unwraps every
/// mapping key as a string, so a key that is itself a list or mapping (`? [a]: b`, `? {a: b}: c`)
/// stops the process; and lists or mappings nested thousands deep (`{{{{…`, `- - - - …`)
/// overflow the stack of its recursive node builder, so `YAMLNesting` measures the depth first.
/// The key and the brackets were found by the Hugo fuzz target, the block forms by reading Yams'
/// parser after it; regression tests in HostileInputTests.
public enum SafeYAML {
  public struct NonTextKey: Error, CustomStringConvertible {
    public var line: Int
    public var description: String { "a mapping key on line \(line) is not text" }
  }

  public struct NestedTooDeep: Error, CustomStringConvertible {
    public var line: Int
    public var limit: Int
    public var description: String { "lists and mappings on line \(line) nest deeper than \(limit) levels" }
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
    if let line = YAMLNesting.firstLine(deeperThan: nestingLimit, in: yaml) {
      throw NestedTooDeep(line: line, limit: nestingLimit)
    }
    return try Yams.compose(yaml: yaml)
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
