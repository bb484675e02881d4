import Foundation
import Synchronization

/// One line on standard error naming the stage a long run is in ("pubreport: topics… 3.2 s"),
/// shown while a stage runs, only when standard error is a terminal and the run has taken more
/// than half a second; `--quiet` turns it off. It is cleared when the stage ends, before anything
/// else is printed, so it never mixes with warnings or lands in a log file.
package final class ProgressLine: Sendable {
  package static let shared = ProgressLine()

  private struct State {
    var isEnabled = false
    var isShowing = false
    var start = DispatchTime.now().uptimeNanoseconds
  }

  private let state = Mutex(State())

  /// Turns the line on when standard error is a terminal (and `quiet` is false).
  package func enable(quiet: Bool) {
    let terminal = isatty(STDERR_FILENO) == 1
    state.withLock {
      $0.isEnabled = terminal && !quiet
      $0.start = DispatchTime.now().uptimeNanoseconds
    }
  }

  /// Shows that `stage` has begun.
  package func show(_ stage: String) {
    state.withLock { state in
      guard state.isEnabled else { return }
      let elapsed = Double(DispatchTime.now().uptimeNanoseconds - state.start) / 1e9
      guard elapsed > 0.5 else { return }
      FileHandle.standardError.write(Data(String(format: "\r\u{1B}[Kpubreport: %@… %.1f s", stage, elapsed).utf8))
      state.isShowing = true
    }
  }

  /// Removes the line, if shown.
  package func clear() {
    state.withLock { state in
      guard state.isShowing else { return }
      FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
      state.isShowing = false
    }
  }
}
