/// A node of an HTML tree, copied out of libxml2 into plain values.
///
/// Copying costs one pass but lets the rest of the reader be pure Swift: no C pointers outlive
/// `HTMLParser.parse`, and the tree is `Sendable`.
indirect enum HTMLNode: Sendable, Hashable {
  case element(name: String, attributes: [String: String], children: [HTMLNode], line: Int)
  /// Text with entities decoded; `line` is where libxml2 saw it start.
  case text(String, line: Int)

  var children: [HTMLNode] {
    if case .element(_, _, let children, _) = self { return children }
    return []
  }

  var name: String? {
    if case .element(let name, _, _, _) = self { return name }
    return nil
  }

  var line: Int {
    switch self {
    case .element(_, _, _, let line), .text(_, let line): line
    }
  }

  /// The value of attribute `key`, if present.
  func attribute(_ key: String) -> String? {
    if case .element(_, let attributes, _, _) = self { return attributes[key] }
    return nil
  }

  /// The CSS classes of an element.
  var classes: [Substring] {
    (attribute("class") ?? "").split(whereSeparator: \.isWhitespace)
  }

  /// All text below this node, in document order.
  var textContent: String {
    switch self {
    case .text(let text, _): text
    case .element(_, _, let children, _): children.map(\.textContent).joined()
    }
  }
}
