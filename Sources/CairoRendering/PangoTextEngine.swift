import CCairo
import CPango
import Figures
import Foundation

/// Measures and draws text with Pango, using only the fonts in one folder.
///
/// A private fontconfig holds just the bundled fonts, never the system's, so text is shaped the
/// same way (kerning, fallback to the bundled CJK font) on every machine. Owns C handles: one
/// engine per thread.
package final class PangoTextEngine: TextMeasuring {
  private let fontMap: UnsafeMutablePointer<PangoFontMap>
  private let context: OpaquePointer
  private var cache: [Key: TextSize] = [:]

  private struct Key: Hashable {
    var text: String
    var font: FontSpec
  }

  /// Loads every `.ttf` and `.otf` in `fontsDirectory`.
  ///
  /// - Throws: `RenderingError.fontsMissing` when the folder holds no font or one can't load.
  package init(fontsDirectory: String) throws {
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: fontsDirectory)) ?? [])
      .filter { $0.hasSuffix(".ttf") || $0.hasSuffix(".otf") }.sorted()
    guard !files.isEmpty, let config = FcConfigCreate() else {
      throw RenderingError.fontsMissing(directory: fontsDirectory)
    }
    defer { FcConfigDestroy(config) }
    for file in files {
      let path = (fontsDirectory as NSString).appendingPathComponent(file)
      let added = path.withCString { pointer in
        pointer.withMemoryRebound(to: FcChar8.self, capacity: path.utf8.count + 1) { FcConfigAppFontAddFile(config, $0) }
      }
      guard added == FcTrue else { throw RenderingError.fontsMissing(directory: fontsDirectory) }
    }
    guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
      throw RenderingError.cairo(operation: "creating the font map", status: "no FreeType support")
    }
    pango_fc_font_map_set_config(OpaquePointer(map), config)
    fontMap = map
    context = pango_font_map_create_context(map)
    let options = cairo_font_options_create()
    // Unhinted metrics: the same advances on PNG, PDF and SVG surfaces.
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
    pango_cairo_context_set_font_options(context, options)
    cairo_font_options_destroy(options)
    pango_context_set_round_glyph_positions(context, 0)
  }

  deinit {
    cpango_unref(UnsafeMutableRawPointer(context))
    cpango_unref(UnsafeMutableRawPointer(fontMap))
  }

  package func measure(_ text: String, font: FontSpec) -> TextSize {
    let key = Key(text: text, font: font)
    if let size = cache[key] { return size }
    let layout = makeLayout(text, font: font)
    defer { cpango_unref(UnsafeMutableRawPointer(layout)) }
    var width: Int32 = 0
    var height: Int32 = 0
    pango_layout_get_size(layout, &width, &height)
    let size = TextSize(width: Double(width) / Double(PANGO_SCALE), height: Double(height) / Double(PANGO_SCALE))
    cache[key] = size
    return size
  }

  /// Draws `item` on `cairo`, honouring its anchors and rotation.
  func draw(_ item: TextItem, on cairo: OpaquePointer) {
    let layout = makeLayout(item.string, font: item.font)
    defer { cpango_unref(UnsafeMutableRawPointer(layout)) }
    let size = measure(item.string, font: item.font)
    let dx: Double = switch item.horizontal {
    case .leading: 0
    case .center: -size.width / 2
    case .trailing: -size.width
    }
    let dy: Double = switch item.vertical {
    case .top: 0
    case .middle: -size.height / 2
    case .bottom: -size.height
    }
    cairo_save(cairo)
    cairo_translate(cairo, item.position.x, item.position.y)
    // Scene angles turn counter-clockwise; cairo's y axis points down.
    cairo_rotate(cairo, -item.angle * .pi / 180)
    cairo_set_source_rgba(cairo, item.color.red, item.color.green, item.color.blue, item.color.alpha)
    cairo_move_to(cairo, dx, dy)
    pango_cairo_update_context(cairo, context)
    pango_layout_context_changed(layout)
    pango_cairo_show_layout(cairo, layout)
    cairo_restore(cairo)
  }

  private func makeLayout(_ text: String, font: FontSpec) -> OpaquePointer {
    let layout = pango_layout_new(context)!
    let description = pango_font_description_new()!
    pango_font_description_set_family(description, font.family)
    pango_font_description_set_weight(description, font.isBold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
    pango_font_description_set_absolute_size(description, font.size * Double(PANGO_SCALE))
    pango_layout_set_font_description(layout, description)
    pango_font_description_free(description)
    pango_layout_set_text(layout, text, -1)
    return layout
  }
}
