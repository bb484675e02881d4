/// Reads a LaTeX CV: the `\item`s and `\bibitem`s of its publications sections, each a formatted
/// reference (`LaTeXCVItems`), read by the reference reader.
public struct LaTeXCVReader: PublicationReader {
  public static let format = InputFormat("latex-cv")
  public static let expectedContent = "\\item or \\bibitem references under a section such as \\section{Publications}"

  public var catalog: VenueCatalog
  /// Longer items are skipped with a warning (`ReadingLimits.entryLength`).
  public var maximumEntryLength: Int

  public init(catalog: VenueCatalog = .standard, maximumEntryLength: Int = ReadingLimits.standard.entryLength) {
    self.catalog = catalog
    self.maximumEntryLength = maximumEntryLength
  }

  public init(context: ReadingContext) {
    self.init(catalog: context.catalog, maximumEntryLength: context.limits.entryLength)
  }

  /// Sure of a `.tex` file, and of LaTeX whose first lines hold `\documentclass`.
  public static func recognition(of text: String, path: String) -> InputFormat.Recognition {
    if path.lowercased().hasSuffix(".tex") { return .likely }
    return text.prefix(2_000).contains("\\documentclass") ? .likely : .no
  }

  public func read(_ inputs: consuming [ReaderInput]) -> ParseResult {
    var result = ParseResult()
    for index in inputs.indices {
      let items = LaTeXCVItems(inputs[index].text).items
      result.append(ReferenceItemReader(catalog: catalog, maximumLength: maximumEntryLength).read(items, file: inputs[index].name))
    }
    result.inputsWithoutPublications = Self.inputsWithoutPublications(inputs, in: result)
    return result
  }
}
