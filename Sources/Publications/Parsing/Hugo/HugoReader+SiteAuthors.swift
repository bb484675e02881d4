/// The site's people: author slugs by display name, and which of them owns the site.
extension HugoReader {
  /// Author slug → display name: the names given, then the site's profile pages. A site whose
  /// own profile (`admin`) gives no name is its owner's when its title is a person's name
  /// ("title: Luca Fortini" in `config.yaml`).
  ///
  /// Without an `admin` profile, the owner is the profile marked `superuser: true`, Hugo Blox's
  /// "primary user of the site" (`authors/anders`, AndersMunkN/Munk-Nielsen): pages list that
  /// slug, not `admin`.
  func siteAuthorNames(_ companions: [String: String]) -> [String: String] {
    var names = authorNames.merging(Self.profileNames(companions)) { given, _ in given }
    if names["admin"] == nil, let superuser = Self.superuserName(companions) {
      names["admin"] = superuser
    }
    if names["admin"] == nil, let title = companions[HugoSite.siteTitleKey], Self.isPersonName(title) {
      names["admin"] = title
    }
    return names
  }

  /// The name on the one profile marked `superuser: true` (or `is_owner: true`, as the author
  /// schema v1 writes it), if exactly one is.
  private static func superuserName(_ companions: [String: String]) -> String? {
    let names = companions.filter { path, text in
      guard path.hasPrefix(HugoSite.profilePrefix), let map = profileMapping(text) else { return false }
      return map["superuser"] as? Bool == true || map["is_owner"] as? Bool == true
    }.compactMap { authorName(profile: $0.value) }
    return names.count == 1 ? names[0] : nil
  }

  /// "Luca Fortini", "Jean-Luc A. Picard": two to four capitalised words of letters; not a
  /// site name ("Academic", "Jane's Lab", "Homepage of Jane Doe").
  private static func isPersonName(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    return (2...4).contains(words.count) && words.allSatisfy { word in
      word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." }
    } && !words.contains { siteWords.contains(String($0)) }
  }

  /// Words of site titles that are not people's names ("Hugo Blox", "Academic Portfolio").
  private static let siteWords: Set<String> = [
    "Academic", "Blog", "Blox", "Group", "Homepage", "Hugo", "Lab", "Laboratory", "Page", "Personal", "Portfolio",
    "Research", "Site", "Website", "Wowchemy",
  ]

  /// Author slug → display name, from the profile pages among a page's companions.
  private static func profileNames(_ companions: [String: String]) -> [String: String] {
    var names: [String: String] = [:]
    for (path, text) in companions where path.hasPrefix(HugoSite.profilePrefix) {
      if let name = authorName(profile: text) { names[String(path.dropFirst(HugoSite.profilePrefix.count))] = name }
    }
    return names
  }
}
