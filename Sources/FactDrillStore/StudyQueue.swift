/// The cards to study now.
public struct StudyQueue: Sendable, Hashable {
    /// Learning, review and relearning cards due now, most overdue first (review-state cards
    /// limited by what remains of the day's review limit).
    public var due: [StoredCard]
    /// New cards in deck order, up to what remains of the day's new-card limit.
    public var new: [StoredCard]

    /// Creates a queue.
    public init(due: [StoredCard], new: [StoredCard]) {
        self.due = due
        self.new = new
    }

    /// Whether there is nothing to study.
    public var isEmpty: Bool { due.isEmpty && new.isEmpty }
}
