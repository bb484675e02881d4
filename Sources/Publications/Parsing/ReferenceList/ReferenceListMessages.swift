// The messages of the reference-list reader.
extension Diagnostic.Message {
  package static func referenceWithoutTitle(_ text: String) -> Self {
    let shown = text.count > 80 ? String(text.prefix(77)) + "..." : text
    return Self("no title found in \"\(shown)\"; skipped (expected a formatted reference such as 'A. Author, \"Title,\" Venue, 2024.')")
  }
}
