import Dispatch

/// Lets go of a large value on a background thread. Freeing the 100,000 cards of a big import
/// (their strings, texts and lists, one by one) took 40 ms at the end of `factdrill import`,
/// with the work already done: now the command returns at once, and a process that lives on
/// (the REPL) still gets the memory back.
enum BackgroundRelease {
    /// Releases `value` on a utility-priority queue.
    static func release<Value: Sendable>(_ value: consuming Value) {
        let held = value
        DispatchQueue.global(qos: .utility).async {
            withExtendedLifetime(held) {}
        }
    }
}
