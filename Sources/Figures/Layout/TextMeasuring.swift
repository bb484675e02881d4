/// The one thing layout needs from a backend: how big a string is in a font.
package protocol TextMeasuring {
  /// The logical size of `text` in `font`, in points.
  func measure(_ text: String, font: FontSpec) -> TextSize
}

package struct TextSize: Sendable, Hashable {
  package var width: Double
  package var height: Double

  package init(width: Double, height: Double) {
    self.width = width
    self.height = height
  }
}

/// A measurer where every character is `0.6 em` wide and lines are `1.2 em` high: layout tests
/// use it so they need no fonts.
package struct FixedWidthTextMeasurer: TextMeasuring, Sendable {
  package init() {}

  package func measure(_ text: String, font: FontSpec) -> TextSize {
    TextSize(width: Double(text.count) * font.size * 0.6, height: font.size * 1.2)
  }
}

extension TextItem {
  /// The box the text covers, before rotation, for overlap and clipping checks.
  package func bounds(measuring measurer: TextMeasuring) -> Rect {
    let size = measurer.measure(string, font: font)
    // Only horizontal text and quarter turns (counter-clockwise) are laid out.
    let rotated = abs(angle.truncatingRemainder(dividingBy: 180)) == 90
    let (w, h) = rotated ? (size.height, size.width) : (size.width, size.height)
    var x = position.x
    var y = position.y
    if rotated {
      // Text turned 90° counter-clockwise: its length runs up the page.
      switch horizontal {
      case .leading: y -= h
      case .center: y -= h / 2
      case .trailing: break
      }
      switch vertical {
      case .top: break
      case .middle: x -= w / 2
      case .bottom: x -= w
      }
    } else {
      switch horizontal {
      case .leading: break
      case .center: x -= w / 2
      case .trailing: x -= w
      }
      switch vertical {
      case .top: break
      case .middle: y -= h / 2
      case .bottom: y -= h
      }
    }
    return Rect(x: x, y: y, width: w, height: h)
  }
}
