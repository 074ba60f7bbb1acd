import FSRS
import FactDrillKit
import GRDB

// MARK: - Database

/// FSRS's states stored as their raw values (1 learning, 2 review, 3 relearning).
extension CardState: DatabaseValueConvertible {}

/// Ratings stored as their raw values (1 Again ... 4 Easy).
extension Rating: DatabaseValueConvertible {}

/// Verdicts stored as their raw values (`correct`, `close`, `wrong`).
extension Verdict: DatabaseValueConvertible {}

extension CardState {
    /// What `state` columns hold for a card never reviewed (FSRS has no such state).
    static let storedNew = 0

    /// The stored value of `state`: `storedNew` for nil (never reviewed), else the raw value.
    static func storedValue(of state: CardState?) -> Int {
        state?.rawValue ?? storedNew
    }

    /// The state a stored value names (nil for `storedNew`); nil for an unknown value.
    static func fromStored(_ value: Int) -> CardState?? {
        value == storedNew ? .some(nil) : CardState(rawValue: value).map { .some($0) }
    }
}
