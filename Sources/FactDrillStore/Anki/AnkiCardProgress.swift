import FactDrillKit
import Foundation

/// An imported card's scheduling and review log as Anki kept them (raw: the application layer
/// turns them into FSRS states), and where the card went in factdrill.
public struct AnkiCardProgress: Hashable, Sendable {
    /// One answer of Anki's review log.
    public struct Review: Hashable, Sendable {
        /// When it was given (Anki's id: milliseconds since 1970).
        public var at: Date
        /// 1 Again, 2 Hard, 3 Good, 4 Easy; 0 for a manual reschedule.
        public var ease: Int
        /// The interval given: days when positive, seconds when negative.
        public var interval: Int
        /// Milliseconds the answer took.
        public var durationMs: Int
        /// 0 learning, 1 review, 2 relearning, 3 filtered, 4 manual, 5 rescheduled.
        public var type: Int
    }

    /// The factdrill deck and card key it became.
    public var deckID: String
    public var cardKey: String
    /// Anki's card id, note guid, template ordinal and modification time (unix seconds).
    public var ankiID: Int64
    public var guid: String
    public var ord: Int
    public var modified: Int64
    /// Anki's scheduling fields: type (0 new, 1 learning, 2 review, 3 relearning), queue (-3/-2
    /// buried, -1 suspended, 0 new, 1/3 learning, 2 review), due (position, day number or unix
    /// seconds by queue), interval in days, ease factor, reps, lapses, learning steps left.
    public var type: Int
    public var queue: Int
    public var due: Int64
    public var interval: Int
    public var factor: Int
    public var reps: Int
    public var lapses: Int
    public var left: Int
    /// The card's `data` JSON: FSRS memory state (`s`, `d`), last review (`lrt`), desired retention (`dr`).
    public var data: String
    public var reviews: [Review]
}

/// An imported note as Anki has it, kept for re-imports and for exporting back to Anki.
public struct AnkiNoteRecord: Hashable, Sendable {
    public var guid: String
    public var notetype: AnkiNotetype
    public var fields: [String]
    public var tags: [String]
    public var modified: Int64
}

/// The Anki side of a package import: progress and notes, with the collection's day count.
public struct AnkiImportData: Hashable, Sendable {
    /// When the collection was created (day numbers count from then).
    public var created: Date
    /// The hour Anki's day starts (the collection's rollover, 4 by default).
    public var rolloverHour: Int
    public var cards: [AnkiCardProgress]
    public var notes: [AnkiNoteRecord]
}
