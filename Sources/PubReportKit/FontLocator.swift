import Foundation

/// Finds the bundled `fonts/` folder: `--fonts`, then `$PUBREPORT_FONTS`, then beside the
/// executable or up to four folders above it (`.build/release/pubreport` in a clone), then the
/// working folder.
package enum FontLocator {
  package static func locate(explicit: String? = nil) -> String {
    if let explicit { return explicit }
    if let environment = ProcessInfo.processInfo.environment["PUBREPORT_FONTS"], !environment.isEmpty {
      return environment
    }
    var directory = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
      .deletingLastPathComponent()
    for _ in 0..<5 {
      let candidate = directory.appendingPathComponent("fonts")
      if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("DejaVuSans.ttf").path) {
        return candidate.path
      }
      directory.deleteLastPathComponent()
    }
    return "fonts"
  }
}
