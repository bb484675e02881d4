extension String {
  /// Whether `other` is this text with one character changed, added or removed ("baues",
  /// "bauer"); false for equal texts.
  ///
  /// - Complexity: O(n), one pass over both texts.
  package func isOneEditAway(from other: String) -> Bool {
    let (x, y) = (Array(self), Array(other))
    guard abs(x.count - y.count) <= 1, x != y else { return false }
    var i = 0
    var j = 0
    var edits = 0
    while i < x.count && j < y.count {
      if x[i] == y[j] {
        i += 1
        j += 1
        continue
      }
      edits += 1
      if edits > 1 { return false }
      if x.count > y.count { i += 1 } else if y.count > x.count { j += 1 } else {
        i += 1
        j += 1
      }
    }
    return edits + (x.count - i) + (y.count - j) == 1
  }
}
