import Foundation
import CairoRendering

/// A file format the charts are drawn in, as `--formats` and `formats:` name it.
package enum ChartFormat: String, Sendable, Hashable, CaseIterable {
  case png, pdf, svg

  /// The renderer's format; PNG at `pngScale` pixels per point.
  package func rendererFormat(pngScale: Double) -> CairoRenderer.Format {
    switch self {
    case .png: .png(scale: pngScale)
    case .pdf: .pdf
    case .svg: .svg
    }
  }

  /// The formats in a comma-separated list such as `png,pdf`.
  ///
  /// - Throws: `PubReportError.badFormat` naming the first word that is no format.
  package static func list(_ text: String) throws -> [ChartFormat] {
    try text.split(separator: ",").map { try named(String($0)) }
  }

  /// The format called `name` (any case, spaces around ignored).
  ///
  /// - Throws: `PubReportError.badFormat` when it is none.
  package static func named(_ name: String) throws -> ChartFormat {
    guard let format = ChartFormat(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased()) else {
      throw PubReportError.badFormat(name)
    }
    return format
  }
}

/// A chart width as written on the command line: `16cm`, `160mm` or `6.3in`.
package struct ChartWidth: Sendable, Hashable {
  package var centimetres: Double

  /// The widths charts can be laid out at.
  package static let supportedCentimetres = 4.0...60.0

  package init?(_ text: String) {
    let compact = text.lowercased().filter { !$0.isWhitespace }
    for (suffix, factor) in [("cm", 1.0), ("mm", 0.1), ("in", 2.54)] where compact.hasSuffix(suffix) {
      if let value = Double(compact.dropLast(suffix.count)), Self.supportedCentimetres.contains(value * factor) {
        centimetres = value * factor
        return
      }
    }
    return nil
  }
}
