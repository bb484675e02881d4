import Publications

/// The JSON `pubreport parse --json` prints: the publications with the model's fields.
package enum PublicationsDocument {
  package static func jsonString(_ publications: [Publication]) throws -> String {
    try JSONOutput.string(publications)
  }
}
