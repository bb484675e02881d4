/// Word-level clean-ups of venue names.
///
/// Hand-written, not Swift `Regex`: under LeakSanitizer each compiled `Regex` program leaks the
/// boxes of its tree conversion (Swift 6.2), and the readers run these on every entry.
extension VenueName {
  /// "National Systems Conference 2007 Best Paper Presentation Award" → "… Conference 2007":
  /// from "best", "outstanding", "distinguished" or "honorable" on, when an "award", "mention",
  /// "nominee" or "finalist" follows.
  static func withoutAward(_ text: String) -> String {
    let words = text.split(separator: " ")
    let lower = words.map { $0.lowercased().trimming("(),.;:") }
    guard let start = lower.firstIndex(where: { ["best", "outstanding", "distinguished", "honorable", "honourable"].contains($0) }),
      lower[start...].contains(where: { ["award", "mention", "nominee", "finalist"].contains($0) })
    else { return text }
    return words[..<start].joined(separator: " ").trimming(" ,.;:-–(")
  }

  /// "Decision and Control, 2001. Proceedings of the 40th IEEE Conference on" → "Proceedings of
  /// the 40th IEEE Conference on Decision and Control": IEEE Xplore's old exports put the topic
  /// first and leave the name ending in "on"; nil when `text` is not written that way.
  static func uninvertedIEEEName(_ text: String) -> String? {
    let trimmed = text.trimming(" .,;")
    guard trimmed.hasSuffix(" on"), let comma = trimmed.firstIndex(of: ","),
      case let topic = trimmed[..<comma], topic.split(separator: " ").count >= 2,
      !topic.contains(where: \.isNumber), topic.first?.isUppercase == true
    else { return nil }
    // NB: the year (and a repeated "CVPR 2009.") between the topic and the name is dropped by
    // the name's clean-up, as in any venue field.
    let rest = String(trimmed[trimmed.index(after: comma)...]).trimming(" ")
    // NB: the name goes on after the topic's comma with its year or its body: "Computational
    // Intelligence for Modelling, Control and Automation, 2005 and …" is a list in the topic.
    guard let word = rest.split(separator: " ").first, case let first = String(word).trimming("."),
      first.count == 4 && first.allSatisfy(\.isASCIIDigit) || ["IEEE", "ACM", "Proceedings"].contains(first)
    else { return nil }
    return rest + " " + topic
  }

  /// "Systems（TPDS）" → "Systems (TPDS)": the full-width brackets and punctuation a Chinese
  /// keyboard types, as their ASCII forms with the space the ASCII form takes.
  static func withASCIIPunctuation(_ text: String) -> String {
    // NB: every full-width form is three bytes from 0xEF: most names have none and pass as they are.
    guard text.utf8.contains(0xEF) else { return text }
    var result = ""
    for character in text {
      switch character {
      case "（": result += " ("
      case "）": result += ") "
      case "，": result += ", "
      case "：": result += ": "
      case "；": result += "; "
      default: result.append(character)
      }
    }
    return result.collapsingWhitespace()
  }

  /// "LEGAL2026" → "LEGAL": a year glued to a word with two capitals.
  static func withoutGluedYears(_ text: String) -> String {
    let words = text.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
      let core = word.prefix { $0.isLetter || $0.isASCIIDigit || $0 == "-" }
      guard core.count > 6, case let digits = core.suffix(4), digits.allSatisfy(\.isASCIIDigit),
        VenueCatalog.fourDigitYear(String(digits)) != nil
      else { return String(word) }
      let name = core.dropLast(4)
      guard name.filter(\.isUppercase).count >= 2, name.allSatisfy({ $0.isLetter || $0 == "-" }) else { return String(word) }
      return String(name) + word.dropFirst(core.count)
    }
    return words.joined(separator: " ")
  }

  /// "… Cyber-Physical Systems. ACM" → "… Cyber-Physical Systems".
  static func withoutTrailingPublisher(_ text: String) -> String {
    for publisher in ["ACM", "IEEE", "Springer", "Elsevier", "ACM Press", "IEEE Press"] {
      for separator in [". ", ", "] where text.hasSuffix(separator + publisher) {
        return String(text.dropLast(separator.count + publisher.count))
      }
    }
    return text
  }

  /// "National Systems Conference (India) 2007" → "National Systems Conference 2007": one
  /// capitalised word in parentheses at the end (before a year) is a place or a note, and so
  /// are a language ("Journal of Mechanical Engineering (2024) (In Chinese)") and a year.
  static func withoutTrailingWordInParentheses(_ text: String) -> String {
    var head = Substring(text)
    var year = ""
    if head.count > 5, head.suffix(4).allSatisfy(\.isASCIIDigit), VenueCatalog.fourDigitYear(String(head.suffix(4))) != nil,
      head.dropLast(4).last == " "
    {
      year = " " + head.suffix(4)
      head = head.dropLast(5)
    }
    var stripped = false
    while head.last == ")", let open = head.lastIndex(of: "("), isNote(head[head.index(after: open)..<head.index(before: head.endIndex)]) {
      head = head[..<open].drop { $0 == " " }
      while head.last == " " { head = head.dropLast() }
      stripped = true
    }
    return stripped ? String(head) + year : text
  }

  /// "India", "Oral", "In Chinese", "2024": the words of a parenthesised note after a name.
  private static func isNote(_ words: Substring) -> Bool {
    let parts = words.split(separator: " ")
    if parts.count == 1, let word = parts.first {
      if word.count == 4, VenueCatalog.fourDigitYear(String(word)) != nil { return true }
      return word.count >= 2 && word.first?.isUppercase == true && word.dropFirst().allSatisfy(\.isLowercase)
    }
    return parts.count == 2 && parts[0].lowercased() == "in" && parts[1].first?.isUppercase == true
      && parts[1].dropFirst().allSatisfy(\.isLowercase)
  }
}
