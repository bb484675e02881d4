extension Diagnostic.Message {
  package static func mojibakeRepaired(count: Int, encoding: String, example: String) -> Self {
    Self(
      "repaired \(count) mojibake sequence\(count == 1 ? "" : "s") "
        + "(UTF-8 that was once read as \(encoding)), first \(example)")
  }

  package static func invalidUTF8(count: Int) -> Self {
    Self("\(count) byte sequence\(count == 1 ? " is" : "s are") not valid UTF-8; replaced with U+FFFD")
  }

  package static func nulBytes(count: Int) -> Self {
    Self("\(count) NUL byte\(count == 1 ? "" : "s") removed")
  }
}
