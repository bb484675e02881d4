import Foundation
import Publications

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Labelled references read from AnyStyle's XML (`<dataset><sequence><author>…</author>…`).
struct TrainingSet {
  /// One reference: its words and each word's label.
  struct Reference {
    var text: String
    var tokens: ReferenceTokens
    var labels: [Int]
    /// The labelled segments as written, for field-level evaluation.
    var segments: [(label: ReferenceLabel, text: String)]
  }

  var references: [Reference]

  /// Reads the references of `file`; a segment whose element no label stands for is a note.
  init(contentsOf file: String) throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: file))
    let reader = SequenceReader()
    let parser = XMLParser(data: data)
    parser.delegate = reader
    guard parser.parse() else {
      throw TrainerError.unreadable(file, parser.parserError.map { "\($0)" } ?? "not XML")
    }
    // NB: a reference whose segments tokenise differently once joined (a segment ending inside
    // what reads as one word with the next) cannot be labelled word by word; it is left out.
    references = reader.sequences.map(Self.reference(of:)).filter { $0.tokens.count == $0.labels.count }
  }

  init(references: [Reference]) {
    self.references = references
  }

  private static func reference(of segments: [(tag: String, text: String)]) -> Reference {
    var labelled: [(label: ReferenceLabel, text: String)] = []
    var labels: [Int] = []
    for segment in segments {
      let label = ReferenceLabel(anyStyleTag: segment.tag) ?? .note
      let words = ReferenceTokens(segment.text).count
      guard words > 0 else { continue }
      labels += Array(repeating: Int(label.rawValue), count: words)
      labelled.append((label, segment.text.trimmingCharacters(in: .whitespacesAndNewlines)))
    }
    let text = labelled.map(\.text).joined(separator: " ")
    return Reference(text: text, tokens: ReferenceTokens(text), labels: labels, segments: labelled)
  }

  /// `folds` disjoint parts, reference `i` in part `i % folds`.
  func split(fold: Int, of folds: Int) -> (training: TrainingSet, heldOut: TrainingSet) {
    let indexed = references.enumerated()
    return (
      TrainingSet(references: indexed.filter { $0.offset % folds != fold }.map(\.element)),
      TrainingSet(references: indexed.filter { $0.offset % folds == fold }.map(\.element))
    )
  }
}

enum TrainerError: Error, CustomStringConvertible {
  case unreadable(String, String)

  var description: String {
    switch self {
    case .unreadable(let file, let why): "can't read training data \(file): \(why)"
    }
  }
}

/// Collects each `<sequence>`'s child elements and their text.
private final class SequenceReader: NSObject, XMLParserDelegate {
  var sequences: [[(tag: String, text: String)]] = []
  private var current: [(tag: String, text: String)] = []
  private var tag: String?
  private var text = ""

  func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
    switch name {
    case "dataset": return
    case "sequence": current = []
    default:
      tag = name
      text = ""
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if tag != nil { text += string }
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    if name == "sequence" {
      sequences.append(current)
    } else if let open = tag, open == name {
      current.append((open, text))
      tag = nil
    }
  }
}
