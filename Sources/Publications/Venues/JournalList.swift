import Foundation

/// Journals by full name and ISO 4 abbreviation, from JabRef's public lists (`Data/SOURCES.md`):
/// "J. Sound Vib." and "Journal of Sound and Vibration" are one journal.
///
/// Only whole names are looked up, never words inside longer text: the list holds journals named
/// "Computer", "Energy" or "Science", words that appear in titles and conference names.
///
/// The list is shipped already keyed and sorted (`JournalIndex`, made from the raw list by
/// `JournalList.indexLines(fromTSV:)`), and looked up by binary search on its bytes: building a
/// dictionary of its 58,000 keys at first use took a third of the time of reading a homepage.
struct JournalList: Sendable {
  /// `key <TAB> full name` lines, sorted by the key's bytes.
  private let text: [UInt8]
  /// Where each line starts in `text`, and one past the end.
  let lineStarts: [Int32]
  /// The longest key in bytes (at least its letters): a longer name by two is no near match.
  private let longestKey: Int

  /// The shipped list (about 29,000 journals).
  static let standard = JournalList(keyedLines: JournalIndex.keyedNames)

  /// The list from `key <TAB> full name` lines sorted by key, as `indexLines(fromTSV:)` writes them.
  init(keyedLines: StaticString) {
    text = Array(UnsafeBufferPointer(start: keyedLines.utf8Start, count: keyedLines.utf8CodeUnitCount))
    var starts: [Int32] = [0]
    var longest = 0
    var keyEnd: Int?
    for (index, byte) in text.enumerated() {
      if byte == UInt8(ascii: "\t"), keyEnd == nil {
        keyEnd = index
        longest = max(longest, index - Int(starts[starts.count - 1]))
      } else if byte == UInt8(ascii: "\n") {
        starts.append(Int32(index + 1))
        keyEnd = nil
      }
    }
    if starts.last != Int32(text.count) { starts.append(Int32(text.count + 1)) }
    lineStarts = starts
    longestKey = longest
  }

  /// Publishers' names as the start of a key.
  private static let publisherPrefixes = ["ieee", "acm", "elsevier", "springer", "wiley"]

