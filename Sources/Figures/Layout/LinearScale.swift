import Foundation

/// Maps counts to positions and chooses "nice" integer ticks (1, 2, 5 × 10ⁿ steps).
struct LinearScale {
  var domainMax: Double
  var rangeStart: Double
  var rangeEnd: Double
  var ticks: [Double]

  /// A scale from 0 to at least `maximum`, with about `targetTicks` integer ticks.
  init(maximum: Double, rangeStart: Double, rangeEnd: Double, targetTicks: Int = 5) {
    let step = Self.niceStep(for: max(maximum, 1), targetTicks: targetTicks)
    let top = (max(maximum, 1) / step).rounded(.up) * step
    domainMax = top
    self.rangeStart = rangeStart
    self.rangeEnd = rangeEnd
    ticks = stride(from: 0, through: top + step / 2, by: step).map { $0 }
  }

  /// The smallest of 1, 2, 5, 10, 20, 50 … that gives at most `targetTicks` intervals.
  static func niceStep(for maximum: Double, targetTicks: Int) -> Double {
    var magnitude = 1.0
    while true {
      for factor in [1.0, 2.0, 5.0] {
        let step = factor * magnitude
        if maximum / step <= Double(targetTicks) { return step }
      }
      magnitude *= 10
    }
  }

  func position(_ value: Double) -> Double {
    rangeStart + (rangeEnd - rangeStart) * value / domainMax
  }
}

extension Double {
  /// Counts print without a decimal point.
  var countLabel: String {
    self == rounded() ? String(Int(self)) : String(format: "%.1f", self)
  }
}
