/// Applies Markdown's inline syntax to styled characters: escapes, code spans, images, links
/// and emphasis become style bits and links; the syntax characters are removed.
///
/// It runs after HTML flattening because emphasis often spans HTML, as in
/// `**<font color="#224B8D">NeurIPS 2024</font>**`.
///
/// Hand-written: the Markdown packages available here (Ink) have no AST or position API, and
/// the rules needed are a small, forgiving subset of CommonMark's (delimiter runs, `[…](…)`).
enum InlineMarkdown {
  /// How far a closing backtick run is looked for; keeps hostile input linear.
  private static let searchLimit = 4096

  /// Applies inline Markdown to one entry, collecting the links it finds.
  static func apply(to entry: inout StyledEntry) {
    // NB: each pass returns its input untouched when the syntax it reads is absent, which is
    // most entries; rebuilding arrays of styled characters was a large share of reading time.
    var characters = unescaped(withoutQuoteMarkers(entry.characters))
    characters = codeSpans(characters)
    characters = linksAndImages(
      characters, links: &entry.links, images: &entry.imageTexts, shields: &entry.shieldTexts)
    entry.characters = emphasis(characters)
  }

  /// A block quote's `>` at the start of a line (after at most three spaces) is no text:
  /// ">S. Che, **Z. Guo**\*, C. Miao, D. Ma, and G. Yang." sets the names off (7gzq.github.io).
  private static func withoutQuoteMarkers(_ input: [StyledCharacter]) -> [StyledCharacter] {
    guard input.contains(where: { $0.character == ">" }) else { return input }
    var output: [StyledCharacter] = []
    output.reserveCapacity(input.count)
    var i = 0
    var atLineStart = true
    while i < input.count {
      if atLineStart {
        var marker = i
        while marker < input.count, marker - i < 3, input[marker].character == " " { marker += 1 }
        if marker < input.count, input[marker].character == ">", !input[marker].isLiteral {
          output.append(contentsOf: input[i..<marker])
          // NB: the space after the marker belongs to it.
          i = marker + 1 < input.count && input[marker + 1].character == " " ? marker + 2 : marker + 1
        }
        atLineStart = false
        continue
      }
      output.append(input[i])
      atLineStart = input[i].character == "\n"
      i += 1
    }
    return output
  }

  /// `\*`, `\|`, `\\` … become literal characters that no later rule treats as syntax.
  private static func unescaped(_ input: [StyledCharacter]) -> [StyledCharacter] {
    guard input.contains(where: { isSyntax($0, "\\") }) else { return input }
    var output: [StyledCharacter] = []
    output.reserveCapacity(input.count)
    var i = 0
    while i < input.count {
      let c = input[i]
      if c.character == "\\", !c.isLiteral, i + 1 < input.count,
        let next = input[i + 1].character.asciiValue, next > 32, next < 127,
        !(Character(UnicodeScalar(next)).isLetter || Character(UnicodeScalar(next)).isNumber)
      {
        var literal = input[i + 1]
        literal.isLiteral = true
        output.append(literal)
        i += 2
        continue
      }
      output.append(c)
      i += 1
    }
    return output
  }

  /// `` `x` `` and ``` ``x`` ``` become code-styled text.
  private static func codeSpans(_ input: [StyledCharacter]) -> [StyledCharacter] {
    guard input.contains(where: { isSyntax($0, "`") }) else { return input }
    var output: [StyledCharacter] = []
    output.reserveCapacity(input.count)
    var i = 0
    while i < input.count {
      guard isSyntax(input[i], "`") else {
        output.append(input[i])
        i += 1
        continue
      }
      let runLength = run(of: "`", in: input, from: i)
      if let close = findRun(of: "`", length: runLength, in: input, from: i + runLength) {
        for var c in input[(i + runLength)..<close] {
          c.style.insert(.code)
          c.isLiteral = true
          output.append(c)
        }
        i = close + runLength
      } else {
        output.append(contentsOf: input[i..<(i + runLength)])
        i += runLength
      }
    }
    return output
  }

  /// `[text](url)` keeps its text as link text; `![alt](url)` is removed, its alt kept aside.
  private static func linksAndImages(
    _ input: [StyledCharacter], links: inout [EntryLink], images: inout [String], shields: inout [String]
  ) -> [StyledCharacter] {
    guard input.contains(where: { isSyntax($0, "[") }) else { return input }
    var output: [StyledCharacter] = []
    output.reserveCapacity(input.count)
    let pairs = BracketPairs(input)
    var i = 0
    while i < input.count {
      let isImage = isSyntax(input[i], "!") && i + 1 < input.count && isSyntax(input[i + 1], "[")
      let open = isImage ? i + 1 : i
      guard isSyntax(input[open], "["), let closeBracket = pairs.closing[open],
        closeBracket + 1 < input.count, isSyntax(input[closeBracket + 1], "("),
        let closeParen = pairs.closing[closeBracket + 1]
      else {
        output.append(input[i])
        i += 1
        continue
      }
      let url = input[(closeBracket + 2)..<closeParen].text.trimmed()
      let inner = linksAndImages(
        Array(input[(open + 1)..<closeBracket]), links: &links, images: &images, shields: &shields)
      if isImage {
        let alt = inner.text.collapsingWhitespace()
        let shield = alt.isEmpty || ShieldBadge.isPlaceholder(alt: alt) ? ShieldBadge.text(ofImageAt: url) : nil
        if let shield {
          shields.append(shield)
        } else if !alt.isEmpty {
          images.append(alt)
        }
      } else {
        links.append(EntryLink(url: url.split(separator: " ").first.map(String.init) ?? "", label: inner.text.collapsingWhitespace()))
        let index = links.count - 1
        output.append(contentsOf: inner.map { c in
          var c = c
          c.link = c.link ?? index
          return c
        })
      }
      i = closeParen + 1
      // NB: "[Title](a)](b)": the tail of a link edited over is no text of the entry, or it
      // stands before the names (houguang-liu.github.io).
      if !isImage, i + 1 < input.count, isSyntax(input[i], "]"), isSyntax(input[i + 1], "("), let end = pairs.closing[i + 1],
        input[(i + 2)..<end].text.trimmed().hasPrefix("http")
      {
        i = end + 1
      }
      // NB: "**![icon](logo.svg) AMO-Bench: …**": an image that opens emphasis leaves no space
      // behind, or the asterisks before the space would open nothing.
      if isImage, output.last.map({ isSyntax($0, "*") || isSyntax($0, "_") }) == true {
        while i < input.count, input[i].character == " " { i += 1 }
      }
    }
    return output
  }

