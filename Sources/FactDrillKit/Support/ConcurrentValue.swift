import Dispatch

/// A value worked out on another thread from the moment it is made; `value` waits for it.
///
/// For work that overlaps the caller's own (a file's fingerprint while its cards are written,
/// the next cards encoded while the last are stored): the caller reads `value` before it is done,
/// so the work never outlives it.
package final class ConcurrentValue<Value: Sendable>: @unchecked Sendable {
    // `@unchecked Sendable` because `result` is a `var` shared by two threads, which is safe
    // here: the worker writes it once, before it leaves `group`, and `value` reads it only after
    // waiting on `group` (leaving a group happens before a wait on it returns).
    private let group = DispatchGroup()
    private var result: Value?

    /// Starts `work` on a global queue.
    package init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async(group: group) { [self] in
            result = work()
        }
    }

    /// The value, once `work` has returned.
    package var value: Value {
        group.wait()
        guard let result else { preconditionFailure("the worker leaves the group after writing") }
        return result
    }
}
