/// The records of a RIS file, or of a Web of Science "plain text" export, cut into tagged
/// fields.
///
/// Hand-written: no Swift package reads RIS. Both formats are lines of a two-character tag
/// and a value, a record ending at `ER`:
///
///     TY  - JOUR                 PT J
///     AU  - Pierrot, A.          AU Parkes-Loach, PS
///     AU  - Béron, F.               Majeed, AP
///     ER  -                      ER
///
/// RIS writes `TAG  - value`; Web of Science writes `TAG value` and continues a field on
/// lines indented by three spaces. A line without a tag continues the field before it, as
/// EndNote writes multi-line keywords and abstracts.
enum RISRecords {
  struct Field {
    var tag: String
    var value: String
    var line: Int
  }

  struct Record {
    var fields: [Field]
    /// The line of the record's first field.
    var line: Int
    /// False when the file ends before the record's `ER`.
    var isClosed: Bool

    /// The values of the first of `tags` that the record has, in the record's order.
    func values(_ tags: String...) -> [String] {
      for tag in tags {
        let found = fields.filter { $0.tag == tag }.map(\.value).filter { !$0.isEmpty }
        if !found.isEmpty { return found }
      }
      return []
    }

    /// The first value of the first of `tags` that the record has.
    func value(_ tags: String...) -> String? {
      for tag in tags {
        if let field = fields.first(where: { $0.tag == tag && !$0.value.isEmpty }) { return field.value }
      }
      return nil
    }
  }

  /// Tags whose continuation lines are further values, not more of the same value: an author
  /// or keyword per line.
  private static let listTags: Set<String> = ["AU", "AF", "A1", "A2", "A3", "A4", "KW", "ED", "SN", "C1", "CR"]
  /// Web of Science file header and footer tags, which belong to no record.
  private static let fileTags: Set<String> = ["FN", "VR", "EF"]

  /// The records of `text`, in order; fields before a record's start tag open a record too.
  ///
  /// - Complexity: O(n) in the length of the text.
  static func split(_ text: String) -> [Record] {
    // NB: one dialect per file. In RIS, "AI is …" at a line start is an abstract's next line,
    // not a Web of Science field.
    let isWebOfScience = !text.utf8.prefix(4096).split(separator: UInt8(ascii: "\n")).contains {
      ris(Substring(String(decoding: $0, as: UTF8.self))) != nil
    }
    var records: [Record] = []
    var current: Record?
    var lineNumber = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      if let (tag, value) = isWebOfScience ? webOfScience(line) : ris(line) {
        if tag == "ER" {
          if var record = current {
            record.isClosed = true
            records.append(record)
          }
          current = nil
          continue
        }
        if fileTags.contains(tag) { continue }
        if current == nil { current = Record(fields: [], line: lineNumber, isClosed: false) }
        current?.fields.append(Field(tag: tag, value: value, line: lineNumber))
      } else if var record = current, let last = record.fields.last {
        let continued = line.trimmed()
        guard !continued.isEmpty else { continue }
        if listTags.contains(last.tag) {
          record.fields.append(Field(tag: last.tag, value: continued, line: lineNumber))
        } else {
          record.fields[record.fields.count - 1].value += (last.value.isEmpty ? "" : " ") + continued
        }
        current = record
      }
    }
    if let record = current, !record.fields.isEmpty { records.append(record) }
    return records
  }

  /// The tag and value of a RIS line: `TY  - JOUR`, `ER  -`, `ER -`.
  static func ris(_ line: Substring) -> (String, String)? {
    guard let (tag, rest) = tagged(line) else { return nil }
    let spaces = rest.prefix { $0 == UInt8(ascii: " ") }.count
    let afterSpaces = rest.dropFirst(spaces)
    guard spaces >= 1, spaces <= 2, afterSpaces.first == UInt8(ascii: "-"),
      afterSpaces.count == 1 || afterSpaces.dropFirst().first == UInt8(ascii: " ")
    else { return nil }
    return (tag, String(decoding: afterSpaces.dropFirst(), as: UTF8.self).trimmed())
  }

  /// The tag and value of a Web of Science line: `PT J`, `ER`.
  static func webOfScience(_ line: Substring) -> (String, String)? {
    guard let (tag, rest) = tagged(line) else { return nil }
    if rest.isEmpty { return (tag, "") }
    guard rest.first == UInt8(ascii: " "), rest.dropFirst().first != UInt8(ascii: " ") else { return nil }
    return (tag, String(decoding: rest.dropFirst(), as: UTF8.self).trimmed())
  }

  /// A line's two-character tag (a capital, then a capital or digit) and the bytes after it;
  /// a byte-order mark before the first tag is skipped.
  private static func tagged(_ line: Substring) -> (String, Substring.UTF8View.SubSequence)? {
    var bytes = line.utf8[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    guard let first = bytes.first, let second = bytes.dropFirst().first, isUpper(first),
      isUpper(second) || isDigit(second)
    else { return nil }
    return (String(decoding: [first, second], as: UTF8.self), bytes.dropFirst(2))
  }

  private static func isUpper(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }
  private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
}
