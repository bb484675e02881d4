import Dispatch
import Foundation

/// How many threads pubreport uses where work splits cleanly (reading BibTeX entries, tokenizing
/// and clustering topics, drawing charts): 2 by default, the cores of the machine this is built
/// for; `PUBREPORT_THREADS=N` overrides it (1 runs everything on the calling thread). Every split
/// writes results in task order, so any thread count gives the same bytes (a test checks).
public enum Parallelism {
  public static let threads: Int = {
    guard let text = ProcessInfo.processInfo.environment["PUBREPORT_THREADS"], let value = Int(text) else { return 2 }
    return max(1, min(value, 64))
  }()

  /// Runs `body` for 0..<count: across threads when there is more than one, else in order.
  public static func forEach(_ count: Int, _ body: @Sendable (Int) -> Void) {
    if threads == 1 || count < 2 {
      for index in 0..<count { body(index) }
    } else {
      DispatchQueue.concurrentPerform(iterations: count, execute: body)
    }
  }
}
