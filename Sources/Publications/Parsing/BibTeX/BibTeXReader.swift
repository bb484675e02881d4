/// Reads BibTeX files into publications.
///
/// Files are read together, as BibTeX reads a `\bibliography{a,b,c}`: an `@string` or a
/// `crossref` parent in one file serves entries in another.
///
///     files → BibTeXParser (raw entries, @strings) → macros and crossref resolved
///           → LaTeX decoded → Publication (venue from abbr/booktitle/journal/eprint …)
public struct BibTeXReader: PublicationReader {
  public var catalog: VenueCatalog
  /// Called with the name and wall seconds of each step of `read` ("read: syntax", the files
  /// parsed into raw entries; "read: entries", those read into publications), for the
  /// benchmarks' per-stage table.
  public var timeStep: (@Sendable (_ step: String, _ seconds: Double) -> Void)?

  public init(catalog: VenueCatalog = .standard) {
    self.catalog = catalog
  }

  public init(context: ReadingContext) {
    catalog = context.catalog
    timeStep = context.timeStep
  }

  /// Entry types that are no publication, with what the note calls them.
  private static let notPublications = ["software": "software", "patent": "a patent"]

  private static let months = [
    "jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May", "jun": "June",
    "jul": "July", "aug": "August", "sep": "September", "oct": "October", "nov": "November", "dec": "December",
  ]

  /// Reads every file; publications in file and entry order.
  ///
  /// The files are consumed: their text is let go once parsed, so a caller that hands over
  /// its only copy never holds a large file and its publications at once.
  public func read(_ files: consuming [ReaderInput]) -> ParseResult {
    var result = ParseResult()
    // A file that gives nothing is named, unless it only holds @strings for the others.
    let names = files.map { (name: $0.name, origin: $0.origin, definesStrings: Self.mentionsStringDefinition($0.text)) }
    let siteOwners = files.compactMap { file in
      file.companions[JekyllSiteOwner.configKey].map { (file: file.name, names: JekyllSiteOwner.names(inConfig: $0)) }
    }

    var entries: [BibTeXEntry] = []
    var strings: [String: [BibTeXEntry.Piece]] = [:]
    let clock = ContinuousClock()
    var stepStart = clock.now
    func endStep(_ name: String) {
      guard let timeStep else { return }
      let elapsed = stepStart.duration(to: clock.now).components
      timeStep(name, Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18)
      stepStart = clock.now
    }
    // 1. Parse every file; @strings are shared by all.
    let inputBytes = files.reduce(0) { $0 + $1.text.utf8.count }
    for file in files {
      let parsed = BibTeXParser.parse(file.text, file: file.name)
      entries += parsed.entries
      result.diagnostics += parsed.diagnostics
      for (name, pieces) in parsed.strings where strings[name] == nil { strings[name] = pieces }
    }
    files = []
    endStep("read: syntax")
    var resolver = MacroResolver(strings: strings, months: Self.months, budget: inputBytes + 1_048_576)
    // 2. Resolve macros and crossref (in order: the resolver keeps its diagnostics), then read
    // the entries of each chunk on both cores.
    let parents = Set(entries.compactMap { entry in entry.pieces("crossref").map { resolver.resolve($0, in: entry) } }.map { $0.lowercased() })
    // Only the entries cited through crossref are kept by key (the first of a key wins).
    let byKey =
      parents.isEmpty
      ? [:]
      : Dictionary(
        entries.lazy.map { ($0.key.lowercased(), $0) }.filter { parents.contains($0.0) }, uniquingKeysWith: { first, _ in first })
    let plain = PlainMacros(strings: strings, months: Self.months)
    let memos = (0..<Parallelism.threads).map { _ in Memo() }
    for chunkStart in stride(from: 0, to: entries.count, by: Self.chunkSize) {
      let chunk = chunkStart..<min(entries.count, chunkStart + Self.chunkSize)
      var pending: [Pending] = []
      pending.reserveCapacity(chunk.count)
      for entry in entries[chunk] {
        // NB: most files cite no parent, and lower-casing every key cost a string each.
        if !parents.isEmpty, Self.parentTypes.contains(entry.type), parents.contains(entry.key.lowercased()) {
          continue  // a volume others cite through crossref, not a paper of its own
        }
        // NB: the usual entry is resolved by the thread that reads it; only the budget is
        // taken here, in file order.
        if let cost = plain.cost(of: entry), resolver.spend(cost) {
          pending.append(Pending(entry: entry, fields: nil))
          continue
        }
        var fields = resolver.fields(of: entry)
        if let parentKey = fields["crossref"] {
          if let parent = byKey[parentKey.lowercased()] {
            inherit(resolver.fields(of: parent), parentType: parent.type, into: &fields)
          } else {
            result.diagnostics.append(Diagnostic(at: entry.location, .missingCrossref(key: entry.key, parent: parentKey)))
          }
        }
        pending.append(Pending(entry: entry, fields: fields))
      }
      // NB: a chunk's raw fields go once it is read, so the raw entries and the publications
      // never both stay whole in memory; the last copies are the threads' (`Batch`), which
      // free them.
      for index in chunk { entries[index].fields = [] }
      for outcome in outcomes(of: pending, plain: plain, memos: memos) {
        switch outcome {
        case .success(let publication): result.publications.append(publication)
        case .failure(let diagnostic): result.diagnostics.append(diagnostic)
        }
      }
    }
    result.diagnostics += resolver.diagnostics
    for site in siteOwners { JekyllSiteOwner.highlight(site.names, in: &result.publications, from: site.file) }
    endStep("read: entries")
    let productive = Set(result.publications.map(\.source.file))
    result.inputsWithoutPublications = names.filter { !productive.contains($0.name) && !$0.definesStrings }.map(\.origin)
    return result
  }

