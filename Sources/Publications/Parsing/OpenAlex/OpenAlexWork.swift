/// One OpenAlex work object, read into a publication.
///
/// The fields used are those of OpenAlex's Work object: `title`/`display_name`,
/// `publication_year`, `type`, `primary_location.source` (or the older `host_venue`),
/// `authorships` with `institutions`, `cited_by_count`, `counts_by_year`, `doi`, and
/// `abstract_inverted_index`.
struct OpenAlexWork {
  var json: [String: Any]

  /// The work's short id, `W2492449078`.
  var id: String? {
    (json["id"] as? String)?.split(separator: "/").last.map(String.init)
  }

  /// The title, its TeX math written out: OpenAlex keeps the publisher's "On determinant
  /// functors and $K$-theory".
  var title: String? {
    guard let written = ((json["title"] as? String) ?? (json["display_name"] as? String)) else { return nil }
    let title = Self.hasTeXMath(written) ? LaTeXDecoder.decode(written) : written.collapsingWhitespace()
    return title.isEmpty ? nil : title
  }

  /// Whether `title` holds `$…$` math (two dollars, a letter or backslash after the first).
  private static func hasTeXMath(_ title: String) -> Bool {
    guard let first = title.firstIndex(of: "$"), title[title.index(after: first)...].contains("$") else { return false }
    let next = title[title.index(after: first)...].first { $0 != "$" }
    return next.map { $0.isLetter || $0 == "\\" || $0 == "{" } ?? false
  }

  var type: String { (json["type"] as? String) ?? "" }

  /// The year, when plausible: OpenAlex writes 1400 for works whose date it lacks.
  var year: Int? {
    guard let year = json["publication_year"] as? Int, (1800...2200).contains(year) else { return nil }
    return year
  }

  /// The venue's name and OpenAlex's kind of source (`journal`, `conference`, `repository`).
  var source: (name: String, type: String)? {
    let location = (json["primary_location"] as? [String: Any])?["source"] as? [String: Any]
    let venue = location ?? (json["host_venue"] as? [String: Any])
    guard let name = (venue?["display_name"] as? String)?.collapsingWhitespace(), !name.isEmpty else { return nil }
    return (name, (venue?["type"] as? String) ?? "")
  }

  /// The venue as the publisher's record names it ("Computer Vision – ECCV 2022" where the
  /// source is the book series "Lecture notes in computer science").
  var rawSourceName: String? {
    let name = ((json["primary_location"] as? [String: Any])?["raw_source_name"] as? String)?.collapsingWhitespace()
    return name?.isEmpty == false ? name : nil
  }

  var authors: [Person] {
    ((json["authorships"] as? [[String: Any]]) ?? []).compactMap { authorship in
      let author = authorship["author"] as? [String: Any]
      guard let name = ((author?["display_name"] as? String) ?? (authorship["raw_author_name"] as? String))?
        .collapsingWhitespace(), !name.isEmpty
      else { return nil }
      // NB: some OpenAlex authors are named family first ("Bauer, Hans Joachim").
      let displayed = name.contains(",") ? InvertedName.display(name) : name
      return Person(name: displayed, institutions: Self.institutions(of: authorship))
    }
  }

  /// The authorship's institutions; its bare countries when it names no institution.
  private static func institutions(of authorship: [String: Any]) -> [Institution]? {
    let listed = ((authorship["institutions"] as? [[String: Any]]) ?? []).compactMap { institution -> Institution? in
      guard let name = institution["display_name"] as? String, !name.isEmpty else { return nil }
      return Institution(name: name, countryCode: institution["country_code"] as? String)
    }
    return listed.isEmpty ? nil : listed
  }

  var citations: Citations? {
    guard let total = json["cited_by_count"] as? Int else { return nil }
    let years = ((json["counts_by_year"] as? [[String: Any]]) ?? []).compactMap { entry -> Citations.YearCount? in
      guard let year = entry["year"] as? Int, let count = entry["cited_by_count"] as? Int, count > 0 else { return nil }
      return Citations.YearCount(year: year, count: count)
    }
    return Citations(total: total, byYear: years)
  }

  var doiURL: String? {
    guard let doi = json["doi"] as? String, !doi.isEmpty else { return nil }
    return Publication.Links.doiURL(doi)
  }

  var landingPage: String? {
    (json["primary_location"] as? [String: Any])?["landing_page_url"] as? String
  }

  /// The abstract, rebuilt from the inverted index (word → positions) OpenAlex ships.
  ///
  /// NB: the words go into slots by position (no dictionary and sort), and of two words given
  /// one position the alphabetically first is kept, so the text never depends on the order the
  /// index's keys come out in.
  var abstract: String? {
    guard let index = json["abstract_inverted_index"] as? [String: Any], !index.isEmpty else { return nil }
    var slots: [String?] = []
    for (word, positions) in index {
      for case let position as Int in (positions as? [Any]) ?? [] where position >= 0 && position < 100_000 {
        if position >= slots.count { slots += Array(repeating: nil, count: position + 1 - slots.count) }
        if let taken = slots[position], taken <= word { continue }
        slots[position] = word
      }
    }
    let text = slots.compactMap { $0 }.joined(separator: " ")
    return text.isEmpty ? nil : text
  }
}
