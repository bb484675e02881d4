// NB: libyaml is the parser inside Yams (its `CYaml` target); Yams keeps the event stream
// internal, so this reads the events from libyaml itself.
import CYaml

/// How deep the lists and mappings of a YAML document nest, aliases expanded, measured before
/// Yams builds it.
///
/// Yams' node builder recurses once per level, and so do `Node.any` and a deep value's release,
/// so a document nested some thousands deep (`[[[[…`, `- - - - …`, ever deeper indentation, or
/// aliases of aliases) overflows the stack. libyaml's event parser keeps its state on the heap,
/// so walking its events is safe at any depth: one pass, O(n) time, memory O(depth + anchors).
enum YAMLNesting {
  /// The line (1-based) of the first list or mapping nested deeper than `limit`, an alias
  /// counting as deep as the value it names; nil when none is, or when the document is not valid
  /// YAML, as Yams then stops at the same place, before going any deeper.
  static func firstLine(deeperThan limit: Int, in yaml: String) -> Int? {
    // NB: libyaml asserts that its input pointer is not null, which an empty array's may be.
    guard !yaml.isEmpty else { return nil }
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return nil }
    defer { yaml_parser_delete(&parser) }
    let bytes = Array(yaml.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      var walk = Walk()
      var event = yaml_event_t()
      while yaml_parser_parse(&parser, &event) == 1 {
        defer { yaml_event_delete(&event) }
        if event.type == YAML_STREAM_END_EVENT { return nil }
        if walk.follow(event) > limit { return Int(event.start_mark.line) + 1 }
      }
      return nil
    }
  }
}

/// The open lists and mappings while walking the events, with how deep each one reaches.
private struct Walk {
  private var open: [(anchor: String?, deepest: Int)] = []
  /// How many levels the list or mapping under each anchor holds, itself included.
  private var heights: [String: Int] = [:]

  /// Takes one event; returns how deep the document reaches at it.
  mutating func follow(_ event: yaml_event_t) -> Int {
    switch event.type {
    case YAML_SEQUENCE_START_EVENT:
      open.append((Self.name(event.data.sequence_start.anchor), open.count + 1))
    case YAML_MAPPING_START_EVENT:
      open.append((Self.name(event.data.mapping_start.anchor), open.count + 1))
    case YAML_ALIAS_EVENT:
      let reach = open.count + (Self.name(event.data.alias.anchor).flatMap { heights[$0] } ?? 0)
      if !open.isEmpty { open[open.count - 1].deepest = max(open[open.count - 1].deepest, reach) }
      return reach
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      guard let closed = open.popLast() else { break }
      if let anchor = closed.anchor { heights[anchor] = closed.deepest - open.count }
      if !open.isEmpty { open[open.count - 1].deepest = max(open[open.count - 1].deepest, closed.deepest) }
    default: break
    }
    return open.count
  }

  private static func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    anchor.map { String(cString: $0) }
  }
}
