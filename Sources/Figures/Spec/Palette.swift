import Publications

/// Colours for venue kinds: Okabe–Ito's colour-blind-safe set, assigned so that neighbours in
/// a stack differ strongly in lightness and the chart still reads when printed in grey.
///
/// Stacks also get thin white separators, so adjacent segments stay apart in any rendering.
package enum Palette {
  /// The colour of a venue kind.
  package static func color(for kind: Venue.Kind) -> Color {
    switch kind {
    case .conference: Color(hex: 0x0072B2)  // blue, dark
    case .journal: Color(hex: 0xE69F00)  // orange, light
    case .workshop: Color(hex: 0x009E73)  // green, mid
    case .preprint: Color(hex: 0xF0E442)  // yellow, lightest
    case .underReview: Color(hex: 0xCC79A7)  // purple, mid
    case .thesis: Color(hex: 0x56B4E9)  // sky, light
    case .other: Color(hex: 0x7F7F7F)  // grey
    }
  }

  /// Twelve distinct colours for categories with no order (topics): Okabe–Ito's seven without
  /// black, then four of Paul Tol's muted scheme, then grey; the first ones are the most
  /// distinct, and topics are numbered largest first.
  package static let categorical: [Color] = [
    0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0xF0E442, 0x882255, 0x44AA99, 0x999933, 0x332288, 0xAAAAAA,
  ].map { Color(hex: $0) }

  /// The colour of the category at `index`, repeating after twelve.
  package static func categoricalColor(_ index: Int) -> Color {
    categorical[index % categorical.count]
  }

  /// The accent for single-series charts.
  package static let accent = Color(hex: 0x0072B2)
}

extension Theme {
  /// The colour of a venue kind: the user's, else the palette's.
  package func color(for kind: Venue.Kind) -> Color {
    kindColors[kind.rawValue] ?? Palette.color(for: kind)
  }

  /// The colour of the topic at `index`: the user's list first, then the palette's.
  package func topicColor(_ index: Int) -> Color {
    index < topicColors.count ? topicColors[index] : Palette.categoricalColor(index - topicColors.count)
  }
}
