/// An entry's characters with their lines, and which parts the reader has already explained.
///
/// The interpreter claims the title, then the authors; what is left is where the venue, year
/// and notes are looked for, so a year inside a title is never taken for the publication year.
struct EntryText {
  var characters: [StyledCharacter]
  /// Index ranges of the lines in `characters` (newlines excluded).
  var lines: [Range<Int>]
  /// Characters already explained (title, authors, link labels, badges).
  var claimed: [Bool]

  init(_ characters: [StyledCharacter], droppingListItems: Bool) {
    var kept: [StyledCharacter] = []
    kept.reserveCapacity(characters.count)
    var lines: [Range<Int>] = []
    var droppedIndent: Int?
    var hasText = false
    for line in characters.lines() {
      var trimmed = line.trimmed()
      guard !trimmed.isEmpty else { continue }
      let indent = line.prefix(while: { $0.character.isWhitespace }).count
      if droppingListItems {
        // Bullets inside a paper-box are highlights of the paper, not further papers; a bullet
        // before any text but the badge is the paper itself ("- [Title](…) **Name**, …" as the
        // box's only line, exgc.github.io).
        if let marker = MarkdownListMarker.length(in: line) {
          // NB: "- Yiming Qin, Zihan Chen, Ye Peng, …" under the title (15717985905.github.io)
          // is the author list set as a bullet.
          guard !hasText || Self.isCitationItem(line[marker...]) || AuthorListParser.isNameList(line[marker...]) else {
            droppedIndent = indent
            continue
          }
          trimmed = Array(line[marker...]).trimmed()
        } else if let d = droppedIndent, indent > d {
          continue
        } else {
          droppedIndent = nil
        }
        if trimmed.contains(where: { !$0.style.contains(.badge) }) { hasText = true }
      }
      let start = kept.count
      kept.append(contentsOf: trimmed)
      lines.append(start..<kept.count)
    }
    self.characters = kept
    self.lines = lines
    self.claimed = Array(repeating: false, count: kept.count)
  }

  /// "**IEEE Bibtex**：B. Ning, …, Feb. 2025.": a bullet under a paper-box that cites the paper
  /// itself, under a bold label naming a citation; the only place some pages write the year.
  private static func isCitationItem(_ item: ArraySlice<StyledCharacter>) -> Bool {
    let label = item.drop { $0.character.isWhitespace }.prefix { $0.style.contains(.bold) }
    guard !label.isEmpty, label.count <= 30 else { return false }
    let words = label.text.lowercased()
    return ["bibtex", "citation", "cite as", "reference"].contains { words.contains($0) }
  }

  /// The characters of `range` as they stand (a wrapped line's last word touches the next
  /// line's first): character offsets in it are offsets in `characters`.
  func text(_ range: Range<Int>) -> String { characters[range].text }

  /// The text of `range` as a reader reads it: a space stands for each line break inside it
  /// ("… Scaling via" / "Simulation-Calibrated …" is "via Simulation").
  func readableText(_ range: Range<Int>) -> String {
    guard lines.count > 1, case let breaks = lines.lazy.map(\.lowerBound).filter({ $0 > range.lowerBound && $0 < range.upperBound }),
      !breaks.isEmpty
    else { return characters[range].text }
    var result = ""
    var start = range.lowerBound
    for lineStart in breaks {
      result += characters[start..<lineStart].text
      if let last = result.last, !last.isWhitespace { result.append(" ") }
      start = lineStart
    }
    return result + characters[start..<range.upperBound].text
  }

  /// "[arXiv26]" opening the entry's first line of text (a paper-box's badge line aside), right
  /// before a bracketed or linked title ("[arXiv26][DAGENT: …]", "[WWW26 Workshop][RAMA: …](…)",
  /// da1yuqin.github.io): the tag with its brackets, and its line.
  ///
  /// - Parameter skippingClaimed: whether claimed characters are passed over when looking for
  ///   the line's first text.
  func leadingBracketTag(skippingClaimed: Bool) -> (tag: Range<Int>, line: Range<Int>)? {
    guard let (open, line) = firstText(skippingClaimed: skippingClaimed),
      characters[open].character == "[", characters[open].link == nil,
      let close = characters[(open + 1)..<line.upperBound].firstIndex(where: { $0.character == "]" }), close - open <= 24,
      close + 1 < line.upperBound, characters[close + 1].character == "[" || characters[close + 1].link != nil
    else { return nil }
    return (open..<(close + 1), line)
  }

  /// The entry's first character of text (no badge, no white space, and unclaimed when
  /// `skippingClaimed`), and its line.
  func firstText(skippingClaimed: Bool) -> (index: Int, line: Range<Int>)? {
    let isText = { (i: Int) in
      !(skippingClaimed && claimed[i]) && !characters[i].style.contains(.badge) && !characters[i].character.isWhitespace
    }
    guard let line = lines.first(where: { $0.contains(where: isText) }), let first = line.first(where: isText) else { return nil }
    return (first, line)
  }

  /// Maximal runs of characters in `range` that all carry `style`; runs never cross lines.
  func runs(with style: TextStyle, in range: Range<Int>? = nil) -> [Range<Int>] {
    let range = range ?? 0..<characters.count
    var result: [Range<Int>] = []
    for line in lines {
      let lower = max(line.lowerBound, range.lowerBound)
      let upper = min(line.upperBound, range.upperBound)
      guard lower < upper else { continue }
      var start: Int?
      for i in lower..<upper {
        let inside = characters[i].style.isSuperset(of: style)
        if inside, start == nil { start = i }
        if !inside, let s = start {
          result.append(s..<i)
          start = nil
        }
      }
      if let s = start { result.append(s..<upper) }
    }
    return result
  }

  /// Maximal runs of characters in `range` that belong to the same link; never cross lines.
  func linkRuns(in range: Range<Int>? = nil) -> [(Range<Int>, Int)] {
    let range = range ?? 0..<characters.count
    var result: [(Range<Int>, Int)] = []
    for line in lines {
      var i = max(line.lowerBound, range.lowerBound)
      let upper = min(line.upperBound, range.upperBound)
      while i < upper {
        guard let link = characters[i].link else {
          i += 1
          continue
        }
        var end = i
        while end < upper, characters[end].link == link { end += 1 }
        result.append((i..<end, link))
        i = end
      }
    }
    return result
  }

  /// The line index holding character `index`.
  func lineIndex(of index: Int) -> Int? {
    lines.firstIndex { $0.contains(index) || $0.upperBound == index }
  }

  /// The index just past a bracketed tag that opens at `start` ("[CCF-A]", "[TWC]", "[ACS
  /// Appl. Mater. Interfaces]": at most 40 characters), nil when none does.
  func endOfTag(at start: Int, limit: Int) -> Int? {
    guard start < limit, characters[start].character == "[",
      let close = characters[start..<min(limit, start + 40)].firstIndex(where: { $0.character == "]" })
    else { return nil }
    return close + 1
  }

  mutating func claim(_ range: Range<Int>) {
    for i in range where i < claimed.count { claimed[i] = true }
  }

  /// The unclaimed text, lines joined by newlines and claimed spans by " | ".
  var unclaimedText: String {
    var parts: [String] = []
    for line in lines {
      var current = ""
      for i in line {
        if claimed[i] {
          // NB: one separator a span: " | " ends in a space, so its last character is no "|".
          if !current.isEmpty, !current.hasSuffix(" | ") { current += " | " }
        } else {
          current.append(characters[i].character)
        }
      }
      parts.append(current)
    }
    return parts.joined(separator: "\n")
  }
}