  /// biber's inheritance: missing fields come from the parent; its title becomes the booktitle.
  private func inherit(_ parent: [String: String], parentType: String, into fields: inout [String: String]) {
    for (name, value) in parent where fields[name] == nil && !["title", "key", "ids", "crossref"].contains(name) {
      fields[name] = value
    }
    if fields["booktitle"] == nil, let title = parent["booktitle"] ?? parent["title"] { fields["booktitle"] = title }
  }

  /// The types of volumes cited through crossref.
  private static let parentTypes: Set<String> = ["proceedings", "book", "mvproceedings", "collection"]

  /// Entries resolved, then read in parallel, at a time: bounded memory on huge files.
  private static let chunkSize = 4_096

  /// An entry to read, with its fields when the resolver gave them (else `PlainMacros` does).
  private struct Pending: Sendable {
    var entry: BibTeXEntry
    var fields: [String: String]?
  }

  /// One thread's share of a chunk, handed over whole: the thread takes the only copy, so the
  /// raw entries are freed on the threads that read them, not one by one on the caller's.
  /// Each batch is taken by the one task of its part, hence `@unchecked Sendable`.
  private final class Batch: @unchecked Sendable {
    private var items: [Pending]
    init(_ items: [Pending]) { self.items = items }
    func take() -> [Pending] {
      defer { items = [] }
      return items
    }
  }

  /// Each pending entry read into a publication, one part per thread, results in entry order.
  /// Each part keeps its own memo between chunks, so no state is shared between threads.
  private func outcomes(of pending: consuming [Pending], plain: PlainMacros, memos: [Memo]) -> [Outcome] {
    let parts = pending.count >= 64 ? memos.count : 1
    let batches = (0..<parts).map { part in
      Batch(Array(pending[Parallelism.range(part, of: parts, splitting: pending.count)]))
    }
    pending = []
    return Parallelism.map(parts) { part in
      batches[part].take().map { item in
        publication(item.entry, fields: item.fields ?? plain.fields(of: item.entry), cache: memos[part])
      }
    }.flatMap { $0 }
  }

  private enum Outcome: Sendable {
    case success(Publication)
    case failure(Diagnostic)
  }

  /// Names and venues already read: a bibliography repeats its people and venues thousands of
  /// times, and parsing a name or matching a venue costs far more than a dictionary lookup.
  ///
  /// NB: a class, so that a part keeps growing its memo from chunk to chunk in place (a struct
  /// handed to a task is copied, dictionaries and all, at its first write: on a million entries
  /// that copying grew faster than the input). Each memo is only ever used by the one task of its
  /// part at a time, hence `@unchecked Sendable`.
  private final class Memo: @unchecked Sendable {
    private var names: [String: BibTeXNames.Name] = [:]
    private var venues: [String: Venue?] = [:]

