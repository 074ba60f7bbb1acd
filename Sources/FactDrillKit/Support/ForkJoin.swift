import Dispatch

/// Fork-join for synchronous code: work items run at once on other threads and the calling one,
/// and the caller goes on when all of them have returned, with their results in order.
///
/// No work outlives the call, so what the items borrow from the caller stays valid for all of
/// it; the items share only what is `Sendable`.
package enum ForkJoin {
    /// `[body(0), body(1), …, body(count - 1)]`, worked out at once (`body(0)` on the calling
    /// thread, each other on its own).
    package static func map<Value: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) -> Value) -> [Value] {
        guard count > 1 else { return count == 1 ? [body(0)] : [] }
        let others = (1..<count).map { index in ConcurrentValue { body(index) } }
        var values = [body(0)]
        values.reserveCapacity(count)
        for other in others { values.append(other.value) }
        return values
    }

    /// Hands `produce(0)`, `produce(1)`, …, `produce(count - 1)` to `consume` in order, each produced on
    /// another thread while the one before is consumed on the calling thread (a two-stage
    /// pipeline, one step apart, so at most two steps' values are held at once). When `consume`
    /// throws, the step being produced is waited for before the error is rethrown.
    package static func pipeline<Value: Sendable>(
        _ count: Int, produce: @escaping @Sendable (Int) -> Value,
        consume: (Value) throws -> Void
    ) rethrows {
        guard count > 0 else { return }
        var next = ConcurrentValue { produce(0) }
        defer { _ = next.value }
        for step in 0..<count {
            let current = next.value
            if step + 1 < count { next = ConcurrentValue { produce(step + 1) } }
            try consume(current)
        }
    }
}
