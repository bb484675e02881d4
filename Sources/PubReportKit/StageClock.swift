import Foundation

/// Wall time and peak memory of each pipeline stage, printed to standard error as one JSON line
/// per stage when the environment variable `PUBREPORT_TIMINGS` is set: the hook `make bench`
/// reads to build its per-stage table. Silent otherwise, and never part of any output file.
package enum StageClock {
  static let isEnabled = ProcessInfo.processInfo.environment["PUBREPORT_TIMINGS"] != nil

  /// Runs `body`, reporting its wall time under `stage` when timings are on.
  @discardableResult
  package static func measure<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
    ProgressLine.shared.show(stage)
    defer { ProgressLine.shared.clear() }
    return try measureStep(stage, body)
  }

  /// Runs `body`, a step inside a stage, reporting its wall time as `stage` when timings are on
  /// (the progress line keeps showing the stage).
  @discardableResult
  static func measureStep<T>(_ step: String, _ body: () throws -> T) rethrows -> T {
    guard isEnabled else { return try body() }
    let start = now()
    let result = try body()
    report(step, since: start)
    return result
  }

  private static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

  private static func report(_ stage: String, since start: UInt64) {
    report(stage, seconds: Double(now() - start) / 1e9)
  }

  /// Prints a stage's line when timings are on.
  @Sendable static func report(_ stage: String, seconds: Double) {
    guard isEnabled else { return }
    let line = String(
      format: "{\"stage\": \"%@\", \"s\": %.4f, \"maxrss_mb\": %.1f, \"rss_mb\": %.1f}\n", stage, seconds,
      peakMemoryMegabytes(), residentMegabytes())
    FileHandle.standardError.write(Data(line.utf8))
  }

  /// The resident set size of this process now (the second field of /proc/self/statm, in
  /// pages), 0 where that file does not exist.
  static func residentMegabytes() -> Double {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
      let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
    else { return 0 }
    return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
  }

  /// The peak resident set size of this process so far.
  static func peakMemoryMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
  }
}
