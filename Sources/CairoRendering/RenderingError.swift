/// Why a chart could not be drawn.
package enum RenderingError: Error, Sendable, Equatable, CustomStringConvertible {
  case fontsMissing(directory: String)
  case cairo(operation: String, status: String)

  package var description: String {
    switch self {
    case .fontsMissing(let directory):
      "can't load the bundled fonts from '\(directory)'; the folder must hold pubreport's fonts/ "
        + "(DejaVuSans.ttf …); pass --fonts DIR"
    case .cairo(let operation, let status):
      "cairo failed while \(operation): \(status)"
    }
  }
}
