/// "1 publication", "2 publications": a number with its noun in the right number.
///
/// - Parameters:
///   - singular: the noun for one.
///   - plural: the noun for any other count; `singular` + "s" when nil.
package func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
  "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
}
