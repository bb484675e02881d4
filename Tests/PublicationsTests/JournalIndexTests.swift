import Foundation
import Testing
@testable import Publications

/// The journal list ships keyed and sorted (`JournalIndex.swift`) so that no run builds it; these
/// tests keep that index equal to what the raw JabRef list makes, and check lookups through it.
///
/// `make venue-data` (or `PUBREPORT_WRITE_JOURNAL_INDEX=1` on this suite) rewrites the index
/// from `journal-abbreviations.tsv` and `journal-additions.tsv`, as a golden file is rewritten on purpose.
@Suite struct JournalIndexTests {
  static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources/Publications/Venues/Data")

  /// The Swift source of the index, from the raw list.
  static func indexSource(fromTSV tsv: String) -> String {
    let lines = JournalList.indexLines(fromTSV: tsv)
    let words = JournalVocabulary.frequentWords(inTSV: tsv)
    return """
      // Generated from journal-abbreviations.tsv and journal-additions.tsv by `make venue-data` (JournalIndexTests); do not edit.
      // \(lines.count) keys, \(words.count) frequent words. Licence and source: SOURCES.md in this folder.

      /// The journal list as pubreport searches it, made once from the raw list.
      enum JournalIndex {
        /// `key <TAB> full name` a line, sorted by the key's bytes (`JournalList.indexLines(fromTSV:)`).
        static let keyedNames: StaticString = #\"\"\"
      \(lines.joined(separator: "\n"))
      \"\"\"#

        /// Words in five or more journal names (`JournalVocabulary.frequentWords(inTSV:)`), a line each.
        static let frequentWords: StaticString = #\"\"\"
      \(words.joined(separator: "\n"))
      \"\"\"#
      }

      """
  }

  /// JabRef's list, then the journals added by hand (their `#` comment lines left out).
  static func rawList() throws -> String {
    let jabRef = try String(contentsOf: data.appendingPathComponent("journal-abbreviations.tsv"), encoding: .utf8)
    let additions = try String(contentsOf: data.appendingPathComponent("journal-additions.tsv"), encoding: .utf8)
    return jabRef + additions.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0 + "\n" }.joined()
  }

  @Test func `the shipped index is what the shipped raw list makes`() throws {
    let tsv = try Self.rawList()
    let source = Self.indexSource(fromTSV: tsv)
    let shipped = Self.data.appendingPathComponent("JournalIndex.swift")
    if ProcessInfo.processInfo.environment["PUBREPORT_WRITE_JOURNAL_INDEX"] != nil {
      try source.write(to: shipped, atomically: true, encoding: .utf8)
    }
    #expect(try String(contentsOf: shipped, encoding: .utf8) == source, "run `make venue-data`")
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var expected: String?
    var testDescription: String { name }
  }

  static let lookups: [Case] = [
    Case(name: "J. Sound Vib.", expected: "Journal of Sound and Vibration"),
    Case(name: "Journal of Sound and Vibration", expected: "Journal of Sound and Vibration"),
    Case(name: "The Lancet", expected: "Lancet"),
    Case(name: "Neurocomputing", expected: "Neurocomputing"),
    // doujibo.github.io: "**Cell Reports Sustainability** 2025" (hand-added, 2024 journal).
    Case(name: "Cell Rep. Sustain.", expected: "Cell Reports Sustainability"),
    // Political science's journals, which the JabRef lists lack (11annah.github.io cites PS).
    Case(name: "PS: Political Science & Politics", expected: "PS: Political Science & Politics"),
    Case(name: "Am. J. Polit. Sci.", expected: "American Journal of Political Science"),
    Case(name: "The Journal of Politics", expected: "Journal of Politics"),
    // JabRef misspells it "Artifical" (aaronluo00.github.io names it right); corrected at build.
    Case(name: "Radiol. Artif. Intell.", expected: "Radiology: Artificial Intelligence"),
    Case(name: "Mathematics", expected: "Mathematics"),
    Case(name: "K-Theory", expected: "K-Theory"),
    Case(name: "IEEE Wireless Communications Letter", expected: "IEEE Wireless Communications Letters"),
    Case(name: "SIAM J. Control and Optim.", expected: "SIAM Journal on Control and Optimization"),
    // The accent written as one letter and as "e" plus a combining accent.
    Case(name: "Actes Soc. jura. \u{E9}mul.", expected: "Actes de la Soci\u{E9}t\u{E9} jurassienne d'\u{E9}mulation"),
    Case(name: "Actes Soc. jura. e\u{301}mul.", expected: "Actes de la Soci\u{E9}t\u{E9} jurassienne d'\u{E9}mulation"),
    // Physics styles abbreviate only the second word of a Nature journal.
    Case(name: "Nature Phys.", expected: "Nature Physics"),
    Case(name: "Nature Mater.", expected: "Nature Materials"),
    Case(name: "Nature Photon.", expected: "Nature Photonics"),
    Case(name: "Nature Nanotech.", expected: "Nature Nanotechnology"),
    Case(name: "Nature", expected: "Nature"),
    // A-Kerim/me: "venue: 'Computer Graphics Forum Journal'"; but "Science Journal" is no Science.
    Case(name: "Computer Graphics Forum Journal", expected: "Computer Graphics Forum"),
    Case(name: "Image and Vision Computing Journal", expected: "Image and Vision Computing"),
    Case(name: "Science Journal", expected: nil),
    // The list's square brackets are its cataloguers' (aangniu.github.io: "JGR: Solid Earth").
    Case(name: "J. Geophys. Res. Solid Earth", expected: "Journal of Geophysical Research: Solid Earth"),
    Case(name: "J. Geophys. Res. Atmos.", expected: "Journal of Geophysical Research: Atmospheres"),
    Case(name: "Fizika Plazmy", expected: "Fizika Plazmy"),
    // The raw list holds kinds of document as journals (jacobyuan7.github.io: "[**Technical report**]").
    Case(name: "Technical report", expected: nil),
    Case(name: "Tech. Rep.", expected: nil),
    Case(name: "Journal of Things Nobody Publishes", expected: nil),
    Case(name: "AB", expected: nil),
  ]

  @Test(arguments: lookups) func `listed journals are found by full name and abbreviation`(_ lookup: Case) {
    #expect(JournalList.standard.fullName(of: lookup.name) == lookup.expected)
  }

  /// "*IEEE Robotics and Autonomous Systems **(RAS)***" (Chen-Xieyuanli.github.io): Elsevier's
  /// journal under a publisher's name it is not published by. A short rest is never taken:
  /// "IEEE Sensors" is a conference, not the journal Sensors.
  @Test func `a listed journal under a wrong publisher's name is found`() {
    #expect(JournalList.standard.fullName(of: "IEEE Robotics and Autonomous Systems") == "Robotics and Autonomous Systems")
    #expect(JournalList.standard.fullName(of: "IEEE Sensors") == nil)
  }

  @Test func `a long name with one letter too many is found`() {
    #expect(JournalList.standard.fullName(nearly: "IEEE Internets of Things Journal") == "IEEE Internet of Things Journal")
  }
}
