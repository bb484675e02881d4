/// An sRGB colour with alpha, components in 0…1.
package struct Color: Sendable, Hashable, Codable {
  package var red: Double
  package var green: Double
  package var blue: Double
  package var alpha: Double

  package init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
    self.red = red
    self.green = green
    self.blue = blue
    self.alpha = alpha
  }

  /// A colour from `0xRRGGBB`.
  package init(hex: UInt32, alpha: Double = 1) {
    self.init(
      red: Double((hex >> 16) & 0xFF) / 255, green: Double((hex >> 8) & 0xFF) / 255,
      blue: Double(hex & 0xFF) / 255, alpha: alpha)
  }

  package static let black = Color(hex: 0x000000)
  package static let white = Color(hex: 0xFFFFFF)
  /// Text and axes: near-black reads softer on screen and prints black.
  package static let ink = Color(hex: 0x222222)
  package static let mutedInk = Color(hex: 0x555555)
  package static let grid = Color(hex: 0xDDDDDD)
}
