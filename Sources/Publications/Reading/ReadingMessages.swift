// The messages every reader may emit, and those of the reading policy applied after reading.
extension Diagnostic.Message {
  package static func missingYear(title: String, venue: String?) -> Self {
    Self("entry \"\(title)\"\(venue.map { " (\($0))" } ?? "") has no year; counted as unknown")
  }

  package static func missingVenue(title: String) -> Self {
    Self("entry \"\(title)\" names no venue")
  }

  package static func missingAuthors(title: String) -> Self {
    Self("entry \"\(title)\" names no authors that could be read")
  }

  package static func missingTitle(key: String) -> Self {
    Self("entry '\(key)' has no title; skipped")
  }

  /// `reason` reads after "is": "a thesis", "a draft".
  package static func notCounted(title: String, reason: String) -> Self {
    Self("\"\(title)\" is \(reason); not counted as a publication")
  }

  package static func tooManyAuthors(count: Int, limit: Int) -> Self {
    Self("entry lists \(count) authors, more than the limit of \(limit); the first \(limit) are kept")
  }

  package static func mergedSources(title: String, kept: SourceLocation) -> Self {
    Self("\"\(title)\" is the same paper as \(kept); merged and counted once")
  }
}
