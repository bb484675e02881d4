import Foundation

extension JournalList {
  /// The shipped index's lines, made from JabRef's raw list (`full name <TAB> abbreviation` a
  /// line): `key <TAB> full name` for every distinct key, sorted by the key's bytes.
  ///
  /// A journal's full name wins over another journal's abbreviation with the same key; otherwise
  /// the first line with a key wins. `make venue-data` writes these lines into `JournalIndex`,
  /// and a test checks that the shipped index is what this makes from the shipped raw list.
  package static func indexLines(fromTSV tsv: String) -> [String] {
    var byFull: [String: String] = [:]
    var byAbbreviation: [String: String] = [:]
    for line in tsv.split(separator: "\n") {
      let columns = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
      guard columns.count == 2 else { continue }
      // NB: a few names in the lists keep their TeX: "$K$-Theory" is "K-Theory".
      let full = withoutTeX(String(columns[0]))
      let fullKey = key(full)
      if byFull[fullKey] == nil { byFull[fullKey] = full }
      let abbreviationKey = key(withoutTeX(String(columns[1])))
      if byAbbreviation[abbreviationKey] == nil { byAbbreviation[abbreviationKey] = full }
    }
    let fullNameByKey = byAbbreviation.merging(byFull) { _, full in full }
    return fullNameByKey.filter { !$0.key.isEmpty }
      .sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
      .map { "\($0.key)\t\($0.value)" }
  }

  /// The name with a letter in math (`$K$`, `$R$`) written as the letter; other TeX
  /// ("Trends${}^\circledR$") is left as the list writes it.
  private static func withoutTeX(_ name: String) -> String {
    guard name.utf8.contains(UInt8(ascii: "$")) else { return name }
    return name.replacingOccurrences(of: "\\$([A-Za-z])\\$", with: "$1", options: .regularExpression)
  }
}
