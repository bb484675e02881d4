// The messages of the CSL-JSON reader.
extension Diagnostic.Message {
  package static func invalidJSON(reason: String) -> Self {
    Self("is not valid JSON (\(reason)); expected a CSL-JSON array of items")
  }

  package static func invalidJSONBetweenItems(reason: String) -> Self {
    Self("is not valid JSON between items (\(reason)); every item was read by itself")
  }

  package static func invalidJSONItem(reason: String) -> Self {
    Self("item is not valid JSON (\(reason)); skipped, the other items are read")
  }

  package static let unclosedJSONItem = Self("item is not closed before the end of the file; skipped")
}
