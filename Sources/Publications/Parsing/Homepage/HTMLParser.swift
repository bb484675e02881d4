import CLibXML2

/// Parses HTML (or Markdown with HTML in it) with libxml2's forgiving HTML parser.
///
/// libxml2 recovers from what real pages contain: unclosed and misnested tags, bare `&`,
/// unquoted attributes, unknown entities. Markdown outside tags comes back as text nodes.
enum HTMLParser {
  /// Parses `source` and returns the children of `<body>` (or of the root when there is none).
  ///
  /// - Parameter firstLine: the line of `source`'s first line in its file, to report real lines.
  static func parse(_ source: String, firstLine: Int = 1) -> [HTMLNode] {
    // NB: XML_PARSE_HUGE lifts libxml2's 10 MB limit on one text node: a section of Markdown
    // list items is one text node, and without it a 30 MB page lost two thirds of its entries.
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue)
    var utf8 = Array(source.utf8)
    utf8.removeAll { $0 == 0 }
    let document: htmlDocPtr? = utf8.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        htmlReadMemory($0.baseAddress, Int32(clamping: $0.count), nil, "UTF-8", options)
      }
    }
    guard let document else { return [.text(source, line: firstLine)] }
    defer { xmlFreeDoc(document) }
    var locator = TextLineLocator(source: utf8, firstLine: firstLine)
    var nodes: [HTMLNode] = []
    var child = document.pointee.children
    while let node = child {
      nodes.append(contentsOf: convert(node, locator: &locator, depth: 0))
      child = node.pointee.next
    }
    return unwrapBody(nodes)
  }

  /// Converts one libxml2 node; comments, processing instructions and DTDs are dropped.
  private static func convert(
    _ node: xmlNodePtr, locator: inout TextLineLocator, depth: Int
  ) -> [HTMLNode] {
    let line = Int(xmlGetLineNo(node)) + locator.firstLine - 1
    switch node.pointee.type {
    case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
      guard let content = node.pointee.content else { return [] }
      let text = String(cString: content)
      return [.text(text, line: locator.line(ofText: text, fallback: line))]
    case XML_ELEMENT_NODE:
      let name = String(cString: node.pointee.name).lowercased()
      // NB: libxml2 limits nesting itself (256 levels); this guards our own recursion too.
      guard depth < 512 else { return [] }
      locator.advance(toLine: line, tag: name)
      var children: [HTMLNode] = []
      var child = node.pointee.children
      while let c = child {
        children.append(contentsOf: convert(c, locator: &locator, depth: depth + 1))
        child = c.pointee.next
      }
      return [.element(name: name, attributes: attributes(of: node), children: children, line: line)]
    default:
      return []
    }
  }

  private static func attributes(of node: xmlNodePtr) -> [String: String] {
    var result: [String: String] = [:]
    var attribute = node.pointee.properties
    while let a = attribute {
      let key = String(cString: a.pointee.name).lowercased()
      if let value = xmlNodeGetContent(a.pointee.children.map { UnsafeMutablePointer($0) }) {
        result[key] = String(cString: value)
        cxml_free(value)
      } else {
        result[key] = ""
      }
      attribute = a.pointee.next.map { UnsafeMutablePointer($0) }
    }
    return result
  }

  private static func unwrapBody(_ nodes: [HTMLNode]) -> [HTMLNode] {
    var result: [HTMLNode] = []
    for node in nodes {
      switch node.name {
      case "html", "body": result.append(contentsOf: unwrapBody(node.children))
      case "head": continue
      default: result.append(node)
      }
    }
    return result
  }
}
