import CLibXML2

/// An element of an XML document, as the DBLP and ORCID readers need it: name (without
/// namespace prefix), attributes, child elements, its own text, and its line.
struct XMLElement: Sendable {
  var name: String
  var attributes: [String: String]
  var children: [XMLElement]
  /// The element's text with its descendants' text, whitespace collapsed.
  var text: String
  var line: Int

  /// The first child named `name`.
  func child(_ name: String) -> XMLElement? {
    children.first { $0.name == name }
  }

  /// Every child named `name`.
  func children(_ name: String) -> [XMLElement] {
    children.filter { $0.name == name }
  }

  /// The element at the end of a path of child names (`["title", "title"]`).
  func descendant(_ path: String...) -> XMLElement? {
    var element: XMLElement? = self
    for name in path { element = element?.child(name) }
    return element
  }

  /// Every element named `name` at any depth, in document order.
  func descendants(named name: String) -> [XMLElement] {
    var found: [XMLElement] = []
    var stack = Array(children.reversed())
    while let element = stack.popLast() {
      if element.name == name { found.append(element) }
      stack.append(contentsOf: element.children.reversed())
    }
    return found
  }
}

/// Parses XML documents with libxml2 into `XMLElement`s.
enum XMLDocumentParser {
  /// Why a text is not a usable XML document.
  struct Failure: Error {
    var message: String
    var line: Int
  }

  /// The root element of `text`.
  ///
  /// Named HTML entities (`&uuml;`), which DBLP's files take from their DTD, are read as the
  /// characters they name; the DTD itself is never loaded (no network, no files). A document
  /// cut short keeps what was read before the cut; the failure is returned beside it.
  ///
  /// - Returns: the root (nil when nothing could be read) and the first fatal error, if any.
  static func parse(_ text: String) -> (root: XMLElement?, failure: Failure?) {
    var bytes = HTMLEntities.replacingNamedEntities(in: Array(text.utf8))
    bytes.removeAll { $0 == 0 }
    let options = Int32(
      XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        | XML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue | XML_PARSE_NOCDATA.rawValue)
    let context = xmlNewParserCtxt()
    defer { xmlFreeParserCtxt(context) }
    let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        xmlCtxtReadMemory(context, $0.baseAddress, Int32(clamping: $0.count), nil, "UTF-8", options)
      }
    }
    let failure = firstError(of: context)
    guard let document else { return (nil, failure ?? Failure(message: "not XML", line: 1)) }
    defer { xmlFreeDoc(document) }
    guard let root = xmlDocGetRootElement(document) else { return (nil, failure ?? Failure(message: "no root element", line: 1)) }
    return (convert(root, depth: 0), failure)
  }

  private static func firstError(of context: xmlParserCtxtPtr?) -> Failure? {
    guard let context, context.pointee.wellFormed == 0 else { return nil }
    let error = context.pointee.lastError
    let message = error.message.map { String(cString: $0).trimmed() } ?? "not well-formed"
    return Failure(message: message, line: Int(max(1, error.line)))
  }

  private static func convert(_ node: xmlNodePtr, depth: Int) -> XMLElement {
    var children: [XMLElement] = []
    var text = ""
    var child = node.pointee.children
    while let current = child {
      switch current.pointee.type {
      case XML_ELEMENT_NODE where depth < 256:
        let element = convert(current, depth: depth + 1)
        children.append(element)
        text += text.isEmpty || element.text.isEmpty ? element.text : " " + element.text
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = current.pointee.content { text += String(cString: content) }
      default:
        break
      }
      child = current.pointee.next
    }
    return XMLElement(
      name: String(cString: node.pointee.name), attributes: attributes(of: node), children: children,
      text: text.collapsingWhitespace(), line: Int(xmlGetLineNo(node)))
  }

  private static func attributes(of node: xmlNodePtr) -> [String: String] {
    var result: [String: String] = [:]
    var attribute = node.pointee.properties
    while let current = attribute {
      let key = String(cString: current.pointee.name)
      if let value = xmlNodeGetContent(current.pointee.children.map { UnsafeMutablePointer($0) }) {
        result[key] = String(cString: value)
        cxml_free(value)
      }
      attribute = current.pointee.next.map { UnsafeMutablePointer($0) }
    }
    return result
  }
}
