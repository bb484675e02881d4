import Foundation

/// Journals by full name and ISO 4 abbreviation, from JabRef's public lists (`Data/SOURCES.md`):
/// "J. Sound Vib." and "Journal of Sound and Vibration" are one journal.
///
/// Only whole names are looked up, never words inside longer text: the list holds journals named
/// "Computer", "Energy" or "Science", words that appear in titles and conference names.
struct JournalList: Sendable {
  private let fullNameByKey: [String: String]
  /// The longest key in bytes (at least its letters): a longer name by two is no near match.
  private let longestKey: Int

  /// The shipped list, parsed at its first use (about 29,000 journals).
  static let standard = JournalList(tsv: JournalAbbreviations.tsv)

  /// Builds the list from lines of `full name <TAB> abbreviation`; a full name wins over another
  /// journal's abbreviation with the same key.
  init(tsv: String) {
    var byFull: [String: String] = [:]
    var byAbbreviation: [String: String] = [:]
    byFull.reserveCapacity(32_000)
    byAbbreviation.reserveCapacity(32_000)
    for line in tsv.utf8.split(separator: UInt8(ascii: "\n")) {
      guard let tab = line.firstIndex(of: UInt8(ascii: "\t")) else { continue }
      // NB: a few names in the lists keep their TeX: "$K$-Theory" is "K-Theory".
      let full = Self.withoutTeX(String(decoding: line[..<tab], as: UTF8.self))
      let abbreviation = Self.withoutTeX(String(decoding: line[line.index(after: tab)...], as: UTF8.self))
      let fullKey = Self.key(full)
      if byFull[fullKey] == nil { byFull[fullKey] = full }
      let abbreviationKey = Self.key(abbreviation)
      if byAbbreviation[abbreviationKey] == nil { byAbbreviation[abbreviationKey] = full }
    }
    fullNameByKey = byAbbreviation.merging(byFull) { _, full in full }
    longestKey = fullNameByKey.keys.lazy.map(\.utf8.count).max() ?? 0
  }

  /// The name with a letter in math (`$K$`, `$R$`) written as the letter; other TeX
  /// ("Trends${}^\circledR$") is left as the list writes it.
  private static func withoutTeX(_ name: String) -> String {
    guard name.utf8.contains(UInt8(ascii: "$")) else { return name }
    return name.replacingOccurrences(of: "\\$([A-Za-z])\\$", with: "$1", options: .regularExpression)
  }

  /// The journal's full name when `name` is a listed journal, by full name or abbreviation.
  func fullName(of name: String) -> String? {
    let key = Self.key(name)
    guard key.count >= 3 else { return nil }
    // "IEEE Wireless Communications Letter": a listed "… Letters" journal written in the singular.
    if let full = fullNameByKey[key] ?? (key.hasSuffix("letter") ? fullNameByKey[key + "s"] : nil) { return full }
    // "SIAM J. Control and Optim.": an abbreviation written with the "and" ISO 4 leaves out.
    guard name.contains("."), name.contains(" and ") || name.contains(" & ") else { return nil }
    let words = name.split(separator: " ").filter { $0 != "and" && $0 != "&" }
    return fullNameByKey[Self.key(words.joined(separator: " "))]
  }

  /// The journal whose name `name` misspells by one letter too many ("IEEE Internets of Things
  /// Journal"); only for long names, where one letter cannot turn one journal into another.
  ///
  /// - Complexity: one lookup per letter of the name, and none for text longer than any listed
  ///   journal name plus one letter (a whole field of text, which made this quadratic).
  func fullName(nearly name: String) -> String? {
    let key = Array(Self.key(name))
    guard key.count >= 24, key.count <= longestKey + 1 else { return nil }
    var tried: Set<String> = []
    for index in key.indices {
      var shorter = key
      shorter.remove(at: index)
      let candidate = String(shorter)
      guard tried.insert(candidate).inserted else { continue }
      if let full = fullNameByKey[candidate] { return full }
    }
    return nil
  }

  /// Case, spacing and punctuation ignored, `&` read as "and", a leading "The" dropped.
  static func key<S: StringProtocol>(_ name: S) -> String {
    if let key = asciiKey(name.utf8) { return key }
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

  /// `key` of an ASCII name, on bytes: building the list keys 60,000 names, and Character
  /// iteration made that half a second of every run that reads a venue.
  private static func asciiKey<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String? {
    var key: [UInt8] = []
    var wordStart = 0
    func flush() {
      // A leading "the" is dropped: "The Lancet" is "Lancet".
      if wordStart == 0, key.count == 3, key == Array("the".utf8) { key.removeAll() }
      wordStart = key.count
    }
    for byte in bytes {
      switch byte {
      case 0x80...: return nil
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): key.append(byte)
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): key.append(byte | 0x20)
      case UInt8(ascii: "&"):
        flush()
        key += Array("and".utf8)
        wordStart = key.count
      default: flush()
      }
    }
    flush()
    return String(decoding: key, as: UTF8.self)
  }
}
