/// A reader whose files are independent (each JSON, XML or RIS export stands alone), reading
/// with the venue catalogue only: it writes `read(file:named:)`, and gets the context
/// initialiser and the reading of many inputs from here.
public protocol FileByFileReader: PublicationReader {
  init(catalog: VenueCatalog)

  /// Reads one file's text, named `file` in sources and diagnostics.
  func read(file text: String, named file: String) -> ParseResult
}

extension FileByFileReader {
  public init(context: ReadingContext) {
    self.init(catalog: context.catalog)
  }

  /// Reads each file by itself, in order.
  public func read(_ inputs: consuming [ReaderInput]) -> ParseResult {
    var result = ParseResult()
    for index in inputs.indices { result.append(read(file: inputs[index].text, named: inputs[index].name)) }
    result.inputsWithoutPublications = Self.inputsWithoutPublications(inputs, in: result)
    return result
  }
}
