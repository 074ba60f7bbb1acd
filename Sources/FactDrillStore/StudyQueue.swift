/// The cards to study now, as queue entries (their content is read when shown).
public struct StudyQueue: Sendable, Hashable {
    /// Learning, review and relearning cards due now, most overdue first (review-state cards
    /// limited by what remains of the day's review limit).
    public var due: [QueuedCard]
    /// New cards in deck order, up to what remains of the day's new-card limit.
    public var new: [QueuedCard]

    /// Creates a queue.
    public init(due: [QueuedCard], new: [QueuedCard]) {
        self.due = due
        self.new = new
    }

    /// Whether there is nothing to study.
    public var isEmpty: Bool { due.isEmpty && new.isEmpty }
}
