import CCairo
import CairoRendering
import Figures
import Foundation
import Testing

/// Smoke tests of the backend: valid files, identical bytes, only the bundled fonts.
@Suite struct CairoRendererTests {
  static let fonts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("fonts").path

  static func scene() throws -> Scene {
    var spec = ChartSpec(
      name: "t", title: "Publications — Zoë, Ελένη, Пётр, 张伟", caption: "c",
      content: .categories(
        CategoryData(
          categories: ["2023", "2024"], series: [.init(name: "Conference", values: [1, 3], color: Palette.accent)],
          categoryAxisTitle: "Year", valueAxisTitle: "Publications")))
    spec.notes = ["A note."]
    return ChartLayout.layout(spec, measuring: try PangoTextEngine(fontsDirectory: fonts))
  }

  @Test func `png pdf and svg are valid and identical across renders`() throws {
    let scene = try Self.scene()
    for format in [CairoRenderer.Format.png(scale: 2), .pdf, .svg] {
      let first = try CairoRenderer(text: try PangoTextEngine(fontsDirectory: Self.fonts)).render(scene, as: format)
      let second = try CairoRenderer(text: try PangoTextEngine(fontsDirectory: Self.fonts)).render(scene, as: format)
      #expect(first == second, "\(format) differs between renders")
      switch format {
      case .png: #expect(first.starts(with: [0x89, 0x50, 0x4E, 0x47]))
      case .pdf: #expect(first.starts(with: Array("%PDF-".utf8)))
      case .svg: #expect(String(decoding: first, as: UTF8.self).contains("<svg"))
      }
    }
  }

  @Test func `png is drawn at twice the size in points`() throws {
    let data = try CairoRenderer(text: try PangoTextEngine(fontsDirectory: Self.fonts)).render(try Self.scene(), as: .png(scale: 2))
    let width = data[16..<20].reduce(0) { $0 << 8 | Int($1) }
    #expect(width == Int(ChartSize.standard.width * 2))
  }

  @Test func `png reads back with libpng as the pixels drawn`() throws {
    let data = try CairoRenderer(text: try PangoTextEngine(fontsDirectory: Self.fonts)).render(try Self.scene(), as: .png(scale: 1))
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("pubreport-\(UUID()).png").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try data.write(to: URL(fileURLWithPath: path))
    // cairo reads PNG through libpng: a second, independent decoder of our encoder's output.
    let surface = cairo_image_surface_create_from_png(path)
    defer { cairo_surface_destroy(surface) }
    #expect(cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS)
    #expect(Int(cairo_image_surface_get_width(surface)) == Int(ChartSize.standard.width))
    let pixels = try #require(cairo_image_surface_get_data(surface))
    #expect(Array(UnsafeBufferPointer(start: pixels, count: 4)) == [255, 255, 255, 255])  // the white corner
  }

  @Test func `rendering on two threads gives the bytes of one`() throws {
    let scene = try Self.scene()
    let jobs: [BatchRenderer.Job] = [.chart(scene, .png(scale: 2), title: "a"), .chart(scene, .svg, title: "b"),
      .chart(scene, .pdf, title: "c"), .document([scene, scene], title: "d")]
    let parallel = try BatchRenderer.render(jobs, fontsDirectory: Self.fonts, threads: 2).map { try $0.get() }
    let single = try BatchRenderer.render(jobs, fontsDirectory: Self.fonts, threads: 1).map { try $0.get() }
    #expect(parallel == single)
    #expect(parallel.count == 4)
  }

  @Test func `chinese names use the bundled fallback font`() throws {
    let engine = try PangoTextEngine(fontsDirectory: Self.fonts)
    let size = engine.measure("张伟", font: FontSpec(family: "DejaVu Sans", size: 10))
    // Two full-width glyphs: 2 em. A missing glyph would be a narrower hex box each.
    #expect(abs(size.width - 20) < 1)
  }

  @Test func `a folder without fonts is an error naming it`() {
    #expect(throws: RenderingError.fontsMissing(directory: "/nonexistent")) {
      try PangoTextEngine(fontsDirectory: "/nonexistent")
    }
  }
}
