/// A chart laid out: a display list in absolute points, origin top-left, y down.
///
/// A backend draws it item by item; nothing in it needs a layout decision. Tests compare
/// scenes as values or as `description` text dumps.
public struct Scene: Sendable, Hashable, Codable {
  public var width: Double
  public var height: Double
  public var items: [Item]

  public init(width: Double, height: Double, items: [Item] = []) {
    self.width = width
    self.height = height
    self.items = items
  }

  /// One drawing instruction.
  public enum Item: Sendable, Hashable, Codable {
    case rect(Rect, fill: Color, stroke: Stroke?)
    case polyline([Point], stroke: Stroke)
    case circle(center: Point, radius: Double, fill: Color)
    case text(TextItem)
  }
}

public struct Point: Sendable, Hashable, Codable {
  public var x: Double
  public var y: Double

  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }
}

public struct Rect: Sendable, Hashable, Codable {
  public var x: Double
  public var y: Double
  public var width: Double
  public var height: Double

  public init(x: Double, y: Double, width: Double, height: Double) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }

  public var maxX: Double { x + width }
  public var maxY: Double { y + height }

  /// Whether the two rectangles share any area.
  public func intersects(_ other: Rect) -> Bool {
    x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
  }

  /// Whether `other` lies entirely inside.
  public func contains(_ other: Rect) -> Bool {
    other.x >= x - 0.01 && other.y >= y - 0.01 && other.maxX <= maxX + 0.01 && other.maxY <= maxY + 0.01
  }
}

public struct Stroke: Sendable, Hashable, Codable {
  public var color: Color
  public var width: Double
  /// Dash and gap lengths; empty for solid.
  public var dash: [Double]

  public init(color: Color, width: Double, dash: [Double] = []) {
    self.color = color
    self.width = width
    self.dash = dash
  }
}

/// A run of text placed by an anchor point.
public struct TextItem: Sendable, Hashable, Codable {
  public enum HorizontalAnchor: String, Sendable, Hashable, Codable { case leading, center, trailing }
  public enum VerticalAnchor: String, Sendable, Hashable, Codable { case top, middle, bottom }

  public var string: String
  public var position: Point
  public var horizontal: HorizontalAnchor
  public var vertical: VerticalAnchor
  /// Rotation in degrees, counter-clockwise, about `position`.
  public var angle: Double
  public var font: FontSpec
  public var color: Color

  public init(
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

public struct FontSpec: Sendable, Hashable, Codable {
  public var family: String
  public var size: Double
  public var isBold: Bool

  public init(family: String, size: Double, isBold: Bool = false) {
    self.family = family
    self.size = size
    self.isBold = isBold
  }
}
