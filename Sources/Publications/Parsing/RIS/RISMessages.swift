// The messages of the RIS reader.
extension Diagnostic.Message {
  package static let unclosedRISRecord = Self("record has no 'ER' before the end of the file; read as far as it goes")

  package static func risRecordWithoutTitle(type: String) -> Self {
    Self("record (\(type.isEmpty ? "no TY" : "TY \(type)")) has no title (TI, T1 or CT); skipped")
  }
}
