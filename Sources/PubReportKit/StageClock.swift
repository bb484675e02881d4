import Foundation

/// Wall time and peak memory of each pipeline stage, printed to standard error as one JSON line
/// per stage when the environment variable `PUBREPORT_TIMINGS` is set: the hook `make bench`
/// reads to build its per-stage table. Silent otherwise, and never part of any output file.
public enum StageClock {
  static let isEnabled = ProcessInfo.processInfo.environment["PUBREPORT_TIMINGS"] != nil

  /// Runs `body`, reporting its wall time under `stage` when timings are on.
  @discardableResult
  public static func measure<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
    ProgressLine.shared.show(stage)
    defer { ProgressLine.shared.clear() }
    guard isEnabled else { return try body() }
    let start = now()
    let result = try body()
    report(stage, since: start)
    return result
  }

  private static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

  /// Prints the stage's line when timings are on.
  private static func report(_ stage: String, since start: UInt64) {
    guard isEnabled else { return }
    let seconds = Double(now() - start) / 1e9
    let line = String(format: "{\"stage\": \"%@\", \"s\": %.4f, \"maxrss_mb\": %.1f}\n", stage, seconds, peakMemoryMegabytes())
    FileHandle.standardError.write(Data(line.utf8))
  }

  /// The peak resident set size of this process so far.
  static func peakMemoryMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
  }
}
