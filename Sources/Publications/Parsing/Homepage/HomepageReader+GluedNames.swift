extension HomepageReader {
  /// Gives back the page's most frequent author where an entry glued the name to its title.
  ///
  /// "Chenyang Wang, Weizhong Wang, Jose Blanchet, Yiping Lu Simple Unbiased …": with no comma
  /// or full stop after the last name, no rule of one entry can tell where the names end. The
  /// page can: a careful reader knows the name that recurs in its entries (the owner's), and
  /// sees it opening a title that does not name that person among its authors.
  ///
  /// Diagnostics that quote a title the pass shortened quote the new title, so a warning names
  /// the entry as the result lists it; one saying the entry has no authors is dropped.
  ///
  /// - Complexity: linear in the number of authors on the page, plus one scan of the
  ///   diagnostics per separated entry.
  static func separateGluedNames(in result: inout ParseResult) {
    let separated = separatingGluedNames(result.publications)
    for (old, new) in zip(result.publications, separated) where old.title != new.title {
      // The entry has an author now: "names no authors" no longer holds.
      let noAuthors = Diagnostic.Message.missingAuthors(title: old.title).text
      result.diagnostics.removeAll { $0.message == noAuthors }
      let quoted = "\"\(old.title)\""
      for index in result.diagnostics.indices where result.diagnostics[index].message.contains(quoted) {
        result.diagnostics[index].message = result.diagnostics[index].message
          .replacingOccurrences(of: quoted, with: "\"\(new.title)\"")
      }
    }
    result.publications = separated
  }

  private static func separatingGluedNames(_ publications: [Publication]) -> [Publication] {
    guard let (key, name) = recurringName(in: publications) else { return publications }
    return publications.map { publication in
      guard !publication.authors.contains(where: { PersonName($0.name).key == key }),
        publication.title.hasPrefix(name + " ")
      else { return publication }
      let rest = String(publication.title.dropFirst(name.count + 1))
      guard rest.split(separator: " ").count >= 3, rest.first?.isUppercase == true else { return publication }
      var separated = publication
      separated.title = rest
      separated.authors.append(Person(name: name))
      separated.id = PublicationID.make(title: rest, year: publication.year)
      return separated
    }
  }

  /// The name key and the spelling of the person in at least three entries and half of those
  /// with authors; nil when no one is.
  private static func recurringName(in publications: [Publication]) -> (key: String, name: String)? {
    var counts: [String: (count: Int, name: String)] = [:]
    var withAuthors = 0
    for publication in publications where !publication.authors.isEmpty {
      withAuthors += 1
      var seen: Set<String> = []
      for author in publication.authors {
        let key = PersonName(author.name).key
        guard seen.insert(key).inserted else { continue }
        counts[key, default: (0, author.name)].count += 1
      }
    }
    // NB: ties go to the smaller key, so the answer never depends on hash order.
    guard let best = counts.max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) }),
      best.value.count >= 3, best.value.count * 2 >= withAuthors
    else { return nil }
    return (best.key, best.value.name)
  }
}
