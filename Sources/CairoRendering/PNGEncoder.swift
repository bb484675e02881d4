import CZlib
import Foundation

/// Encodes 8-bit pixels as PNG (ISO/IEC 15948): an opaque image as RGB, one with transparency
/// as RGBA; every row with the "Up" filter, deflated by zlib at a fast level.
///
/// Hand-written: cairo's own PNG writer offers no compression setting and spends a third of a
/// whole report run in libpng's slowest one; libpng's C API reports errors by `longjmp`, which
/// Swift cannot catch. Charts are large flat areas, so "Up" plus a fast deflate level gives files
/// within a few percent of the slow setting in a fraction of the time. Deterministic: the same
/// pixels give the same bytes.
enum PNGEncoder {
  /// Pixels as cairo stores ARGB32: premultiplied, one 32-bit word per pixel in native order.
  struct Image {
    var width: Int
    var height: Int
    var stride: Int
    var pixels: UnsafeBufferPointer<UInt8>
  }

  static func encode(_ image: Image) throws -> Data {
    let isOpaque = (0..<image.height).allSatisfy { row in
      (0..<image.width).allSatisfy { image.pixels[row * image.stride + $0 * 4 + 3] == 255 }
    }
    let channels = isOpaque ? 3 : 4
    var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    var header = Data()
    header.appendBigEndian(UInt32(image.width))
    header.appendBigEndian(UInt32(image.height))
    header.append(contentsOf: [8, isOpaque ? 2 : 6, 0, 0, 0])  // depth, colour type, deflate, filter, no interlace
    png.appendChunk("IHDR", header)
    png.appendChunk("IDAT", try deflate(filteredRows(image, channels: channels)))
    png.appendChunk("IEND", Data())
    return png
  }

  /// Each row as a filter byte (2, "Up") and the difference from the row above.
  private static func filteredRows(_ image: Image, channels: Int) -> [UInt8] {
    let rowLength = image.width * channels
    var output = [UInt8](repeating: 0, count: image.height * (rowLength + 1))
    var previous = [UInt8](repeating: 0, count: rowLength)
    var current = [UInt8](repeating: 0, count: rowLength)
    for row in 0..<image.height {
      let source = image.pixels[(row * image.stride)...]
      current.withUnsafeMutableBufferPointer { current in
        if channels == 3 {
          // NB: opaque, so nothing to unpremultiply: the hot path of every chart.
          for column in 0..<image.width {
            let (pixel, target) = (source.startIndex + column * 4, column * 3)
            // Little-endian ARGB32: bytes are B, G, R, A.
            current[target] = source[pixel + 2]
            current[target + 1] = source[pixel + 1]
            current[target + 2] = source[pixel]
          }
        } else {
          for column in 0..<image.width {
            let (pixel, target) = (source.startIndex + column * 4, column * 4)
            let alpha = source[pixel + 3]
            current[target] = unpremultiplied(source[pixel + 2], alpha)
            current[target + 1] = unpremultiplied(source[pixel + 1], alpha)
            current[target + 2] = unpremultiplied(source[pixel], alpha)
            current[target + 3] = alpha
          }
        }
      }
      let start = row * (rowLength + 1)
      output[start] = 2
      output.withUnsafeMutableBufferPointer { output in
        current.withUnsafeBufferPointer { current in
          previous.withUnsafeBufferPointer { previous in
            for index in 0..<rowLength { output[start + 1 + index] = current[index] &- previous[index] }
          }
        }
      }
      swap(&previous, &current)
    }
    return output
  }

  private static func unpremultiplied(_ value: UInt8, _ alpha: UInt8) -> UInt8 {
    guard alpha != 255, alpha != 0 else { return value }
    return UInt8(min(255, (Int(value) * 255 + Int(alpha) / 2) / Int(alpha)))
  }

  private static func deflate(_ bytes: [UInt8]) throws -> Data {
    var length = compressBound(uLong(bytes.count))
    var output = [UInt8](repeating: 0, count: Int(length))
    let status = bytes.withUnsafeBufferPointer { input in
      compress2(&output, &length, input.baseAddress, uLong(bytes.count), 3)
    }
    guard status == Z_OK else { throw RenderingError.cairo(operation: "compressing the PNG", status: "zlib error \(status)") }
    return Data(output.prefix(Int(length)))
  }
}

extension Data {
  fileprivate mutating func appendBigEndian(_ value: UInt32) {
    append(contentsOf: [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)])
  }

  /// Length, type, data, and the CRC-32 of type and data.
  fileprivate mutating func appendChunk(_ type: String, _ data: Data) {
    appendBigEndian(UInt32(data.count))
    let typed = Data(type.utf8) + data
    append(typed)
    let crc = typed.withUnsafeBytes { crc32(0, $0.bindMemory(to: UInt8.self).baseAddress, uInt(typed.count)) }
    appendBigEndian(UInt32(crc))
  }
}
