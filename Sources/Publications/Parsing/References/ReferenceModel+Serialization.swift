import Foundation

/// The model as bytes, the form `ReferenceModelData` embeds in the binary.
///
/// Layout (little-endian): `PRM1`, the label count (1 byte), the weight scale (Float32), the
/// transition and start weights (Float32 each), the feature count (UInt32), then per feature its
/// id (UInt32), a mask of the labels it has a weight for (UInt32) and those weights as Int16
/// multiples of the scale. Weights that round to zero are left out, and so are features left
/// with none: the averaged perceptron gives most features a weight for two or three labels only.
extension ReferenceModel {
  package enum SerializationError: Error, CustomStringConvertible {
    case malformed(String)

    package var description: String {
      switch self {
      case .malformed(let what): "the reference model is damaged: \(what); rebuild it with 'make reference-model'"
      }
    }
  }

  private static let magic = Array("PRM1".utf8)

  /// The model as bytes, weights quantised to 16 bits.
  package func serialized() -> [UInt8] {
    var bytes = Self.magic
    bytes.append(UInt8(Self.labelCount))
    let rows = featureRows
    let largest = rows.flatMap(\.weights).map(abs).max() ?? 1
    let scale = max(largest, 1e-6) / 32_000
    append(scale.bitPattern, to: &bytes)
    for weight in transitions + starts { append(weight.bitPattern, to: &bytes) }
    var body: [UInt8] = []
    var kept: UInt32 = 0
    for row in rows {
      let quantised = row.weights.map { Int16(($0 / scale).rounded()) }
      var mask: UInt32 = 0
      for (label, value) in quantised.enumerated() where value != 0 { mask |= 1 << UInt32(label) }
      guard mask != 0 else { continue }
      kept += 1
      append(row.id, to: &body)
      append(mask, to: &body)
      for value in quantised where value != 0 { append(UInt16(bitPattern: value), to: &body) }
    }
    append(kept, to: &bytes)
    return bytes + body
  }

  /// Reads a model `serialized()` wrote.
  ///
  /// NB: straight into the table's flat arrays: building a row array per feature made loading
  /// the embedded model cost a tenth of a second, paid by every homepage run.
  ///
  /// - Throws: `SerializationError` when the bytes are not such a model.
  package init(serialized bytes: [UInt8]) throws {
    var reader = ByteReader(bytes: bytes)
    guard Array(try reader.take(4)) == Self.magic else { throw SerializationError.malformed("no PRM1 header") }
    let width = Int(try reader.take(1).first ?? 0)
    guard width == Self.labelCount else {
      throw SerializationError.malformed("\(width) labels where the code has \(Self.labelCount)")
    }
    let scale = Float(bitPattern: try reader.uint32())
    let transitions = try (0..<(width * width)).map { _ in Float(bitPattern: try reader.uint32()) }
    let starts = try (0..<width).map { _ in Float(bitPattern: try reader.uint32()) }
    let count = Int(try reader.uint32())
    guard count <= bytes.count / 8 else { throw SerializationError.malformed("\(count) features in \(bytes.count) bytes") }
    let capacity = Self.capacity(for: count)
    var slots = [UInt64](repeating: Self.emptySlot, count: capacity)
    var weights = [Float](repeating: 0, count: count * width)
    try reader.readRows(count: count, width: width, scale: scale) { row, id, label, weight in
      if label < 0 { Self.insert(id, row: row, into: &slots) } else { weights[row * width + label] = weight }
    }
    self.init(slots: slots, weights: weights, transitions: transitions, starts: starts)
  }

  /// The model embedded in pubreport, trained on AnyStyle's references (see `ReferenceModelData`).
  package static let standard: ReferenceModel = {
    let data = Data(base64Encoded: ReferenceModelData.base64, options: .ignoreUnknownCharacters) ?? Data()
    if data.isEmpty {
      let width = labelCount
      return ReferenceModel(rows: [], transitions: Array(repeating: 0, count: width * width), starts: Array(repeating: 0, count: width))
    }
    // NB: the embedded model is built and checked by `make reference-model` and the tests, so a
    // failure here is a build defect, not an input problem.
    do { return try ReferenceModel(serialized: [UInt8](data)) } catch { fatalError("\(error)") }
  }()

  private func append<Integer: FixedWidthInteger>(_ value: Integer, to bytes: inout [UInt8]) {
    withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
  }
}

/// Reads little-endian integers off a byte array, throwing at its end.
private struct ByteReader {
  let bytes: [UInt8]
  var offset = 0

  mutating func take(_ count: Int) throws -> ArraySlice<UInt8> {
    guard offset + count <= bytes.count else { throw ReferenceModel.SerializationError.malformed("it ends early") }
    defer { offset += count }
    return bytes[offset..<(offset + count)]
  }

  mutating func uint32() throws -> UInt32 {
    guard offset + 4 <= bytes.count else { throw ReferenceModel.SerializationError.malformed("it ends early") }
    defer { offset += 4 }
    return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
      | UInt32(bytes[offset + 3]) << 24
  }

  /// Reads `count` feature rows, calling `visit(row, id, label, weight)` once per row with
  /// label -1 after its id, then once per stored weight.
  ///
  /// NB: one bounds check per row on raw memory: reading the megabyte of embedded weights a
  /// value at a time through throwing accessors was the largest single cost of a homepage run.
  mutating func readRows(
    count: Int, width: Int, scale: Float, visit: (_ row: Int, _ id: UInt32, _ label: Int, _ weight: Float) -> Void
  ) throws {
    try bytes.withUnsafeBytes { raw in
      for row in 0..<count {
        guard offset + 8 <= raw.count else { throw ReferenceModel.SerializationError.malformed("it ends early") }
        let id = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
        let mask = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
        offset += 8
        guard offset + 2 * mask.nonzeroBitCount <= raw.count else {
          throw ReferenceModel.SerializationError.malformed("it ends early")
        }
        visit(row, id, -1, 0)
        for label in 0..<width where mask & (1 << UInt32(label)) != 0 {
          let value = Int16(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: Int16.self))
          offset += 2
          visit(row, id, label, Float(value) * scale)
        }
      }
    }
  }
}