  /// The journal's full name when `name` is a listed journal, by full name or abbreviation.
  func fullName(of name: String) -> String? {
    let key = Self.key(name)
    guard key.count >= 3, !Self.documentTypes.contains(key) else { return nil }
    // "IEEE Wireless Communications Letter": a listed "… Letters" journal written in the singular.
    if let full = fullName(forKey: key) ?? (key.hasSuffix("letter") ? fullName(forKey: key + "s") : nil) {
      return full
    }
    // "Computer Graphics Forum Journal", "Image and Vision Computing Journal": a listed journal
    // with the word "Journal" added; only for names of some length ("Science Journal" is not
    // Science).
    if key.hasSuffix("journal"), key.count >= 19, let full = fullName(forKey: String(key.dropLast(7))) {
      return full
    }
    // "IEEE Robotics and Autonomous Systems" (Chen-Xieyuanli.github.io): a listed journal under
    // a publisher's name it is not published by; only for names of some length, as above.
    if let publisher = Self.publisherPrefixes.first(where: { key.hasPrefix($0) }), key.count - publisher.count >= 19,
      let full = fullName(forKey: String(key.dropFirst(publisher.count)))
    {
      return full
    }
    // "Nature Phys.", "Nature Mater.": physics styles abbreviate the Nature journals' second
    // word only, where ISO 4 writes "Nat. Phys."; "Nature Photon." ("Nat. Photonics") is the one
    // listed Nature journal the word begins.
    if name.hasPrefix("Nature "), key.count > 6,
      let full = fullName(forKey: "nat" + key.dropFirst(6)) ?? fullName(forKeyPrefix: key)
    {
      return full
    }
    // "SIAM J. Control and Optim.": an abbreviation written with the "and" ISO 4 leaves out.
    guard name.contains("."), name.contains(" and ") || name.contains(" & ") else { return nil }
    let words = name.split(ascii: " ").filter { $0 != "and" && $0 != "&" }
    return fullName(forKey: Self.key(words.joined(separator: " ")))
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
      if let full = fullName(forKey: candidate) { return full }
    }
    return nil
  }

  /// The journal whose name `name` writes with its "and" missing or one "and" too many:
  /// "Computer Methods in Applied Mechanics Engineering". Only names of four words or more.
  ///
  /// NB: no other small word: "Journal on Big Data" and "Journal of Big Data" are two journals.
  ///
  /// - Complexity: one lookup per word of the name.
  func fullName(withAndChanged name: String) -> String? {
    let words = name.split(ascii: " ").map(String.init)
    guard words.count >= 4, words.count <= 16 else { return nil }
    var candidates: [[String]] = []
    for index in words.indices where words[index] == "and" || words[index] == "&" {
      candidates.append(Array(words[..<index] + words[(index + 1)...]))
    }
    for gap in 1..<words.count where words[gap - 1].first?.isUppercase == true && words[gap].first?.isUppercase == true {
      candidates.append(Array(words[..<gap] + ["and"] + words[gap...]))
    }
    for candidate in candidates {
      if let full = fullName(forKey: Self.key(candidate.joined(separator: " "))) { return full }
    }
    return nil
  }

  /// The full name listed under `key`: a binary search over the sorted lines.
  ///
  /// - Complexity: O(log n) byte comparisons of keys.
  private func fullName(forKey key: String) -> String? {
    var key = key
    return key.withUTF8 { query -> String? in
      let index = firstLine(notBefore: query)
      guard index < lineStarts.count - 1, line(index).key.elementsEqual(query) else { return nil }
      return Self.displayName(String(decoding: line(index).name, as: UTF8.self))
    }
  }

  /// The full name of the only journal whose keys begin with `prefix`; nil when none does or
  /// several do ("naturephoton" is "Nature Photonics"; "naturerev" begins many).
  ///
  /// - Complexity: O(log n) byte comparisons, then a look at the few lines after.
  private func fullName(forKeyPrefix prefix: String) -> String? {
    var prefix = prefix
    return prefix.withUTF8 { query -> String? in
      var names: Set<String> = []
      var index = firstLine(notBefore: query)
      while index < lineStarts.count - 1, names.count <= 1, line(index).key.starts(with: query) {
        names.insert(Self.displayName(String(decoding: line(index).name, as: UTF8.self)))
        index += 1
      }
      return names.count == 1 ? names.first : nil
    }
  }

  /// Kinds of document the raw list holds as journals of that name ("Technical Report",
  /// "Report", "Preprint"): "[**Technical report**] ModelScope Text-to-Video Technical Report"
  /// (jacobyuan7.github.io) is no journal article.
  private static let documentTypes: Set<String> = ["technicalreport", "techrep", "report", "preprint"]

  /// A listed name as a reader writes it: the catalogue's square brackets mark words it supplied
  /// ("Journal of Geophysical Research: [Solid Earth]" is "…: Solid Earth") or another title of
  /// the journal ("Fizika Plazmy [Soviet Journal of Plasma Physics]", "[translation of …]"),
  /// which is no part of this one's name.
  static func displayName(_ listed: String) -> String {
    guard let open = listed.range(of: " ["), listed.hasSuffix("]") else { return listed }
    let before = listed[..<open.lowerBound]
    let inner = listed[open.upperBound..<listed.index(before: listed.endIndex)]
    guard !inner.contains("["), !inner.contains("]") else { return listed }
    // "…, [Atmospheres]": the section, written "Journal of Geophysical Research: Atmospheres".
    if let last = before.last, last == ":" || last == "," { return before.dropLast() + ": " + inner }
    return String(before).trimming(" .")
  }

  /// The first line whose key does not sort before `query` (keys are unique and sorted by bytes).
  func firstLine(notBefore query: UnsafeBufferPointer<UInt8>) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high) / 2
      if line(middle).key.lexicographicallyPrecedes(query) { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The key and the full name of line `index`.
  func line(_ index: Int) -> (key: ArraySlice<UInt8>, name: ArraySlice<UInt8>) {
    let start = Int(lineStarts[index])
    let end = Int(lineStarts[index + 1]) - 1
    let tab = text[start..<end].firstIndex(of: UInt8(ascii: "\t")) ?? end
    return (text[start..<tab], text[min(tab + 1, end)..<end])
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
    // NB: one spelling of an accent: the index is searched by bytes, where "é" written as "e" and
    // a combining accent would not find "é".
    return key.precomposedStringWithCanonicalMapping
  }

  /// `key` of an ASCII name, on bytes: most names a run looks up are ASCII.
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