    /// The person written `raw`. NB: a known spelling comes back as the memo's own copy, so
    /// the thousands of papers of one person share one string (a million entries hold millions
    /// of author spellings).
    func person(_ raw: String) -> Person {
      if let index = names.index(forKey: raw) {
        let (spelling, name) = names[index]
        return Person(name: name.display, asWritten: spelling, markers: name.markers)
      }
      let name = BibTeXNames.parse(raw)
      names[raw] = name
      return Person(name: name.display, asWritten: raw, markers: name.markers)
    }

    /// Every field `BibTeXVenue.resolve` reads, in one key; of an eprint number only whether
    /// it is there (each preprint has its own, and would miss the memo every time).
    func venue(type: String, fields: [String: String], catalog: VenueCatalog) -> Venue? {
      // NB: written into one string: arrays of the values, then joined, allocated three times
      // an entry.
      var key = type
      key.reserveCapacity(256)
      for field in BibTeXVenue.fieldsRead {
        key.append("\u{1F}")
        Self.appendWithoutArXivNumber(fields[field] ?? "\u{0}", to: &key)
      }
      for field in BibTeXVenue.fieldsPresent {
        key.append("\u{1F}")
        if fields[field] != nil { key.append("+") }
      }
      if let known = venues[key] { return known }
      let venue = BibTeXVenue.resolve(type: type, fields: fields, catalog: catalog)
      venues[key] = venue
      return venue
    }

    /// Appends `value` with the number of a new-style arXiv identifier ("arXiv:2304.74396v2")
    /// written as `#`: Google Scholar's `journal = {arXiv preprint arXiv:…}` differs in every
    /// preprint, and a memo keyed on it missed for each (an eighth of a generated corpus). The
    /// venue never depends on the number; the words around it stay in the key.
    static func appendWithoutArXivNumber(_ value: String, to key: inout String) {
      let bytes = value.utf8
      guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")),
        bytes[..<colon].suffix(5).elementsEqual("arxiv".utf8, by: { $0 | 0x20 == $1 })
      else { return key.append(value) }
      let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
      let number = bytes[bytes.index(after: colon)...]
      var end = number.firstIndex { !isDigit($0) && $0 != UInt8(ascii: ".") } ?? number.endIndex
      // "v2": a version only when digits follow the v.
      if end < number.endIndex, number[end] == UInt8(ascii: "v"), case let after = number.index(after: end),
        after < number.endIndex, isDigit(number[after])
      {
        end = number[after...].firstIndex { !isDigit($0) } ?? number.endIndex
      }
      guard number[..<end].contains(where: isDigit) else { return key.append(value) }
      key.append(String(value[..<number.startIndex]) + "#" + String(value[end...]))
    }
  }

  private func publication(_ entry: BibTeXEntry, fields: [String: String], cache: Memo) -> Outcome {
    guard let rawTitle = fields["title"], case let title = LaTeXDecoder.decode(rawTitle), !title.isEmpty else {
      return .failure(Diagnostic(at: entry.location, .missingTitle(key: entry.key)))
    }
    // Software and patents are work, not publications: named in a note, not counted.
    if let what = Self.notPublications[entry.type] {
      return .failure(Diagnostic(.note, at: entry.location, .notCounted(title: title, reason: what)))
    }
    let venue = cache.venue(type: entry.type, fields: fields, catalog: catalog)
    let (names, truncated) = BibTeXNames.split(fields["author"] ?? "")
    let authors = names.map(cache.person)
    return .success(
      Publication(
        id: entry.key.isEmpty ? PublicationID.make(title: title, year: year(fields)) : entry.key, title: title,
        authors: authors, isAuthorListTruncated: truncated, venue: venue, year: year(fields),
        notes: EntryNotes.find(in: [fields["note"], fields["abbr"]].compactMap { $0 }.joined(separator: " ")),
        links: links(fields), abstract: fields["abstract"].map(LaTeXDecoder.decode),
        source: entry.location, citations: citations(fields)))
  }

