import Analysis
import Foundation
import Publications
import Yams

/// Reads a people alias file (YAML). Two shapes are accepted:
///
///     Xinyin Ma: [X. Ma, Ma Xinyin]            # canonical name → variants
///
///     adams:                                   # al-folio _data/coauthors.yml
///       - firstname: ["Edwin", "E.", "E. P."]
///         url: https://…
package enum AliasFile {
  package static func load(_ path: String) throws -> NameAliases {
    NameAliases(try variants(path))
  }

  /// The file as canonical name → variants.
  package static func variants(_ path: String) throws -> [String: [String]] {
    guard let data = FileManager.default.contents(atPath: path) else { throw PubReportError.fileNotFound(path: path) }
    let text = String(decoding: data, as: UTF8.self)
    let document: Any?
    do {
      document = try SafeYAML.load(text)
    } catch {
      let problem = SafeYAML.problem(error)
      throw PubReportError.badAliases(path: path, reason: "is not valid YAML on line \(problem.line): \(problem.message)")
    }
    guard let map = document as? [String: Any] else {
      throw PubReportError.badAliases(path: path, reason: "must be a mapping from a canonical name to its variants")
    }
    var variants: [String: [String]] = [:]
    for (key, value) in map {
      if let list = value as? [String] {
        variants[key] = list
      } else if let people = value as? [[String: Any]] {
        // al-folio: the key is the last name; each person lists first-name spellings.
        for person in people {
          let firsts = (person["firstname"] as? [String]) ?? (person["firstname"] as? String).map { [$0] } ?? []
          guard let canonicalFirst = firsts.max(by: { $0.count < $1.count }) else { continue }
          let last = key.prefix(1).uppercased() + key.dropFirst()
          variants["\(canonicalFirst) \(last)", default: []] += firsts.map { "\($0) \(last)" }
        }
      } else if let single = value as? String {
        variants[key, default: []].append(single)
      } else {
        throw PubReportError.badAliases(path: path, reason: "'\(key)' must list its variants")
      }
    }
    return variants
  }
}
