import Foundation

/// The items of a CSL-JSON array that is not valid JSON as a whole, cut apart so that one
/// damaged item (a hand edit, a stray quote, a download cut short) costs only itself.
///
/// Hand-written: JSONSerialization stops at the first error and returns nothing. The cut is by
/// brackets outside strings, so an item whose brackets do not match may take its neighbours
/// with it; they are then reported together, at its line. A stray quote upsets the count only
/// to the end of its line (JSON strings hold no line breaks): in pretty-printed files, as Zotero
/// and pandoc write them, with braces on lines of their own, it costs only its item.
enum CSLJSONItems {
  /// One top-level value of the array: its bytes and the line it starts on.
  struct Piece {
    var bytes: ArraySlice<UInt8>
    var line: Int
    /// False when the file ends inside it.
    var isClosed: Bool
  }

  /// The array's values in order, or nil when the text is not an array.
  ///
  /// - Complexity: O(n) in the length of the text.
  static func split(_ bytes: [UInt8]) -> [Piece]? {
    guard let open = bytes.firstIndex(where: { !isSpace($0) }), bytes[open] == UInt8(ascii: "[") else { return nil }
    var pieces: [Piece] = []
    var line = 1 + bytes[..<open].lazy.filter { $0 == UInt8(ascii: "\n") }.count
    var depth = 0
    var start = open
    var startLine = 1
    var isInString = false
    var isEscaped = false
    for index in (open + 1)..<bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\n") {
        line += 1
        // NB: a JSON string never holds a raw line break, so a stray quote stops at its line.
        (isInString, isEscaped) = (false, false)
      }
      if isInString {
        if isEscaped { isEscaped = false } else if byte == UInt8(ascii: "\\") { isEscaped = true } else if byte == UInt8(ascii: "\"") { isInString = false }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""):
        if depth == 0 { (start, startLine) = (index, line) }
        isInString = true
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        if depth == 0 { (start, startLine) = (index, line) }
        depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        guard depth > 0 else {
          if byte == UInt8(ascii: "]") { return pieces }  // the array's own end
          continue  // a stray `}` between items: the file is reported as damaged between them
        }
        depth -= 1
        if depth == 0 { pieces.append(Piece(bytes: bytes[start...index], line: startLine, isClosed: true)) }
      default:
        break
      }
    }
    if depth > 0 || isInString { pieces.append(Piece(bytes: bytes[start...], line: startLine, isClosed: false)) }
    return pieces
  }

  /// Where a damaged document's list starts: its own `[` when it is a list, else the first `[`
  /// after the keys, found in turn (`"results"` of an OpenAlex page; `"works"` then `"group"`
  /// of an ORCID record, whose fundings have groups too).
  static func listStart(in bytes: [UInt8], keys: String...) -> Int? {
    guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return nil }
    if bytes[first] == UInt8(ascii: "[") { return first }
    var position = 0
    for key in keys {
      let quoted = Array("\"\(key)\"".utf8)
      guard bytes.count - position > quoted.count,
        let found = (position...(bytes.count - quoted.count)).first(where: { bytes[$0..<($0 + quoted.count)].elementsEqual(quoted) })
      else { return nil }
      position = found + quoted.count
    }
    return bytes[position...].firstIndex(of: UInt8(ascii: "["))
  }

  /// The whole values of the list starting at `start`, each with its line in the whole text.
  static func split(_ bytes: [UInt8], from start: Int) -> [Piece]? {
    let lineOffset = bytes[..<start].lazy.filter { $0 == UInt8(ascii: "\n") }.count
    return split(Array(bytes[start...]))?.map { piece in
      var moved = piece
      moved.line += lineOffset
      return moved
    }
  }

  /// The object a piece holds; nil, with a warning at its line, when it is cut short or not
  /// a JSON object.
  static func object(of piece: Piece, file: String, diagnostics: inout [Diagnostic]) -> [String: Any]? {
    let location = SourceLocation(file: file, line: piece.line)
    guard piece.isClosed else {
      diagnostics.append(Diagnostic(at: location, .unclosedJSONItem))
      return nil
    }
    guard let object = try? JSONSerialization.jsonObject(with: Data(piece.bytes)) as? [String: Any] else {
      diagnostics.append(Diagnostic(at: location, .invalidJSONItem(reason: "not a JSON object")))
      return nil
    }
    return object
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\t")
  }
}
