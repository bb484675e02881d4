import Analysis
import Foundation
import Publications

/// The data files of the grant-report pack: publications as CSV and as clean BibTeX, and the
/// collaborators as CSV in the shape funders ask for (name, joint publications, last active).
package enum DataExports {
  /// `data/publications.csv`: one row per publication.
  package static func publicationsCSV(_ publications: [Publication]) -> String {
    var lines = ["id,year,title,venue,kind,authors,owners,notes,link,source"]
    for p in publications {
      let fields = [
        p.id, p.year.map(String.init) ?? "", p.title, p.venue?.name ?? "", p.venue?.kind.displayName ?? "",
        p.authors.map(\.name).joined(separator: "; ") + (p.isAuthorListTruncated ? "; et al." : ""),
        p.owners.map(\.name).joined(separator: "; "), p.notes.joined(separator: "; "), p.links.paper ?? "", p.source.description,
      ]
      lines.append(fields.map(GraphExport.csvField).joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `data/collaborators.csv`: the owners' co-authors, most joint publications first.
  package static func collaboratorsCSV(_ collaborators: Collaborators) -> String {
    (["name,joint_publications,first_year,last_active"]
      + collaborators.rows.map { row in
        [row.name, String(row.jointPublications), row.firstYear.map(String.init) ?? "", row.lastYear.map(String.init) ?? ""]
          .map(GraphExport.csvField).joined(separator: ",")
      }).joined(separator: "\n") + "\n"
  }

  /// `data/coa.csv`: co-authors of the 48 months up to `endYear`, in the columns of NSF's
  /// Collaborators and Other Affiliations table 4 (affiliations are not in publication lists, so
  /// that column is left for the researcher), alphabetical by last name.
  package static func coaCSV(_ collaborators: Collaborators, endYear: Int) -> String {
    let recent = collaborators.rows.filter { ($0.lastYear ?? Int.min) >= endYear - 3 }
      .sorted { (PersonName($0.name).familyKey, $0.name) < (PersonName($1.name).familyKey, $1.name) }
    return (["type,name,organizational_affiliation,optional_email_department,last_active"]
      + recent.map { row in
        ["A:", row.name, "", "", row.lastYear.map(String.init) ?? ""].map(GraphExport.csvField).joined(separator: ",")
      }).joined(separator: "\n") + "\n"
  }

  /// `data/publications.bib`: clean BibTeX (braced values, LaTeX specials escaped).
  package static func bibTeX(_ publications: [Publication]) -> String {
    publications.map { p in
      let type: String = switch p.venue?.kind {
      case .conference, .workshop: "inproceedings"
      case .journal: "article"
      default: "misc"
      }
      var fields = [("title", "{" + latex(p.title) + "}")]
      if !p.authors.isEmpty {
        fields.append(("author", p.authors.map { latex($0.name) }.joined(separator: " and ") + (p.isAuthorListTruncated ? " and others" : "")))
      }
      if let venue = p.venue {
        let field = switch venue.kind {
        case .conference, .workshop: "booktitle"
        case .journal: "journal"
        default: "howpublished"
        }
        fields.append((field, latex(venue.name)))
      }
      if let year = p.year { fields.append(("year", String(year))) }
      if let url = p.links.paper { fields.append(("url", url)) }
      let key = p.id.filter { $0.isLetter || $0.isNumber || "-_:.".contains($0) }
      return "@\(type){\(key.isEmpty ? "entry" : key),\n" + fields.map { "  \($0.0) = {\($0.1)}" }.joined(separator: ",\n") + "\n}\n"
    }.joined(separator: "\n")
  }

  private static func latex(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&", "%", "$", "#", "_": result += "\\" + String(character)
      case "{": result += "\\{"
      case "}": result += "\\}"
      case "\\": result += "\\textbackslash{}"
      case "~": result += "\\textasciitilde{}"
      case "^": result += "\\textasciicircum{}"
      default: result.append(character)
      }
    }
    return result
  }
}
