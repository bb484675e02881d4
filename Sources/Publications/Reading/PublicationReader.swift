/// A reader of one kind of publication list: what it recognises, what it expects, and `read`.
///
/// Readers are registered in `ReaderRegistry.standard`; a new format is one folder holding its
/// reader and its messages, plus one line there (and its fuzz target). What every format shares —
/// theses left out, author lists cut, the same paper merged — is `ReadingPolicy`'s, applied once
/// after every reader has read.
public protocol PublicationReader: Sendable {
  /// The format's name.
  static var format: InputFormat { get }

  /// What a list of this kind holds, completing "no publications found (expected …)".
  static var expectedContent: String { get }

  /// How sure this reader is that `text`, read from `path`, is its kind.
  static func recognition(of text: String, path: String) -> InputFormat.Recognition

  /// The inputs this reader finds in a folder the user named (a site), read with `reading`;
  /// nil when the folder is not of its kind.
  ///
  /// - Parameter reading: reads and decodes one file as the command reads files (size limit,
  ///   encodings); it throws for a file that can't be used.
  /// - Throws: what `reading` throws for a file the folder can't do without.
  static func inputs(inFolder folder: String, reading: (String) throws -> ReaderInput) throws -> [ReaderInput]?

  init(context: ReadingContext)

  /// Reads every input of this kind, together (BibTeX files share `@string`s).
  ///
  /// - Returns: the publications in input order, the diagnostics, and the inputs that gave
  ///   none (`ParseResult.inputsWithoutPublications`), named as the user gave them.
  func read(_ inputs: consuming [ReaderInput]) -> ParseResult
}

extension PublicationReader {
  public static func inputs(inFolder folder: String, reading: (String) throws -> ReaderInput) throws -> [ReaderInput]? {
    nil
  }

  /// Reads one text named `file`.
  public func read(_ text: String, file: String) -> ParseResult {
    read([ReaderInput(name: file, text: text)])
  }

  /// The inputs whose name is no publication's source: the usual test of "gave nothing".
  static func inputsWithoutPublications(_ inputs: [ReaderInput], in result: ParseResult) -> [String] {
    let productive = Set(result.publications.map(\.source.file))
    return inputs.filter { !productive.contains($0.name) }.map(\.origin)
  }
}
