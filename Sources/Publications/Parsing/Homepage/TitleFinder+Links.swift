/// The link an entry's title is written as, told apart from the other links of an entry: an
/// author's page, the venue's site, a DOI written out.
extension TitleFinder {
  /// The first link whose text is a title, not a label such as `[paper]` or `Code`.
  static func linkTitle(in text: EntryText, catalog: VenueCatalog) -> Range<Int>? {
    let runs = joiningWrappedLinks(text.linkRuns(), in: text)
    for (range, _) in runs where text.characters[range.lowerBound].style.isDisjoint(with: [.badge, .linkList]) {
      let label = text.text(range)
      if isTitleLike(label), !isNameList(label), !isIdentifier(label), !isLinkedAuthor(range, in: text),
        !isMarkedName(label), !isVenueName(label, catalog: catalog), !isBracketedButton(range, in: text),
        !isContainerLink(range, in: text)
      {
        return range
      }
    }
    return nil
  }

  /// "[Xinze Li$^{\*}$](…)" (xhd0728.github.io): a name with a contribution mark, linked to the
  /// person's page, however few names stand beside it.
  private static func isMarkedName(_ label: String) -> Bool {
    let (name, markers) = AuthorListParser.stripMarkers(label)
    return !markers.isEmpty && AuthorListParser.looksLikeName(name) && name.split(separator: " ").count <= 4
  }

  /// A link the words before it say holds the paper: "A Chapter of the [*Handbook on
  /// Neurosymbolic AI and Knowledge Graphs*](…)" (231sm.github.io), "Published in [Nature](…)".
  private static func isContainerLink(_ range: Range<Int>, in text: EntryText) -> Bool {
    let lineStart = text.characters[..<range.lowerBound].lastIndex { $0.character == "\n" }.map { $0 + 1 } ?? 0
    let before = text.text(lineStart..<range.lowerBound).lowercased().trimming(" *_:")
    return containerPhrases.contains { before == $0 || before.hasSuffix(" " + $0) }
  }

  private static let containerPhrases = ["chapter of the", "chapter of", "chapter in", "in", "published in", "appeared in", "to appear in"]

  /// A link in square brackets of its own, "[[RealSR-Zero dataset](…)]" beside "[[code](…)]":
  /// a button under the entry (House-Leo.github.io), whatever its words.
  private static func isBracketedButton(_ range: Range<Int>, in text: EntryText) -> Bool {
    range.lowerBound > 0 && range.upperBound < text.characters.count
      && text.characters[range.lowerBound - 1].character == "[" && text.characters[range.upperBound].character == "]"
  }

  /// A venue set as a link to its site ("[**ACL 2026 Findings**](https://2026.aclweb.org/)",
  /// "[IEEE Transactions on Software Engineering](…)"): a venue the catalogue or the journal
  /// lists know, with nothing left but a year and a track's name.
  private static func isVenueName(_ label: String, catalog: VenueCatalog) -> Bool {
    let name = label.trimming(" *_.,")
    guard name.split(separator: " ").count <= 8 else { return false }
    // NB: "IEEE Transactions on Software Engineering (TSE)": the name without its acronym.
    if JournalList.standard.fullName(of: VenueName(name)?.name ?? name) != nil { return true }
    guard let mention = catalog.mentions(in: name).first else { return false }
    let rest = name.replacingOccurrences(of: mention.matchedText, with: " ").split(separator: " ")
    // NB: "International Conference on Learning Representations (ICLR)": the acronym after it too.
    return rest.allSatisfy { word in
      word.allSatisfy { $0.isNumber || "'’-".contains($0) } || trackWords.contains(word.lowercased())
        || (word.hasPrefix("(") && word.hasSuffix(")") && word.dropFirst().dropLast().allSatisfy(\.isUppercase))
    }
  }

  private static let trackWords: Set<String> = ["findings", "oral", "spotlight", "poster", "workshop", "track", "main"]

  /// An author's name set as a link inside the author list ("**Title**.<br> [**Zhaoyang
  /// Chu**](…), Yao Wan, …" or "…, [Ann Lee](…), Bob Smith"): a name of two to four words, the
  /// list going on after it with a comma, and not the entry's first words.
  ///
  /// NB: "[Neural Teleportation](…), A. Author" opens its entry, and "Youheng Zhu, **Yiping
  /// Lu**, [An AI-Assisted Solution](…)" ends it: short titles, not names.
  private static func isLinkedAuthor(_ range: Range<Int>, in text: EntryText) -> Bool {
    let label = text.text(range).trimming(" *_†‡")
    let words = label.split(separator: " ")
    guard (2...4).contains(words.count), !label.contains(":"), AuthorListParser.looksLikeName(label) else { return false }
    let marks: Set<Character> = [" ", "*", "_", "†", "‡", "\\", "\u{A0}"]
    let after = text.characters[range.upperBound...].first { !marks.contains($0.character) }
    // NB: a venue tag before the link ("`CVPR 2026` [Hyperbolic Busemann Neural Networks](…),
    // **Ziheng Chen**, …") leaves the link opening its entry.
    let before = String(text.characters[..<range.lowerBound].filter { $0.style.isDisjoint(with: [.code, .badge]) }.map(\.character))
    let opensEntry = !before.contains { $0.isLetter } || isVenueTag(before)
    // "**Title**" / "**Xiaolong Luo**, Hsin-Hsiao Scott Wang, [Michael Lingzhi Li](…)": the last
    // name of a list on a line below the entry's first, the list's comma before it.
    let isLastOfList = (text.lineIndex(of: range.lowerBound) ?? 0) > 0
      && text.characters[..<range.lowerBound].last { !marks.contains($0.character) }?.character == ","
    return (after?.character == "," || isLastOfList) && !opensEntry
  }

  /// A DOI or an address written as a link's text ("[10.1177/1745691620986135](…)"): the
  /// paper's identifier, never its title.
  private static func isIdentifier(_ label: String) -> Bool {
    let text = label.trimming(" []()<>").lowercased()
    guard !text.contains(" ") else { return false }
    return (text.hasPrefix("10.") && text.contains("/")) || text.hasPrefix("http") || text.hasPrefix("www.")
      || text.hasPrefix("doi:") || text.hasPrefix("arxiv:")
  }

  /// Link runs, with a link whose text wraps onto the next line ("[… Scaling via\nSimulation-
  /// Calibrated …](…)") made one run again: runs never cross lines, a link's text may.
  private static func joiningWrappedLinks(_ runs: [(Range<Int>, Int)], in text: EntryText) -> [(Range<Int>, Int)] {
    var joined: [(Range<Int>, Int)] = []
    for run in runs {
      if let last = joined.last, last.1 == run.1,
        text.characters[last.0.upperBound..<run.0.lowerBound].allSatisfy({ $0.character.isWhitespace })
      {
        joined[joined.count - 1].0 = last.0.lowerBound..<run.0.upperBound
      } else {
        joined.append(run)
      }
    }
    return joined
  }
}
