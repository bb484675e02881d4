/// The owner an al-folio site names in its `_config.yml`, for the `_bibliography/papers.bib`
/// beside it.
///
/// jekyll-scholar highlights the names `scholar: last_name: […] first_name: […]` give on every
/// entry of the rendered list, and al-folio's `first_name:`/`last_name:` name the site's owner.
/// The BibTeX file itself emphasises nobody, so without these a list whose owner and two
/// supervisors are on every paper (A-Big-Tortoise.github.io: the owner, Jiayu Chen, is first on
/// one of four) has no way to tell them apart.
public enum JekyllSiteOwner {
  /// The companion key of a site's configuration (see `ReaderInput.companions`).
  public static let configKey = "../_config.yml"

  /// The names the configuration gives the site's owner: the site's own name, and the
  /// scholar plugin's highlighted name unless it is still the template's ("Albert Einstein").
  static func names(inConfig text: String) -> [String] {
    guard let map = (try? SafeYAML.load(text)) as? [String: Any] else { return [] }
    var names: [String] = []
    let parts = ["first_name", "middle_name", "last_name"].compactMap { (map[$0] as? String)?.trimmed() }.filter { !$0.isEmpty }
    if parts.count >= 2 { names.append(parts.joined(separator: " ")) }
    if let scholar = map["scholar"] as? [String: Any], let last = firstString(scholar["last_name"]),
      let first = firstString(scholar["first_name"]), last != "Einstein"
    {
      names.append("\(first) \(last)")
    }
    return names
  }

  /// A string, or the first of a list of them (`last_name: [Einstein]`).
  private static func firstString(_ value: Any?) -> String? {
    let text = (value as? String) ?? (value as? [Any])?.first.map { "\($0)" }
    return text?.trimmed().isEmpty == false ? text?.trimmed() : nil
  }

  /// Marks as emphasised, as the rendered list shows them, the authors of `publications` read
  /// from `file` who are one of `owners`, written out or by initials ("Gong, H." for Heyang
  /// Gong, 1587causalai.github.io).
  ///
  /// NB: "first_name: Yang, last_name: Sheng" for Sheng Yang (20000yshust.github.io): a
  /// two-word name is tried family name first when written as given it is on no paper.
  static func highlight(_ owners: [String], in publications: inout [Publication], from file: String) {
    guard !mark(owners, in: &publications, from: file) else { return }
    let swapped = owners.compactMap { owner -> String? in
      let words = owner.split(separator: " ")
      return words.count == 2 ? "\(words[1]) \(words[0])" : nil
    }
    mark(swapped, in: &publications, from: file)
  }

  /// Emphasises the authors who are one of `owners`; whether any is.
  @discardableResult
  private static func mark(_ owners: [String], in publications: inout [Publication], from file: String) -> Bool {
    let keys = Set(owners.map(\.matchingKey))
    let fullNames = owners.map(PersonName.init)
    guard !keys.isEmpty else { return false }
    func isOwner(_ name: String) -> Bool {
      if keys.contains(name.matchingKey) { return true }
      let written = PersonName(name)
      return written.isInitialsOnly && fullNames.contains { written.couldAbbreviate($0) }
    }
    var marked = false
    for index in publications.indices where publications[index].source.file == file {
      for author in publications[index].authors.indices where isOwner(publications[index].authors[author].name) {
        publications[index].authors[author].isHighlighted = true
        marked = true
      }
    }
    return marked
  }
}
