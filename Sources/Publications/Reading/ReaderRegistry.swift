/// Every reader pubreport has, in reading order.
///
/// NB: the order is the order publications come out in (and so which listing of a paper read
/// twice is kept): Hugo sites, then homepages, BibTeX and CSL-JSON, as before there was a registry.
public enum ReaderRegistry {
  public static let standard: [any PublicationReader.Type] = [
    HugoReader.self,
    HomepageReader.self,
    BibTeXReader.self,
    CSLJSONReader.self,
    ReferenceListReader.self,
    LaTeXCVReader.self,
    RISReader.self,
    OpenAlexReader.self,
    DBLPReader.self,
    ORCIDReader.self,
  ]

  /// The reader for `text` named `path`: the most sure one; on a tie, the first registered.
  public static func reader(for text: String, path: String) -> any PublicationReader.Type {
    var best: (any PublicationReader.Type)?
    var bestRecognition = InputFormat.Recognition.no
    for reader in standard {
      let recognition = reader.recognition(of: text, path: path)
      if recognition > bestRecognition {
        best = reader
        bestRecognition = recognition
      }
    }
    return best ?? HomepageReader.self
  }

  /// The reader for `format`.
  public static func reader(named format: InputFormat) -> (any PublicationReader.Type)? {
    standard.first { $0.format == format }
  }
}
