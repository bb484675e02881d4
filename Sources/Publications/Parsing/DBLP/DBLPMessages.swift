// The messages of the DBLP and ORCID XML readers.
extension Diagnostic.Message {
  package static func invalidXML(reason: String, expected: String) -> Self {
    Self("is not well-formed XML (\(reason)); \(expected)")
  }

  package static func unexpectedXMLRoot(_ name: String, expected: String) -> Self {
    Self("has the root element <\(name)>; expected \(expected)")
  }
}
