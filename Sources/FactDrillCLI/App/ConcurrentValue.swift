import Dispatch

/// A value worked out on another thread from the moment it is made; `value` waits for it.
final class ConcurrentValue<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Written once by the worker before `group` is left; read only after waiting on it.
    private var result: Value?

    /// Starts `work` on a global queue.
    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async(group: group) { [self] in
            result = work()
        }
    }

    /// The value, once `work` has returned.
    var value: Value {
        group.wait()
        guard let result else { preconditionFailure("the worker leaves the group after writing") }
        return result
    }
}
