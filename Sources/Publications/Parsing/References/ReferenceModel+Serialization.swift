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
    var rows: [(id: UInt32, weights: [Float])] = []
    rows.reserveCapacity(count)
    for _ in 0..<count {
      let id = try reader.uint32()
      let mask = try reader.uint32()
      var weights = [Float](repeating: 0, count: width)
      for label in 0..<width where mask & (1 << UInt32(label)) != 0 {
        weights[label] = Float(Int16(bitPattern: try reader.uint16())) * scale
      }
      rows.append((id, weights))
    }
    self.init(rows: rows, transitions: transitions, starts: starts)
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
    try take(4).reversed().reduce(0) { $0 << 8 | UInt32($1) }
  }

  mutating func uint16() throws -> UInt16 {
    try take(2).reversed().reduce(0) { $0 << 8 | UInt16($1) }
  }
}
