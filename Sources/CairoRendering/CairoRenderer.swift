import CCairo
import Figures
import Foundation

/// Draws a `Scene` to PNG, PDF or SVG bytes: one code path over three Cairo surfaces.
///
/// Output is deterministic: PDF dates are fixed through cairo's metadata API (cairo 1.16
/// ignores SOURCE_DATE_EPOCH) and SVG surface ids, which come from a process-wide counter, are
/// renumbered.
package final class CairoRenderer {
  /// An output format.
  package enum Format: Sendable, Hashable {
    /// ARGB PNG at `scale` pixels per point (2 for HiDPI screens).
    case png(scale: Double)
    case pdf
    case svg

    /// The file extension.
    package var fileExtension: String {
      switch self {
      case .png: "png"
      case .pdf: "pdf"
      case .svg: "svg"
      }
    }
  }

  /// Fixed creation and modification date written into every PDF.
  package static let pdfDate = "2000-01-01T00:00:00Z"

  private let text: PangoTextEngine

  package init(text: PangoTextEngine) {
    self.text = text
  }

  /// The bytes of `scene` in `format`.
  ///
  /// - Parameter title: the PDF document title.
  /// - Throws: `RenderingError.cairo` when a surface fails.
  package func render(_ scene: Scene, as format: Format, title: String = "") throws -> Data {
    let sink = ByteSink()
    let surface = try makeSurface(scene, format: format, sink: sink, title: title)
    defer { cairo_surface_destroy(surface) }
    let cairo = cairo_create(surface)!
    if case .png(let scale) = format { cairo_scale(cairo, scale, scale) }
    for item in scene.items { draw(item, on: cairo) }
    cairo_destroy(cairo)
    switch format {
    case .png:
      cairo_surface_flush(surface)
      try check(cairo_surface_status(surface), "drawing the PNG")
      return try Self.pngData(of: surface)
    case .pdf, .svg:
      cairo_surface_finish(surface)
      try check(cairo_surface_status(surface), "finishing the \(format.fileExtension.uppercased())")
    }
    if case .svg = format { return Self.normalisingSurfaceIDs(sink.data) }
    return sink.data
  }

  /// The image surface's pixels as PNG bytes.
  private static func pngData(of surface: OpaquePointer) throws -> Data {
    let width = Int(cairo_image_surface_get_width(surface))
    let height = Int(cairo_image_surface_get_height(surface))
    let stride = Int(cairo_image_surface_get_stride(surface))
    guard let data = cairo_image_surface_get_data(surface) else {
      throw RenderingError.cairo(operation: "reading the PNG pixels", status: "no data")
    }
    let pixels = UnsafeBufferPointer(start: data, count: stride * height)
    return try PNGEncoder.encode(PNGEncoder.Image(width: width, height: height, stride: stride, pixels: pixels))
  }

  /// One multi-page vector PDF of `pages` (each page sized to its scene), fonts embedded.
  package func renderPDF(pages: [Scene], title: String) throws -> Data {
    guard let first = pages.first else { return Data() }
    let sink = ByteSink()
    let surface = try makeSurface(first, format: .pdf, sink: sink, title: title)
    defer { cairo_surface_destroy(surface) }
    for page in pages {
      cairo_pdf_surface_set_size(surface, page.width, page.height)
      let cairo = cairo_create(surface)!
      for item in page.items { draw(item, on: cairo) }
      cairo_show_page(cairo)
      cairo_destroy(cairo)
    }
    cairo_surface_finish(surface)
    try check(cairo_surface_status(surface), "finishing the PDF")
    return sink.data
  }

  private func makeSurface(_ scene: Scene, format: Format, sink: ByteSink, title: String) throws -> OpaquePointer {
    let closure = Unmanaged.passUnretained(sink).toOpaque()
    let surface: OpaquePointer
    switch format {
    case .png(let scale):
      surface = cairo_image_surface_create(
        CAIRO_FORMAT_ARGB32, Int32((scene.width * scale).rounded(.up)), Int32((scene.height * scale).rounded(.up)))
    case .pdf:
      surface = cairo_pdf_surface_create_for_stream(ByteSink.write, closure, scene.width, scene.height)
      cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, Self.pdfDate)
      cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, Self.pdfDate)
      cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
      cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "pubreport")
    case .svg:
      surface = cairo_svg_surface_create_for_stream(ByteSink.write, closure, scene.width, scene.height)
      cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PT)
    }
    let status = cairo_surface_status(surface)
    guard status == CAIRO_STATUS_SUCCESS else {
      cairo_surface_destroy(surface)
      throw RenderingError.cairo(operation: "creating the surface", status: String(cString: cairo_status_to_string(status)))
    }
    return surface
  }

  private func draw(_ item: Scene.Item, on cairo: OpaquePointer) {
    switch item {
    case .rect(let rect, let fill, let stroke):
      cairo_rectangle(cairo, rect.x, rect.y, rect.width, rect.height)
      setColor(fill, on: cairo)
      if let stroke {
        cairo_fill_preserve(cairo)
        apply(stroke, on: cairo)
        cairo_stroke(cairo)
      } else {
        cairo_fill(cairo)
      }
    case .polyline(let points, let stroke):
      guard let first = points.first else { return }
      cairo_move_to(cairo, first.x, first.y)
      for point in points.dropFirst() { cairo_line_to(cairo, point.x, point.y) }
      apply(stroke, on: cairo)
      cairo_stroke(cairo)
    case .circle(let center, let radius, let fill):
      cairo_new_sub_path(cairo)
      cairo_arc(cairo, center.x, center.y, radius, 0, 2 * .pi)
      setColor(fill, on: cairo)
      cairo_fill(cairo)
    case .text(let item):
      text.draw(item, on: cairo)
    }
  }

  private func setColor(_ color: Color, on cairo: OpaquePointer) {
    cairo_set_source_rgba(cairo, color.red, color.green, color.blue, color.alpha)
  }

  private func apply(_ stroke: Stroke, on cairo: OpaquePointer) {
    setColor(stroke.color, on: cairo)
    cairo_set_line_width(cairo, stroke.width)
    cairo_set_line_join(cairo, CAIRO_LINE_JOIN_ROUND)
    stroke.dash.withUnsafeBufferPointer { cairo_set_dash(cairo, $0.baseAddress, Int32($0.count), 0) }
  }

  private func check(_ status: cairo_status_t, _ operation: String) throws {
    guard status == CAIRO_STATUS_SUCCESS else {
      throw RenderingError.cairo(operation: operation, status: String(cString: cairo_status_to_string(status)))
    }
  }

  /// Renumbers `id="surfaceN"` (and references to it) from 1 in order of appearance.
  ///
  /// NB: on bytes: cairo's SVG is ASCII around these ids, and a Foundation search per id made
  /// this the slowest step of writing an SVG.
  static func normalisingSurfaceIDs(_ data: Data) -> Data {
    let bytes = [UInt8](data)
    let word = Array("surface".utf8)
    var mapping: [ArraySlice<UInt8>: [UInt8]] = [:]
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      guard bytes[index] == word[0], bytes[index...].starts(with: word) else {
        result.append(bytes[index])
        index += 1
        continue
      }
      result += word
      index += word.count
      let start = index
      while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
      guard index > start else { continue }
      let digits = bytes[start..<index]
      let id = mapping[digits] ?? Array("\(mapping.count + 1)".utf8)
      mapping[digits] = id
      result += id
    }
    return Data(result)
  }
}

/// Collects the bytes cairo streams out.
private final class ByteSink {
  var data = Data()

  static let write: cairo_write_func_t = { closure, bytes, length in
    guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
    sink.data.append(bytes, count: Int(length))
    return CAIRO_STATUS_SUCCESS
  }
}
