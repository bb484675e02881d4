import Synchronization

/// One slot per task of `Parallelism.map`: each task writes only its own slot, and the values
/// come back in task order, so the result does not depend on which thread finished first.
final class ResultSlots<Value: Sendable>: Sendable {
  private let slots: Mutex<[Value?]>

  init(count: Int) {
    slots = Mutex(Array(repeating: nil, count: count))
  }

  func store(_ value: Value, at index: Int) {
    slots.withLock { $0[index] = value }
  }

  /// Every stored value in slot order (call after all tasks finished).
  var values: [Value] {
    slots.withLock { $0.compactMap { $0 } }
  }
}
