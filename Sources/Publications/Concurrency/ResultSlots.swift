import Synchronization

/// One slot per task for work split across threads: each task writes only its own slot, and the
/// values come back in task order, so the result does not depend on which thread finished first.
public final class ResultSlots<Value: Sendable>: Sendable {
  private let slots: Mutex<[Value?]>

  public init(count: Int) {
    slots = Mutex(Array(repeating: nil, count: count))
  }

  public func store(_ value: Value, at index: Int) {
    slots.withLock { $0[index] = value }
  }

  /// Every stored value in slot order (call after all tasks finished).
  public var values: [Value] {
    slots.withLock { $0.compactMap { $0 } }
  }
}
