import Foundation

/// A person's name written in Chinese characters ("徐冬竹") and the keys its Hanyu Pinyin
/// spellings would have ("dongzhu xu", "xu dongzhu"): a bilingual page writes its owner
/// "**徐冬竹**" on papers in Chinese and "**Dongzhu Xu**" on papers in English.
///
/// The reading comes from ICU's Han-Latin transliteration (Foundation's `.toLatin`), which
/// gives each character its most common reading; a surname read otherwise (曾 Zeng, 单 Shan) is
/// corrected from a short table. A given name with a rarer reading gives no match, never a
/// wrong one: the keys only join a Han name to a spelling the same data writes.
enum HanName {
  /// Two-character surnames: the rest is the given name.
  private static let compoundSurnames: Set<String> = [
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯", "轩辕", "端木",
    "独孤", "南宫", "长孙", "宇文", "歐陽", "諸葛", "東方", "長孫",
  ]
  /// Surnames whose reading as a surname differs from the character's most common reading.
  private static let surnameReadings: [Character: String] = [
    "曾": "zeng", "单": "shan", "單": "shan", "解": "xie", "区": "ou", "區": "ou", "仇": "qiu", "朴": "piao", "查": "zha",
    "翟": "zhai", "盖": "ge", "蓋": "ge", "缪": "miao", "繆": "miao", "覃": "qin", "乐": "yue", "樂": "yue", "秘": "bi",
    "长": "chang", "長": "chang", "尉": "yu",
  ]

  /// The folded keys (`PersonName.key` form) the name's romanised spellings have, given name
  /// first and family name first; empty unless the name is two to four Han characters.
  static func romanisedKeys(of name: String) -> [String] {
    let characters = Array(name)
    guard (2...4).contains(characters.count),
      characters.allSatisfy({ $0.unicodeScalars.count == 1 && $0.unicodeScalars.allSatisfy(\.properties.isIdeographic) })
    else { return [] }
    let surnameLength = characters.count >= 3 && compoundSurnames.contains(String(characters.prefix(2))) ? 2 : 1
    let family = characters.prefix(surnameLength)
    let familyReading =
      surnameLength == 1 ? surnameReadings[characters[0]] ?? reading(of: String(family)) : reading(of: String(family))
    guard let familyReading, let givenReading = reading(of: String(characters.dropFirst(surnameLength))) else {
      return []
    }
    var keys: [String] = []
    for given in variants(of: givenReading) {
      for family in variants(of: familyReading) {
        keys += ["\(given) \(family)", "\(family) \(given)"]
      }
    }
    return keys
  }

  /// The syllables of `text` run together, lowercase and without tone marks ("dongzhu"), nil
  /// when ICU gives no Latin letters.
  private static func reading(of text: String) -> String? {
    guard let latin = text.applyingTransform(.toLatin, reverse: false) else { return nil }
    // NB: ü keeps a mark of its own: romanised names write it "u", "v" or "yu" (吕: Lu, Lv, Lyu).
    let marked = latin.replacingOccurrences(of: "[ǖǘǚǜü]", with: "#", options: .regularExpression)
    guard let plain = marked.applyingTransform(.stripDiacritics, reverse: false) else { return nil }
    let joined = plain.lowercased().filter { $0.isLetter || $0 == "#" }
    return joined.allSatisfy({ $0.isASCII }) && !joined.isEmpty ? joined : nil
  }

  /// The spellings of a reading with "ü" written each way names write it.
  private static func variants(of reading: String) -> [String] {
    guard reading.contains("#") else { return [reading] }
    return ["u", "v", "yu"].map { reading.replacingOccurrences(of: "#", with: $0) }
  }
}
