// The messages of the OpenAlex reader.
extension Diagnostic.Message {
  package static func invalidOpenAlexJSON(reason: String) -> Self {
    Self("is not valid JSON (\(reason)); expected OpenAlex works (an API page, a list or JSON Lines)")
  }

  package static func openAlexErrorResponse(_ message: String) -> Self {
    Self("is an OpenAlex error response (\(message)), not works; download the works again")
  }

  package static func invalidJSONLine(reason: String) -> Self {
    Self("line is not valid JSON (\(reason)); skipped, the other lines are read")
  }
}