  /// A citation count some exports write: Web of Science's `Times-Cited`, Scopus's and Google
  /// Scholar tools' `citations` or `cited-by` ("Cited By: 12" in a note is not read here).
  private func citations(_ fields: [String: String]) -> Citations? {
    for field in ["times-cited", "citations", "cited-by", "citedby"] {
      guard let value = fields[field] else { continue }
      let digits = value.filter { $0 != "{" && $0 != "}" }.trimmed()
      if let total = Int(digits), total >= 0 { return Citations(total: total) }
    }
    return nil
  }

  private func year(_ fields: [String: String]) -> Int? {
    for field in ["year", "date", "issued"] {
      guard let value = fields[field] else { continue }
      if let year = VenueCatalog.years(in: value).first { return year }
    }
    return nil
  }

  private func links(_ fields: [String: String]) -> Publication.Links {
    func clean(_ value: String?) -> String? {
      guard var value else { return nil }
      // NB: braces looked for by bytes first: filtering Characters cost more than the rest of
      // reading a link, and nearly no link has one.
      if value.utf8.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }) {
        value = value.filter { $0 != "{" && $0 != "}" }
      }
      let cleaned = value.trimmed()
      return cleaned.isEmpty ? nil : cleaned
    }
    var links = Publication.Links()
    let doi = clean(fields["doi"]).map(Publication.Links.doiURL)
    // NB: zbMATH writes `arXiv = {arXiv:1510.00312}`: the id is what follows the prefix.
    let arxiv = clean(fields["arxiv"] ?? (fields["archiveprefix"]?.lowercased() == "arxiv" ? fields["eprint"] : nil))
      .map { $0.lowercased().hasPrefix("arxiv:") ? String($0.dropFirst(6)) : $0 }
      .map { $0.hasPrefix("http") ? $0 : "https://arxiv.org/abs/" + $0 }
    let url = clean(fields["url"]).map(Publication.Links.webAddress)
    links.paper = clean(fields["pdf"]).flatMap { $0.hasPrefix("http") ? $0 : nil } ?? url ?? doi ?? arxiv
      ?? clean(fields["html"])
    links.code = clean(fields["code"])
    links.project = clean(fields["website"]) ?? clean(fields["project"])
    for other in [doi, arxiv, clean(fields["html"])].compactMap({ $0 }) where other != links.paper && !links.other.contains(other) {
      links.other.append(other)
    }
    return links
  }
}

extension BibTeXReader {
  public static let format = InputFormat("bibtex")
  public static let expectedContent = "entries such as @article{key, title = {…}, …}"

  /// BibTeX when entries such as `@article{` start lines, at least as often as Markdown headings
  /// or HTML lists do; a `.bib` file without headings too.
  public static func recognition(of text: String, path: String) -> InputFormat.Recognition {
    // NB: the first 256k characters at most: a one-line JSON file of 30 MB is one "line", and
    // splitting or searching all of it cost a fifth of reading an OpenAlex export.
    let lines = text.prefix(262_144).split(separator: "\n", maxSplits: 400).prefix(400)
    let entryLines = lines.filter { line in
      let t = line.drop { $0 == " " || $0 == "\t" }
      return t.hasPrefix("@") && t.contains("{") && t.first(where: { $0 == "{" || $0 == "(" }) != nil
        && t.dropFirst().prefix(while: \.isLetter).count >= 4
    }.count
    let headingLines = lines.filter { $0.hasPrefix("#") || $0.contains("<div") || $0.contains("<li") }.count
    if entryLines > 0 && entryLines >= headingLines { return .likely }
    if path.lowercased().hasSuffix(".bib") && headingLines == 0 { return .likely }
    return .no
  }

  /// Whether `text` holds `@string`, in any case: a file of @string definitions for the others
  /// gives no publications of its own and is no error.
  static func mentionsStringDefinition(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable(mentionsStringDefinition) ?? mentionsStringDefinition(Array(text.utf8))
  }

  private static func mentionsStringDefinition<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
    let word = Array("string".utf8)
    var matched = -1  // -1: waiting for "@"; else how many letters of "string" follow it
    for byte in bytes {
      if byte == UInt8(ascii: "@") {
        matched = 0
      } else if matched >= 0, byte | 0x20 == word[matched] {
        matched += 1
        if matched == word.count { return true }
      } else {
        matched = -1
      }
    }
    return false
  }
}
