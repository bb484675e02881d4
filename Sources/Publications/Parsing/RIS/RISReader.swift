/// Reads RIS, what Zotero, EndNote, Mendeley, Scopus and Web of Science export
/// (`TY  - JOUR` … `ER  -`), and Web of Science's tagged "plain text" export (`PT J` … `ER`).
///
/// Every tag variant those tools write is read: authors from `AU`/`A1` (Web of Science's full
/// `AF` first), titles from `TI`/`T1`, venues from `T2`/`JO`/`JF`/`J2`/`BT` (`SO`, `JI`), years
/// from `PY`/`Y1`/`DA`, DOIs from `DO`/`DI`, and citation counts where the export has them
/// (Web of Science `TC`, Scopus `N1  - Cited By: 12`).
public struct RISReader: FileByFileReader {
  public var catalog: VenueCatalog

  public init(catalog: VenueCatalog = .standard) {
    self.catalog = catalog
  }

  /// Reads one file; a record without a title is skipped with a warning naming its line, and a
  /// record the file ends inside is read as far as it goes, with a warning.
  public func read(file text: String, named file: String) -> ParseResult {
    var result = ParseResult()
    for record in RISRecords.split(text) {
      let location = SourceLocation(file: file, line: record.line)
      if !record.isClosed { result.diagnostics.append(Diagnostic(at: location, .unclosedRISRecord)) }
      let type = record.value("TY", "PT")?.uppercased() ?? ""
      guard let title = record.value("TI", "T1", "CT")?.collapsingWhitespace() else {
        result.diagnostics.append(Diagnostic(at: location, .risRecordWithoutTitle(type: type)))
        continue
      }
      if let what = Self.uncountedTypes[type] {
        result.diagnostics.append(Diagnostic(.note, at: location, .notCounted(title: title, reason: what)))
        continue
      }
      result.publications.append(publication(of: record, type: type, title: title, at: location))
    }
    return result
  }

  /// Record types that are no publication of a list: named in a note, not counted.
  private static let uncountedTypes = ["COMP": "software", "PAT": "a patent", "P": "a patent", "DATA": "a dataset"]

  private func publication(of record: RISRecords.Record, type: String, title: String, at location: SourceLocation)
    -> Publication
  {
    let year = Self.year(of: record)
    let (authors, truncated) = Self.authors(of: record)
    var links = Publication.Links()
    links.paper = record.value("DO", "DI").map { Publication.Links.doiURL(ReferenceCleanup.doi($0)) }
    let urls = record.values("UR", "L1", "L2")
    if links.paper == nil { links.paper = urls.first }
    links.other = urls.filter { $0 != links.paper }
    let notes = record.values("N1").flatMap { EntryNotes.find(in: $0) }
    // NB: EndNote's ID is a record number ("123"), the same in every library: a key only when it
    // has letters (Web of Science's "WOS:000221807500019", a citation key).
    let key = record.value("ID", "UT").flatMap { $0.contains(where: \.isLetter) ? $0 : nil }
    return Publication(
      id: key ?? PublicationID.make(title: title, year: year), title: title, authors: authors,
      isAuthorListTruncated: truncated, venue: venue(of: record, type: type), year: year, notes: notes,
      links: links, abstract: record.value("AB", "N2")?.collapsingWhitespace(), source: location,
      citations: Self.citations(of: record))
  }

  private static func authors(of record: RISRecords.Record) -> ([Person], Bool) {
    var truncated = false
    let people = record.values("AF", "AU", "A1").compactMap { written -> Person? in
      let name = InvertedName.display(written)
      if ["et al.", "et al", "others"].contains(name.lowercased()) {
        truncated = true
        return nil
      }
      return name.isEmpty ? nil : Person(name: name, asWritten: written)
    }
    return (people, truncated)
  }

  /// The year of `PY`, `Y1`, `DA` or `Y2` ("2020", "2024///", "2019/03/18/"); Web of Science
  /// early access (`EA`) when it gives no `PY`.
  private static func year(of record: RISRecords.Record) -> Int? {
    for tag in ["PY", "Y1", "DA", "EA", "Y2"] {
      if let text = record.value(tag), let year = VenueCatalog.years(in: text).first { return year }
    }
    return nil
  }

  /// The venue: a catalogue venue named in any venue field, else the container's name with the
  /// kind of the record's type.
  private func venue(of record: RISRecords.Record, type: String) -> Venue? {
    let kind = Self.kind(ofType: type)
    if kind == .thesis { return Venue(name: "Thesis", kind: .thesis) }
    // NB: Web of Science's CT is the conference's title; RIS's CT is a title, read above.
    let tags = ["T2", "JF", "JO", "BT", "SO", "T3", "SE", "J2", "JA", "JI", "J9"] + (record.value("PT") == nil ? [] : ["CT"])
    let containers = tags.compactMap { record.value($0) }
    if let venue = catalog.venue(mentionedIn: containers) { return venue }
    for container in containers {
      guard let venue = catalog.venue(inField: container, kind: kind) else { continue }
      return VenueName.isShouting(venue.name) ? Venue(name: VenueName.unshouted(venue.name), kind: venue.kind) : venue
    }
    return nil
  }

  /// The kind a RIS `TY` or Web of Science `PT` names.
  private static func kind(ofType type: String) -> Venue.Kind? {
    switch type {
    case "JOUR", "JFULL", "EJOUR", "MGZN", "J", "ABST", "INPR": .journal
    case "CONF", "CPAPER", "C": .conference
    case "THES": .thesis
    case "UNPB", "MANSCPT": .preprint
    case "": nil
    default: .other
    }
  }

  /// Citations: Web of Science's times cited (`TC`), or Scopus's "Cited By: 12" note.
  private static func citations(of record: RISRecords.Record) -> Citations? {
    if let text = record.value("TC"), let total = Int(text) { return Citations(total: total) }
    for note in record.values("N1") {
      guard let range = note.range(of: "Cited By", options: .caseInsensitive) else { continue }
      let digits = note[range.upperBound...].drop { $0 == " " || $0 == ":" }.prefix { $0.isASCIIDigit }
      if let total = Int(digits) { return Citations(total: total) }
    }
    return nil
  }
}

extension RISReader {
  public static let format = InputFormat("ris")
  public static let expectedContent = "records from 'TY  - ' to 'ER  - ', as reference managers export them"

  /// RIS: a `TY  - ` line at the start; Web of Science: its `FN`/`VR` header or a `PT` record
  /// with a `TI` line. A `.ris` file with other text is still tried as RIS before anything else.
  public static func recognition(of text: String, path: String) -> InputFormat.Recognition {
    let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }.prefix(64)
    if start.hasPrefix("TY  -") || start.hasPrefix("TY -") { return .certain }
    // Web of Science: its "FN … / VR 1.0" header, or a record's "PT J" line first.
    let head = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }.prefix(4096)
    if (head.hasPrefix("FN ") && head.contains("\nVR ")) || (head.hasPrefix("PT ") && head.contains("\nTI ")) {
      return .certain
    }
    return path.lowercased().hasSuffix(".ris") ? .likely : .no
  }
}
