import FSRS
import Foundation
import GRDB

// MARK: - Database

/// The schedule columns, as in `card_schedule` (suffix "") and in the review log's before and
/// after copies (suffixes `_before`, `_after`).
extension ScheduleState {
    /// The columns of a schedule with `suffix`.
    struct Columns {
        let state, step, stability, difficulty, due, lastReview, reps, lapses: Column

        init(suffix: String) {
            state = Column("state" + suffix)
            step = Column("step" + suffix)
            stability = Column("stability" + suffix)
            difficulty = Column("difficulty" + suffix)
            due = Column("due" + suffix)
            lastReview = Column("last_review" + suffix)
            reps = Column("reps" + suffix)
            lapses = Column("lapses" + suffix)
        }

        /// `card_schedule`'s own columns.
        static let current = Columns(suffix: "")
        /// The review log's copy before the answer.
        static let before = Columns(suffix: "_before")
        /// The review log's copy after the answer.
        static let after = Columns(suffix: "_after")
    }

    /// Reads the schedule columns named by `columns`; throws on a state no factdrill writes.
    init(row: Row, _ columns: Columns, or fail: (String) -> StoreError) throws {
        let stored: Int = row[columns.state]
        guard let state = CardState.fromStored(stored) else { throw fail("unknown state \(stored)") }
        self.init(
            state: state, step: row[columns.step], stability: row[columns.stability],
            difficulty: row[columns.difficulty], due: Date(unixSeconds: row[columns.due]),
            lastReview: (row[columns.lastReview] as Double?).map(Date.init(unixSeconds:)),
            reps: row[columns.reps], lapses: row[columns.lapses])
    }

    /// Writes the schedule into `container` under `columns`.
    func encode(to container: inout PersistenceContainer, _ columns: Columns) {
        container[columns.state] = CardState.storedValue(of: state)
        container[columns.step] = step
        container[columns.stability] = stability
        container[columns.difficulty] = difficulty
        container[columns.due] = due.unixSeconds
        container[columns.lastReview] = lastReview?.unixSeconds
        container[columns.reps] = reps
        container[columns.lapses] = lapses
    }

    /// The assignments that write this schedule to `columns` (for `updateAll`).
    func assignments(_ columns: Columns) -> [ColumnAssignment] {
        [
            columns.state.set(to: CardState.storedValue(of: state)), columns.step.set(to: step),
            columns.stability.set(to: stability), columns.difficulty.set(to: difficulty),
            columns.due.set(to: due.unixSeconds), columns.lastReview.set(to: lastReview?.unixSeconds),
            columns.reps.set(to: reps), columns.lapses.set(to: lapses),
        ]
    }
}
