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

  /// `transform` of 0..<count, in index order: computed across threads when there is more than
  /// one, else in order on the calling thread. Each task writes only its own slot, so the result
  /// never depends on which thread finished first.
  public static func map<Value: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> Value) -> [Value] {
    guard threads > 1, count > 1 else { return (0..<count).map(transform) }
    let slots = ResultSlots<Value>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { slots.store(transform($0), at: $0) }
    return slots.values
  }

  /// `transform` of each of `parts` contiguous ranges that split 0..<`count`, in order (see
  /// `map(_:_:)`). The ranges depend only on `count` and `parts`, never on the thread count.
  public static func map<Value: Sendable>(
    _ count: Int, inParts parts: Int, _ transform: @Sendable (Range<Int>) -> Value
  ) -> [Value] {
    map(parts) { part in transform(range(part, of: parts, splitting: count)) }
  }

  /// The `part`-th of `parts` contiguous ranges that split 0..<`count` as evenly as integers allow.
  public static func range(_ part: Int, of parts: Int, splitting count: Int) -> Range<Int> {
    (count * part / parts)..<(count * (part + 1) / parts)
  }
}
