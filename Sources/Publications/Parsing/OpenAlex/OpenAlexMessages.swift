// The messages of the OpenAlex reader.
extension Diagnostic.Message {
  package static func invalidOpenAlexJSON(reason: String) -> Self {
    Self("is not valid JSON (\(reason)); expected OpenAlex works (an API page, a list or JSON Lines)")
  }

  package static func invalidJSONLine(reason: String) -> Self {
    Self("line is not valid JSON (\(reason)); skipped, the other lines are read")
  }
}
