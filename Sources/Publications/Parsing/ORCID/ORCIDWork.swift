/// One work of an ORCID record, whichever way it came (JSON or XML, summary or full work).
struct ORCIDWork {
  var title: String?
  /// ORCID's work type, lowercased with dashes (`journal-article`; API 2.x writes
  /// `JOURNAL_ARTICLE`).
  var type: String
  var year: Int?
  var journalTitle: String?
  var doi: String?
  var url: String?
  /// The contributors' credit names, when the work is a full one that lists them.
  var contributors: [String]
  /// The line of the work in an XML file; nil for JSON.
  var line: Int?
  /// ORCID's id of the work in the record, to find a JSON work's line.
  var putCode: String?

  init(
    title: String?, type: String, year: Int?, journalTitle: String?, doi: String?, url: String?,
    contributors: [String] = [], line: Int? = nil
  ) {
    self.title = title?.collapsingWhitespace()
    self.type = type.lowercased().replacingOccurrences(of: "_", with: "-")
    self.year = year
    self.journalTitle = journalTitle?.collapsingWhitespace()
    self.doi = doi
    self.url = url
    self.contributors = contributors
    self.line = line
  }

  /// This work completed with what another source of the same group knows (ORCID groups the
  /// same work from Crossref, Scopus and the person; one may give the journal, another not).
  func completed(with other: ORCIDWork) -> ORCIDWork {
    var result = self
    result.journalTitle = journalTitle ?? other.journalTitle
    result.year = year ?? other.year
    result.doi = doi ?? other.doi
    result.url = url ?? other.url
    if contributors.isEmpty { result.contributors = other.contributors }
    return result
  }
}

// MARK: - JSON

extension ORCIDWork {
  /// A `work-summary` or `work` object of the public API's JSON.
  init(json: [String: Any]) {
    func value(_ object: Any?) -> String? { (object as? [String: Any])?["value"] as? String }
    let title = value((json["title"] as? [String: Any])?["title"])
    let date = json["publication-date"] as? [String: Any]
    let ids = ((json["external-ids"] as? [String: Any])?["external-id"] as? [[String: Any]]) ?? []
    let doi = ids.first { ($0["external-id-type"] as? String)?.lowercased() == "doi" }?["external-id-value"] as? String
    let contributors = (((json["contributors"] as? [String: Any])?["contributor"] as? [[String: Any]]) ?? [])
      .compactMap { value($0["credit-name"]) }
    self.init(
      title: title, type: (json["type"] as? String) ?? "", year: value(date?["year"]).flatMap { Int($0) },
      journalTitle: value(json["journal-title"]), doi: doi, url: value(json["url"]), contributors: contributors)
    putCode = (json["put-code"] as? Int).map(String.init) ?? json["put-code"] as? String
  }

  /// The works of a `/record` (`activities-summary.works.group`), a `/works` response
  /// (`group`), or a bulk `/works/…` response (`bulk[].work`): one per group.
  static func works(inJSON json: [String: Any]) -> [ORCIDWork] {
    if let bulk = json["bulk"] as? [[String: Any]] {
      return bulk.compactMap { ($0["work"] as? [String: Any]).map(ORCIDWork.init(json:)) }
    }
    let works = ((json["activities-summary"] as? [String: Any])?["works"] as? [String: Any]) ?? json
    let groups = (works["group"] as? [[String: Any]]) ?? []
    return groups.compactMap { group in
      let summaries = ((group["work-summary"] as? [[String: Any]]) ?? []).map(ORCIDWork.init(json:))
      return summaries.dropFirst().reduce(summaries.first) { $0?.completed(with: $1) }
    }
  }

  /// The record's person, as ORCID credits them ("Diogo E. Aguiam").
  static func person(inJSON json: [String: Any]) -> String? {
    let name = (json["person"] as? [String: Any])?["name"] as? [String: Any]
    func value(_ key: String) -> String? { ((name?[key] as? [String: Any])?["value"] as? String)?.collapsingWhitespace() }
    if let credit = value("credit-name"), !credit.isEmpty { return credit }
    let parts = [value("given-names"), value("family-name")].compactMap { $0 }.filter { !$0.isEmpty }
    return parts.isEmpty ? nil : parts.joined(separator: " ")
  }
}

// MARK: - XML

extension ORCIDWork {
  /// A `work:work-summary` or `work:work` element.
  init(xml element: XMLElement) {
    let doi = element.child("external-ids")?.children("external-id")
      .first { $0.child("external-id-type")?.text.lowercased() == "doi" }?.child("external-id-value")?.text
    let contributors = element.child("contributors")?.children("contributor").compactMap { $0.child("credit-name")?.text } ?? []
    self.init(
      title: element.descendant("title", "title")?.text, type: element.child("type")?.text ?? "",
      year: element.descendant("publication-date", "year").flatMap { Int($0.text) },
      journalTitle: element.child("journal-title")?.text, doi: doi, url: element.child("url")?.text,
      contributors: contributors, line: element.line)
  }

  /// The works of a `record:record`, an `activities:works`, or a `bulk:bulk` document: one per
  /// group.
  static func works(inXML root: XMLElement) -> [ORCIDWork] {
    let groups = root.descendants(named: "group").filter { $0.child("work-summary") != nil }
    if !groups.isEmpty {
      return groups.compactMap { group in
        let summaries = group.children("work-summary").map(ORCIDWork.init(xml:))
        return summaries.dropFirst().reduce(summaries.first) { $0?.completed(with: $1) }
      }
    }
    return root.descendants(named: "work").map(ORCIDWork.init(xml:))
  }

  static func person(inXML root: XMLElement) -> String? {
    guard let name = root.descendants(named: "name").first(where: { $0.child("family-name") != nil || $0.child("credit-name") != nil })
    else { return nil }
    if let credit = name.child("credit-name")?.text, !credit.isEmpty { return credit }
    let parts = [name.child("given-names")?.text, name.child("family-name")?.text].compactMap { $0 }.filter { !$0.isEmpty }
    return parts.isEmpty ? nil : parts.joined(separator: " ")
  }
}
