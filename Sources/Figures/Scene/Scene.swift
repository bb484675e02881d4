/// A chart laid out: a display list in absolute points, origin top-left, y down.
///
/// A backend draws it item by item; nothing in it needs a layout decision. Tests compare
/// scenes as values or as `description` text dumps.
package struct Scene: Sendable, Hashable, Codable {
  package var width: Double
  package var height: Double
  package var items: [Item]

  package init(width: Double, height: Double, items: [Item] = []) {
    self.width = width
    self.height = height
    self.items = items
  }

  /// One drawing instruction.
  package enum Item: Sendable, Hashable, Codable {
    case rect(Rect, fill: Color, stroke: Stroke?)
    case polyline([Point], stroke: Stroke)
    case circle(center: Point, radius: Double, fill: Color)
    case text(TextItem)
  }
}

package struct Point: Sendable, Hashable, Codable {
  package var x: Double
  package var y: Double

  package init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }
}

package struct Rect: Sendable, Hashable, Codable {
  package var x: Double
  package var y: Double
  package var width: Double
  package var height: Double

  package init(x: Double, y: Double, width: Double, height: Double) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }

  package var maxX: Double { x + width }
  package var maxY: Double { y + height }

  /// Whether the two rectangles share any area.
  package func intersects(_ other: Rect) -> Bool {
    x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
  }

  /// Whether `other` lies entirely inside.
  package func contains(_ other: Rect) -> Bool {
    other.x >= x - 0.01 && other.y >= y - 0.01 && other.maxX <= maxX + 0.01 && other.maxY <= maxY + 0.01
  }
}

package struct Stroke: Sendable, Hashable, Codable {
  package var color: Color
  package var width: Double
  /// Dash and gap lengths; empty for solid.
  package var dash: [Double]

  package init(color: Color, width: Double, dash: [Double] = []) {
    self.color = color
    self.width = width
    self.dash = dash
  }
}

/// A run of text placed by an anchor point.
package struct TextItem: Sendable, Hashable, Codable {
  package enum HorizontalAnchor: String, Sendable, Hashable, Codable { case leading, center, trailing }
  package enum VerticalAnchor: String, Sendable, Hashable, Codable { case top, middle, bottom }

  package var string: String
  package var position: Point
  package var horizontal: HorizontalAnchor
  package var vertical: VerticalAnchor
  /// Rotation in degrees, counter-clockwise, about `position`.
  package var angle: Double
  package var font: FontSpec
  package var color: Color

  package init(
    _ string: String, at position: Point, horizontal: HorizontalAnchor = .leading,
    vertical: VerticalAnchor = .top, angle: Double = 0, font: FontSpec, color: Color = .ink
  ) {
    self.string = string
    self.position = position
    self.horizontal = horizontal
    self.vertical = vertical
    self.angle = angle
    self.font = font
    self.color = color
  }
}

package struct FontSpec: Sendable, Hashable, Codable {
  package var family: String
  package var size: Double
  package var isBold: Bool

  package init(family: String, size: Double, isBold: Bool = false) {
    self.family = family
    self.size = size
    self.isBold = isBold
  }
}
