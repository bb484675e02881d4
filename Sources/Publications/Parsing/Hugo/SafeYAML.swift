import Yams

/// YAML loaded the way `Yams.load` loads it, minus its one crash: Yams force-unwraps every
/// mapping key as a string, so a key that is itself a list or mapping (`? [a]: b`, `? {a: b}: c`)
/// stops the process. Found by the Hugo fuzz target; regression test in HostileInputTests.
public enum SafeYAML {
  public struct NonTextKey: Error, CustomStringConvertible {
    public var line: Int
    public var description: String { "a mapping key on line \(line) is not text" }
  }

  /// The document as Swift values (`[String: Any]`, `[Any]`, `String`, `Int`, …), nil when empty.
  ///
  /// - Throws: Yams' parse errors, or `NonTextKey`.
  public static func load(_ yaml: String) throws -> Any? {
    guard let node = try Yams.compose(yaml: yaml) else { return nil }
    try checkKeys(node)
    return node.any
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
