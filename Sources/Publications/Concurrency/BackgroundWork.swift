import Dispatch

/// Work started on another thread now and waited for later: a stage that needs nothing from
/// the stages after it (topics need only the publications) runs beside them, so the serial
/// parts of each fill the other core.
///
/// With `Parallelism.threads` at 1 the work runs at once on the calling thread. The value is
/// whatever `work` returns, whichever thread ran it, so outputs never change.
///
/// NB: a queue's `async`, not `concurrentPerform`: work inside a `concurrentPerform` iteration
/// that splits again gets no extra threads from libdispatch, and both the work and the caller
/// split their own loops across the cores.
public struct BackgroundWork<Value: Sendable>: Sendable {
  private let group = DispatchGroup()
  private let slot = ResultSlots<Value>(count: 1)

  /// Starts `work`.
  public init(_ work: @escaping @Sendable () -> Value) {
    guard Parallelism.threads > 1 else {
      slot.store(work(), at: 0)
      return
    }
    let slot = slot
    DispatchQueue.global().async(group: group) { slot.store(work(), at: 0) }
  }

  /// The work's result, waiting for it when it is still running.
  public var value: Value {
    group.wait()
    // NB: the group's wait orders the store before this read; the slot is always filled.
    return slot.values[0]
  }
}
