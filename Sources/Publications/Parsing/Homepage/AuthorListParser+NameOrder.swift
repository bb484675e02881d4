/// The orders names are written in, made natural before the names are read: "Last, First"
/// pairs apart at semicolons, Chicago's inverted first author, a family name typed in lower case.
extension AuthorListParser {
  /// "Doe, Jane; Roe, Richard; Berg, Anna": people apart at semicolons, each written "Last,
  /// First". When every semicolon closes such a pair, each pair becomes one piece, "Jane Doe";
  /// otherwise (APA "Tan, H., Guo, Z.", plain comma lists) the pieces stay as they are.
  static func joiningLastFirst(_ pieces: [Piece]) -> [Piece] {
    let semicolons = pieces.indices.filter { pieces[$0].separator == ";" }
    // NB: "…, Li Duan, Liping Jing; | Code": one semicolon after two whole names ends the
    // list; "Li Duan" is no family name waiting for its given name "Liping Jing".
    func isWholeName(_ piece: Piece) -> Bool {
      let words = piece.text.split(separator: " ")
      return (2...3).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true && $0.count > 1 && !$0.hasSuffix(".") }
    }
    // NB: "Li, Peilin; **Yuqin Dai**; Zhao, Zhiyuan" (da1yuqin.github.io): the owner typed in
    // natural order between two semicolons is one person too.
    let closesPair = { (index: Int) in
      index > 0 && (pieces[index - 1].separator == "," || pieces[index - 1].separator == ";" && isWholeName(pieces[index]))
    }
    guard !semicolons.isEmpty, semicolons.allSatisfy(closesPair), semicolons.contains(where: { pieces[$0 - 1].separator == "," })
    else { return pieces }
    // NB: then each pair's family name is one word: "**Boyu Ning**, Weidong Mei; Lipeng Zhu;
    // Zhi Chen" (boyuning.github.io) is whole names apart at commas and semicolons alike.
    if semicolons.contains(where: { pieces[$0 - 1].separator == ";" }),
      semicolons.contains(where: { pieces[$0 - 1].separator == "," && pieces[$0 - 1].text.contains(" ") })
    {
      return pieces
    }
    if semicolons.count == 1, isWholeName(pieces[semicolons[0] - 1]), isWholeName(pieces[semicolons[0]]) {
      return pieces
    }
    var joined: [Piece] = []
    var index = 0
    while index < pieces.count {
      let piece = pieces[index]
      // A "Last," followed by its "First" (closed by ";", or the list's last piece).
      guard piece.separator == ",", index + 1 < pieces.count, !piece.text.contains(". "),
        pieces[index + 1].separator == ";" || !pieces[(index + 1)...].contains(where: { $0.separator == ";" })
      else {
        joined.append(piece)
        index += 1
        continue
      }
      let given = pieces[index + 1]
      // "Anna. NeurIPS 2022.": the given name ends at its sentence end; the rest is no name.
      // NB: "K. S." is two initials, not a sentence end.
      let name = isInitialsOnly(given.text) ? given.text : given.text.range(of: ". ").map { String(given.text[..<$0.lowerBound]) } ?? given.text
      let first = name.hasSuffix(".") && name.count > 2 && !isInitialsOnly(name) ? String(name.dropLast()) : name
      // NB: "Zhang, Qian*": the mark closes the whole name, "Qian Zhang*".
      let mark = String(first.reversed().prefix { "*†‡#✉".contains($0) }.reversed())
      joined.append(
        Piece(
          text: first.dropLast(mark.count) + " " + piece.text + mark, start: piece.start, isEmphasised: piece.isEmphasised || given.isEmphasised,
          end: given.text == name ? given.end : given.start + name.count + 1, separator: given.separator))
      index += 2
      if given.text != name { break }
    }
    return joined
  }

  /// Chicago and MLA invert only the first author: "Du, Xiao, Ting Wang, and Mingsong Chen",
  /// "Feldman, Candace H., Jamie Collins, …". A one-word family name, then a given name (a word,
  /// perhaps with initials), then a name in natural order (or nothing: a sole author): the first
  /// two pieces are one person, "Xiao Du".
  static func joiningInvertedFirstAuthor(_ pieces: [Piece]) -> [Piece] {
    // "Kurzynski, Maciej, "Title,": a sole author, inverted (what follows has no letters).
    if pieces.count >= 2, pieces[0].separator == ",", isSingleCapitalisedWord(pieces[0].text),
      isGivenName(stripMarkers(pieces[1].text).0),
      pieces.dropFirst(2).allSatisfy({ !$0.text.contains(where: \.isLetter) })
    {
      var joined = invertedName(family: pieces[0], given: pieces[1])
      joined.isSoleInvertedName = true
      return [joined] + pieces.dropFirst(2)
    }
    guard pieces.count >= 3, pieces[0].separator == ",", pieces[1].separator != nil,
      isSingleCapitalisedWord(pieces[0].text), isGivenName(stripMarkers(pieces[1].text).0),
      case let third = stripMarkers(pieces[2].text).0, looksLikeName(third), third.split(separator: " ").count >= 2,
      !isInitialsOnly(third)
    else { return pieces }
    return [invertedName(family: pieces[0], given: pieces[1])] + pieces.dropFirst(2)
  }

  /// "Wang, Guanyi & Tang, Xiaoyun": every author inverted, each "Family, Given" of one word
  /// each, the conjunction between two people. One-word pieces alone could be family names
  /// ("Asness, Moskowitz & Pedersen"); the conjunction tells them apart: it closes a pair,
  /// after an even number of pieces, where a list of family names puts it before its last.
  static func joiningInvertedPairs(_ pieces: [Piece]) -> [Piece] {
    guard pieces.count >= 4, pieces.count % 2 == 0,
      pieces.allSatisfy({ isSingleCapitalisedWord(stripMarkers($0.text).0) }),
      let conjunction = pieces.dropLast().lastIndex(where: { $0.separator == nil }), conjunction % 2 == 1,
      pieces.indices.allSatisfy({ $0 % 2 == 1 || pieces[$0].separator == "," })
    else { return pieces }
    return stride(from: 0, to: pieces.count, by: 2).map { invertedName(family: pieces[$0], given: pieces[$0 + 1]) }
  }

  /// "**Chowdhury, Shrabanti**": the owner's own name, inverted inside one bold run, is one
  /// person ("Shrabanti Chowdhury"); no list emphasises two people one word each before it.
  /// The given name may run on into what follows the list ("**Chowdhury, Shrabanti** et al.
  /// Title …"): that rest stays a piece of its own.
  static func joiningEmphasisedInvertedName(_ pieces: [Piece]) -> [Piece] {
    guard let index = pieces.indices.dropLast().first(where: { pieces[$0].isEmphasised && pieces[$0 + 1].opensEmphasised }),
      pieces[index].separator == ",", isSingleCapitalisedWord(stripMarkers(pieces[index].text).0),
      case let given = pieces[index + 1], case let word = String(given.text.prefix { $0.isLetter || $0 == "-" }),
      isSingleCapitalisedWord(word),
      // NB: only before it: a bold venue may follow the title after the list.
      !pieces[..<index].contains(where: \.isEmphasised)
    else { return pieces }
    // The page writes names family first, as its owner's: "Banerjee, Prithish, …" and
    // "Lukemire, Joshua and Mandal, Abhyudyay" are two people each, not four.
    let before = pairingInverted(pieces[..<index])
    let owner = joinedInverted(family: pieces[index], given: given, word: word)
    // NB: a full stop after the owner ends the list ("Ghosh, Subir and **Chowdhury,
    // Shrabanti**. CV, ECV, …"): what follows is the title, no piece of the list.
    if owner.closesSentence { return before + owner.pieces.prefix(1) }
    return before + owner.pieces + pairingInverted(pieces[(index + 2)...])
  }

  /// "Family" then "Given …": one person, and what runs on after the given name ("Abhyudyay.
  /// A-ComVar: …") a piece of its own; whether a full stop closed the name.
  private static func joinedInverted(family: Piece, given: Piece, word: String) -> (pieces: [Piece], closesSentence: Bool) {
    // NB: a mark after the given name is the person's ("**Chowdhury, Shrabanti**\\* et al.").
    let marks = String(given.text.dropFirst(word.count).prefix { "*†‡#✉".contains($0) })
    // NB: the full stop after the last name ends the list ("Mandal, Abhyudyay. A-ComVar: …"):
    // it is counted in, as a list that ends a sentence counts it, so the title starts after it.
    let stop = given.text.dropFirst(word.count + marks.count).hasPrefix(".") ? 1 : 0
    var name = given
    name.text = word
    name.end = given.start + word.count + marks.count + stop
    var person = invertedName(family: family, given: name)
    person.text += marks
    var joined = [person]
    let rest = given.text.dropFirst(word.count + marks.count + stop)
    if !rest.trimmed().isEmpty {
      let skipped = rest.prefix { $0 == " " }.count
      var remainder = given
      remainder.text = String(rest.dropFirst(skipped))
      remainder.start = given.start + word.count + marks.count + stop + skipped
      remainder.isEmphasised = false
      remainder.opensEmphasised = false
      joined.append(remainder)
    }
    return (joined, stop == 1)
  }

  /// Adjacent "Family," and "Given" pieces joined, where both are one capitalised word and not
  /// initials (APA's "Chatterjee, S" is read by the initials rule).
  private static func pairingInverted(_ pieces: ArraySlice<Piece>) -> [Piece] {
    var paired: [Piece] = []
    var index = pieces.startIndex
    while index < pieces.endIndex {
      let family = pieces[index]
      let next = index + 1 < pieces.endIndex ? pieces[index + 1] : nil
      let word = next.map { String($0.text.prefix { $0.isLetter || $0 == "-" }) } ?? ""
      let familyName = stripMarkers(family.text).0
      if let next, family.separator == ",", isSingleCapitalisedWord(familyName), !isInitialsOnly(familyName),
        word.count >= 2, isSingleCapitalisedWord(word), !isInitialsOnly(word), !next.isEmphasised
      {
        let person = joinedInverted(family: family, given: next, word: word)
        // NB: the list ends at the full stop after a name; the rest is the title's.
        if person.closesSentence { return paired + person.pieces.prefix(1) }
        paired += person.pieces
        index += 2
        continue
      }
      paired.append(family)
      index += 1
    }
    return paired
  }

  /// "Du" and "Xiao" as one piece, "Xiao Du", spanning both.
  private static func invertedName(family: Piece, given: Piece) -> Piece {
    var joined = given
    joined.text = given.text + " " + family.text
    joined.start = family.start
    joined.isEmphasised = family.isEmphasised || given.isEmphasised
    return joined
  }

  /// "Xiao", "Candace H.": a capitalised word, then up to two initials.
  private static func isGivenName(_ text: String) -> Bool {
    let words = text.trimmed().split(separator: " ")
    guard let first = words.first, words.count <= 3 else { return false }
    return isSingleCapitalisedWord(String(first)) && words.dropFirst().allSatisfy { isInitialsOnly(String($0)) }
  }

  /// "Du", "Xiao": one word of letters, capitalised, that is no label.
  private static func isSingleCapitalisedWord(_ text: String) -> Bool {
    let word = text.trimmed()
    guard word.count >= 2, !word.contains(" "), word.first?.isUppercase == true,
      word.allSatisfy({ $0.isLetter || $0 == "-" })
    else { return false }
    return !Vocabulary.labelsNotNames.contains(word.lowercased()) && !Vocabulary.wordsNeverInNames.contains(word.lowercased())
  }

  /// Whether the pieces after a doubtful one go on as an author list: the owner's emphasised
  /// name next, or two names.
  static func isAmongNames(_ rest: ArraySlice<Piece>) -> Bool {
    let names = rest.prefix(2).prefix { looksLikeName(stripMarkers($0.text).0) }
    return names.count == 2 || names.first?.isEmphasised == true
  }

  /// "Youheng zhu" → "Youheng Zhu", "zipei fan" → "Zipei Fan": a two-word name whose family
  /// name, or both words, were typed in lower case; nil for anything else (a title's "Deep
  /// learning" is read only among names).
  static func withCapitalisedNames(_ name: String) -> String? {
    let words = name.split(separator: " ")
    guard words.count == 2, let given = words.first, let family = words.last,
      given.dropFirst().allSatisfy(\.isLowercase), given.count >= 2,
      // NB: a given name typed in lower case only when as short as a romanised one ("zipei").
      given.first?.isUppercase == true || (given.first?.isLowercase == true && given.count <= 8),
      // NB: romanised family names are short ("zhu", "wang"); "Oral presentation" is no name.
      family.count >= 2, family.count <= 6, family.allSatisfy(\.isLowercase),
      !Vocabulary.wordsNeverInNames.contains(String(given).lowercased()), !Vocabulary.nameParticles.contains(String(given).lowercased()),
      !Vocabulary.wordsNeverInNames.contains(String(family)), !Vocabulary.nameParticles.contains(String(family))
    else { return nil }
    return [given, family].map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
  }
}
