import CLibXML2

/// Named HTML entities in XML text, turned into numeric references XML knows.
///
/// DBLP's XML writes `&uuml;` and declares it in `dblp.dtd`; reading that DTD would mean
/// loading a file the user never gave (or the network), so the names are looked up in
/// libxml2's HTML entity table instead, which holds the same ISO Latin-1 and symbol sets.
enum HTMLEntities {
  /// `bytes` with every `&name;` that HTML knows and XML does not replaced by `&#NNN;`.
  ///
  /// - Complexity: O(n) in the length of the text.
  static func replacingNamedEntities(in bytes: [UInt8]) -> [UInt8] {
    guard bytes.contains(UInt8(ascii: "&")) else { return bytes }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "&"), let (name, end) = entityName(in: bytes, at: index),
        let code = codePoint(of: name)
      {
        result.append(contentsOf: Array("&#\(code);".utf8))
        index = end
      } else {
        result.append(bytes[index])
        index += 1
      }
    }
    return result
  }

  /// The letters and digits of `&name;` at `start`, and the index after its `;`.
  private static func entityName(in bytes: [UInt8], at start: Int) -> (String, Int)? {
    var end = start + 1
    while end < bytes.count, end - start <= 10, isNameByte(bytes[end]) { end += 1 }
    guard end < bytes.count, end > start + 1, bytes[end] == UInt8(ascii: ";") else { return nil }
    return (String(decoding: bytes[(start + 1)..<end], as: UTF8.self), end + 1)
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
      || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  /// The code point HTML gives `name`; nil for XML's own five and for names HTML lacks.
  private static func codePoint(of name: String) -> UInt32? {
    guard !["amp", "lt", "gt", "quot", "apos"].contains(name) else { return nil }
    guard let entity = htmlEntityLookup(name) else { return nil }
    return entity.pointee.value
  }
}
