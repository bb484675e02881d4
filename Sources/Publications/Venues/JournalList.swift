/// Journals by full name and ISO 4 abbreviation, from JabRef's public lists (`Data/SOURCES.md`):
/// "J. Sound Vib." and "Journal of Sound and Vibration" are one journal.
///
/// Only whole names are looked up, never words inside longer text: the list holds journals named
/// "Computer", "Energy" or "Science", words that appear in titles and conference names.
struct JournalList: Sendable {
  private let fullNameByKey: [String: String]

  /// The shipped list, parsed at its first use (about 29,000 journals).
  static let standard = JournalList(tsv: JournalAbbreviations.tsv)

  /// Builds the list from lines of `full name <TAB> abbreviation`; a full name wins over another
  /// journal's abbreviation with the same key.
  init(tsv: String) {
    var byFull: [String: String] = [:]
    var byAbbreviation: [String: String] = [:]
    for line in tsv.split(separator: "\n") {
      guard let tab = line.firstIndex(of: "\t") else { continue }
      let full = String(line[..<tab])
      let abbreviation = line[line.index(after: tab)...]
      byFull[Self.key(full)] = byFull[Self.key(full)] ?? full
      byAbbreviation[Self.key(abbreviation)] = byAbbreviation[Self.key(abbreviation)] ?? full
    }
    fullNameByKey = byAbbreviation.merging(byFull) { _, full in full }
  }

  /// The journal's full name when `name` is a listed journal, by full name or abbreviation.
  func fullName(of name: String) -> String? {
    let key = Self.key(name)
    guard key.count >= 3 else { return nil }
    return fullNameByKey[key]
  }

  /// Case, spacing and punctuation ignored, `&` read as "and", a leading "The" dropped.
  static func key<S: StringProtocol>(_ name: S) -> String {
    var key = ""
    var word = ""
    func flush() {
      if word == "the" && key.isEmpty { word = "" }
      key += word
      word = ""
    }
    for character in name.lowercased() {
      if character == "&" {
        flush()
        key += "and"
      } else if character.isLetter || character.isNumber {
        word.append(character)
      } else {
        flush()
      }
    }
    flush()
    return key
  }
}