  /// Delimiter runs of `*` and `_` become bold and italic, CommonMark-style but simplified:
  /// a run can open when followed by non-space and close when preceded by non-space; closers
  /// match the nearest compatible opener.
  private static func emphasis(_ input: [StyledCharacter]) -> [StyledCharacter] {
    struct Delimiter {
      var character: Character
      var start: Int
      var length: Int
      var canOpen: Bool
      var canClose: Bool
    }
    guard input.contains(where: { isSyntax($0, "*") || isSyntax($0, "_") }) else { return input }
    var characters = input
    var remove = Array(repeating: false, count: characters.count)
    var openers: [Delimiter] = []
    var i = 0
    while i < characters.count {
      let c = characters[i].character
      guard (c == "*" || c == "_"), !characters[i].isLiteral else {
        i += 1
        continue
      }
      let length = run(of: c, in: characters, from: i)
      let before = i > 0 ? characters[i - 1].character : " "
      let after = i + length < characters.count ? characters[i + length].character : " "
      // CommonMark's flanking rules: "Yu*, " can't open and "(*Equal" can't close.
      let leftFlanking = !after.isWhitespace && (!after.isMarkdownPunctuation || before.isWhitespace || before.isMarkdownPunctuation)
      let rightFlanking = !before.isWhitespace && (!before.isMarkdownPunctuation || after.isWhitespace || after.isMarkdownPunctuation)
      var canOpen = leftFlanking
      var canClose = rightFlanking
      if c == "_" {
        // Intraword underscores (snake_case) are never emphasis.
        canOpen = canOpen && !(before.isLetter || before.isNumber)
        canClose = canClose && !(after.isLetter || after.isNumber)
      }
      var remaining = length
      var position = i
      if canClose {
        while remaining > 0, let o = openers.lastIndex(where: { $0.character == c && $0.canOpen && $0.length > 0 }) {
          let used = min(2, min(openers[o].length, remaining))
          let style: TextStyle = used == 2 ? .bold : .italic
          let openEnd = openers[o].start + openers[o].length
          for k in (openEnd - used)..<openEnd { remove[k] = true }
          for k in openEnd..<position where !remove[k] { characters[k].style.insert(style) }
          for k in position..<(position + used) { remove[k] = true }
          openers[o].length -= used
          if openers[o].length == 0 { openers.removeSubrange(o...) } else { openers.removeSubrange((o + 1)...) }
          remaining -= used
          position += used
        }
      }
      if remaining > 0 && canOpen {
        openers.append(Delimiter(character: c, start: position, length: remaining, canOpen: true, canClose: canClose))
      }
      i += length
    }
    var kept: [StyledCharacter] = []
    kept.reserveCapacity(characters.count)
    for (c, isRemoved) in zip(characters, remove) where !isRemoved { kept.append(c) }
    return kept
  }

  private static func isSyntax(_ c: StyledCharacter, _ character: Character) -> Bool {
    c.character == character && !c.isLiteral
  }

  private static func run(of character: Character, in input: [StyledCharacter], from start: Int) -> Int {
    var end = start
    while end < input.count, isSyntax(input[end], character) { end += 1 }
    return end - start
  }

  private static func findRun(
    of character: Character, length: Int, in input: [StyledCharacter], from start: Int
  ) -> Int? {
    var i = start
    let end = min(input.count, start + searchLimit)
    while i < end {
      if isSyntax(input[i], character) {
        let n = run(of: character, in: input, from: i)
        if n == length { return i }
        i += n
      } else {
        if input[i].character == "\n", i + 1 < input.count, input[i + 1].character == "\n" { return nil }
        i += 1
      }
    }
    return nil
  }

  /// Which `]` closes each `[` and which `)` closes each `(`, found in one pass with a stack,
  /// so a line of a million unmatched brackets stays linear. Pairs never cross a blank line.
  private struct BracketPairs {
    var closing: [Int: Int] = [:]

    init(_ input: [StyledCharacter]) {
      var squares: [Int] = []
      var rounds: [Int] = []
      for (i, c) in input.enumerated() {
        if c.character == "\n", i > 0, input[i - 1].character == "\n" {
          squares.removeAll()
          rounds.removeAll()
          continue
        }
        guard !c.isLiteral else { continue }
        switch c.character {
        case "[": squares.append(i)
        case "]": if let open = squares.popLast() { closing[open] = i }
        case "(": rounds.append(i)
        case ")": if let open = rounds.popLast() { closing[open] = i }
        default: break
        }
      }
    }
  }
}

extension Character {
  /// Punctuation as CommonMark's flanking rules see it.
  fileprivate var isMarkdownPunctuation: Bool { isPunctuation || isSymbol }
}
