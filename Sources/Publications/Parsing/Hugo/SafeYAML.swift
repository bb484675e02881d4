import Yams

/// YAML loaded the way `Yams.load` loads it, minus its crashes: Yams force-unwraps every
/// mapping key as a string, so a key that is itself a list or mapping (`? [a]: b`, `? {a: b}: c`)
/// stops the process; and lists or mappings nested thousands deep (`{{{{…`, `- - - - …`)
/// overflow the stack of its recursive node builder, so `YAMLNesting` measures the depth first.
/// The key and the brackets were found by the Hugo fuzz target, the block forms by reading Yams'
/// parser after it; regression tests in HostileInputTests. The fuzzer also found that Yams traps
/// on integer overflow when it reads a YAML 1.1 base-60 integer (`1:30:00`) of twelve or more
/// parts, or with a big first part, so integers are read by `int(_:)` here instead.
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

  /// A YAML error as the document line it is on (from 1) and what is wrong, for `file:line:`
  /// messages. Yams' own text starts with "line:column: error: stage:" counted in the document,
  /// not the file, and ends with a snippet; neither reads well after ours.
  public struct Problem: Sendable, Equatable {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
      self.line = line
      self.message = message
    }
  }

  public static func problem(_ error: Error) -> Problem {
    switch error {
    case let error as NestedTooDeep:
      return Problem(line: error.line, message: "lists and mappings nest deeper than \(error.limit) levels")
    case let error as NonTextKey:
      return Problem(line: error.line, message: "a mapping key is not text")
    case YamlError.scanner(let context, let problem, let mark, _), YamlError.parser(let context, let problem, let mark, _),
      YamlError.composer(let context, let problem, let mark, _):
      return Problem(line: mark.line, message: problem + (context.map { " (\($0.text))" } ?? ""))
    case YamlError.reader(let problem, let offset, _, let yaml):
      // libyaml counts the offset in bytes of the UTF-8 text.
      let line = offset.map { yaml.utf8.prefix($0).reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 } } ?? 1
      return Problem(line: line, message: problem)
    default:
      return Problem(line: 1, message: String(describing: error).split(separator: "\n").first.map(String.init) ?? "invalid YAML")
    }
  }

  /// The document as Swift values (`[String: Any]`, `[Any]`, `String`, `Int`, …), nil when empty.
  ///
  /// - Throws: Yams' parse errors, `NestedTooDeep` or `NonTextKey`.
  public static func load(_ yaml: String, nestingLimit: Int = ReadingLimits.standard.nestingDepth) throws -> Any? {
    guard let node = try compose(yaml, nestingLimit: nestingLimit) else { return nil }
    try checkKeys(node)
    return node.any
  }

  /// Yams' constructor with integers read by `int(_:)`; a number too large stays text. Made per
  /// document: Yams' `Constructor` is not `Sendable`, and making one is cheap next to parsing.
  private static var constructor: Constructor {
    Constructor(Constructor.defaultScalarMap.merging([.int: { int(.scalar($0)) }]) { _, safe in safe })
  }

  /// The node as an integer the way Yams reads one (`42`, `0x2A`, `0o52`, `1_000`, `1:30`), or
  /// nil when it is none or does not fit in an `Int`; never traps.
  public static func int(_ node: Node) -> Int? {
    guard let scalar = node.scalar, scalar.style == .any || scalar.style == .plain else { return nil }
    var digits = Substring(scalar.string.replacingOccurrences(of: "_", with: ""))
    let negative = digits.first == "-"
    if negative || digits.first == "+" { digits = digits.dropFirst() }
    // Only the base-60 form overflows in Yams (`Int(_:radix:)` returns nil instead); the radix
    // prefixes start with "0" and win over it, as in Yams.
    guard digits.contains(":"), digits.first != "0" else { return node.int }
    var value = 0
    for part in digits.split(separator: ":", omittingEmptySubsequences: false) {
      // Stricter than Yams, which skips a part that is not a number ("1:30 pm" gave 1); the
      // resolver only tags all-number forms as integers, so loading is unchanged.
      guard let part = Int(part, radix: 10) else { return nil }
      let shifted = value.multipliedReportingOverflow(by: 60)
      let sum = shifted.partialValue.addingReportingOverflow(part)
      guard !shifted.overflow, !sum.overflow else { return nil }
      value = sum.partialValue
    }
    guard negative else { return value }
    let negated = 0.subtractingReportingOverflow(value)
    return negated.overflow ? nil : negated.partialValue
  }

  /// The document as Yams nodes, for readers that want marks (lines) or typed scalars; nil when
  /// empty. Keys are left as Yams gives them: only `load` needs them to be text.
  ///
  /// - Throws: Yams' parse errors or `NestedTooDeep`.
  public static func compose(_ yaml: String, nestingLimit: Int = ReadingLimits.standard.nestingDepth) throws -> Node? {
    if let line = YAMLNesting.firstLine(deeperThan: nestingLimit, in: yaml) {
      throw NestedTooDeep(line: line, limit: nestingLimit)
    }
    // Every node's tag carries this constructor, so `any` uses it at every depth.
    return try Yams.compose(yaml: yaml, .default, constructor)
  }

  private static func checkKeys(_ node: Node) throws {
    switch node {
    case .mapping(let mapping):
      for (key, value) in mapping {
        guard key.scalar != nil else { throw NonTextKey(line: key.mark?.line ?? 1) }
        try checkKeys(value)
      }
    case .sequence(let sequence):
      for element in sequence { try checkKeys(element) }
    case .scalar:
      break
    }
  }
}
