import Foundation

/// Why JSONSerialization refused some bytes, and the line (1-based, within those bytes) it
/// points at when it says.
struct JSONFailure {
  var reason: String
  var line: Int

  init(_ error: Error, in bytes: ArraySlice<UInt8>) {
    var reason = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
    line = 1
    // NB: Foundation says where as "around character N", a byte offset; a line is what a user
    // can find.
    if let range = reason.range(of: #" around (line \d+, column \d+|character \d+)"#, options: .regularExpression) {
      let numbers = reason[range].split(whereSeparator: { !$0.isASCIIDigit }).compactMap { Int($0) }
      if reason[range].contains("line"), let first = numbers.first {
        line = first
      } else if let offset = numbers.first {
        line = 1 + bytes.prefix(offset).lazy.filter { $0 == UInt8(ascii: "\n") }.count
      }
      reason.removeSubrange(range)
    }
    if reason.hasSuffix(".") { reason.removeLast() }
    // NB: a file cut short is reported without a place; its end is where the user looks.
    if reason.contains("end of file") { line = 1 + bytes.lazy.filter { $0 == UInt8(ascii: "\n") }.count }
    self.reason = reason.prefix(1).lowercased() + reason.dropFirst()
  }
}
