import Publications

/// Colours for venue kinds: Okabe–Ito's colour-blind-safe set, assigned so that neighbours in
/// a stack differ strongly in lightness and the chart still reads when printed in grey.
///
/// Stacks also get thin white separators, so adjacent segments stay apart in any rendering.
public enum Palette {
  /// The colour of a venue kind.
  public static func color(for kind: Venue.Kind) -> Color {
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

  /// The accent for single-series charts.
  public static let accent = Color(hex: 0x0072B2)
}
