import FactDrillKit
import Foundation
import GRDB

/// What to study, and the decks there are.
extension StudyDatabase {
    /// The cards to study now in `deck` (all decks when nil): learning, review and relearning
    /// cards due by `now`, most overdue first, then new cards in deck order spread over facts. Suspended, buried
    /// and retired cards are left out. Limits count what was done since `dayStart` in the same
    /// scope: new cards first reviewed today count against `newCards`, reviews of review-state
    /// cards against `reviews`; learning and relearning steps are never held back. The entries
    /// carry no content: `card(id:)` reads a card when it is shown.
    public func studyQueue(deck: String?, now: Date, dayStart: Date, limits: DailyLimits) throws -> StudyQueue {
        try readMapped("building the study queue") { db in
            let done = try doneToday(db, deck: deck, dayStart: dayStart)
            let filter = Self.studiableFilter(deck: deck)
            let base: [DatabaseValue] = [now.unixSeconds.databaseValue] + (deck.map { [$0.databaseValue] } ?? [])
            // Every due learning card, in no order: `due` below sorts them with the reviews.
            let learning = try fetchQueued(
                db,
                sql: """
                    SELECT \(QueuedCard.selection) FROM \(StoredCard.source)
                    WHERE s.state IN (1, 3) AND s.due <= ? AND \(filter)
                    """, arguments: [now.unixSeconds.databaseValue] + base)
            let reviewsLeft = max(0, limits.reviews - done.reviews)
            let reviews = try fetchQueued(
                db,
                sql: """
                    SELECT \(QueuedCard.selection) FROM \(StoredCard.source)
                    WHERE s.state = 2 AND s.due <= ? AND \(filter) ORDER BY s.due, s.card_id LIMIT ?
                    """, arguments: [now.unixSeconds.databaseValue] + base + [reviewsLeft.databaseValue])
            let newLeft = max(0, limits.newCards - done.new)
            // New cards spread over facts: from a window of candidates in deck order, the first
            // card of each fact, then the second of each, ... so one day's new cards cover many
            // facts instead of asking one fact four ways.
            let candidates = try fetchQueued(
                db,
                sql: """
                    SELECT \(QueuedCard.selection) FROM \(StoredCard.source)
                    WHERE s.state = 0 AND \(filter) ORDER BY s.due, s.card_id LIMIT ?
                    """, arguments: base + [(newLeft * Self.newCandidateFactor).databaseValue])
            let new = Array(Self.spreadOverFacts(candidates).prefix(newLeft))
            let due = (learning + reviews).sorted { ($0.schedule.due, $0.id) < ($1.schedule.due, $1.id) }
            return StudyQueue(due: due, new: new)
        }
    }

    /// How many new cards are considered per new card served, to spread a day's new cards over facts.
    static let newCandidateFactor = 4

    /// `cards` reordered round-robin by fact: each fact's first card (in the given order), then
    /// each fact's second card, and so on.
    static func spreadOverFacts(_ cards: [QueuedCard]) -> [QueuedCard] {
        var rank: [String: Int] = [:]
        let ranked = cards.enumerated().map { index, card -> (round: Int, index: Int, card: QueuedCard) in
            let key = card.deckID + "\u{1F}" + card.factID
            let round = rank[key, default: 0]
            rank[key] = round + 1
            return (round, index, card)
        }
        return ranked.sorted { ($0.round, $0.index) < ($1.round, $1.index) }.map(\.card)
    }

    /// Cards to practise ahead of schedule (`study --ahead`): learning, review and relearning
    /// cards not yet due, soonest due first, up to `limit` (suspended, buried and retired left out).
    public func practiceQueue(deck: String?, now: Date, limit: Int) throws -> [QueuedCard] {
        try read("building the practice queue") { db in
            let base: [DatabaseValue] = [now.unixSeconds.databaseValue] + (deck.map { [$0.databaseValue] } ?? [])
            return try fetchQueued(
                db,
                sql: """
                    SELECT \(QueuedCard.selection) FROM \(StoredCard.source)
                    WHERE s.state <> 0 AND s.due > ? AND \(Self.studiableFilter(deck: deck)) ORDER BY s.due, s.card_id LIMIT ?
                    """, arguments: [now.unixSeconds.databaseValue] + base + [max(0, limit).databaseValue])
        }
    }

    /// When the next learning, review or relearning card of `deck` becomes due after `now`
    /// (buried cards count from when they come back); nil when none is scheduled. New cards are
    /// not counted: they wait only for the daily limit.
    public func nextDueDate(deck: String?, after now: Date) throws -> Date? {
        try read("finding the next due card") { db in
            // Two index-friendly halves: cards not buried past their due date (walks the due
            // index from `now`), and buried cards (a partial index), each coming back at the later date.
            let deckClause = deck == nil ? "" : "AND c.deck_id = :deck"
            let active = "s.state <> 0 AND s.suspended = 0 AND c.retired = 0 \(deckClause)"
            var arguments: [String: (any DatabaseValueConvertible)?] = ["now": now.unixSeconds]
            if let deck { arguments["deck"] = deck }
            let seconds = try Double.fetchOne(
                db,
                sql: """
                    SELECT MIN(next) FROM (
                        SELECT * FROM (SELECT s.due AS next FROM \(StoredCard.source)
                            WHERE s.due > :now AND (s.buried_until IS NULL OR s.buried_until <= s.due) AND \(active)
                            ORDER BY s.due LIMIT 1)
                        UNION ALL
                        SELECT MIN(MAX(s.due, s.buried_until)) FROM \(StoredCard.source)
                        WHERE s.buried_until > :now AND \(active))
                    """, arguments: StatementArguments(arguments))
            return seconds.map(Date.init(unixSeconds:))
        }
    }

    /// The card with row id `id`, retired or not; nil if there is none.
    public func card(id: Int64) throws -> StoredCard? {
        try read("reading a card") { db in
            try StoredCard.fetch(db, id: id)
        }
    }

    /// The cards with row ids `ids`, retired or not, in no particular order; unknown ids are
    /// left out. A session reads the cards it is about to show so, a batch at a time.
    public func cards(ids: [Int64]) throws -> [StoredCard] {
        guard !ids.isEmpty else { return [] }
        return try read("reading cards") { db in
            try fetchCards(
                db,
                sql: """
                    SELECT \(StoredCard.selection) FROM \(StoredCard.source)
                    WHERE c.id IN (\(databaseQuestionMarks(count: ids.count)))
                    """, arguments: ids.map(\.databaseValue))
        }
    }

    /// The cards of `deck` in deck order (retired ones only when asked).
    public func cards(deck: String, includeRetired: Bool = false) throws -> [StoredCard] {
        try read("reading the cards of \(deck)") { db in
            try fetchCards(
                db,
                sql: """
                    SELECT \(StoredCard.selection) FROM \(StoredCard.source)
                    WHERE c.deck_id = ? \(includeRetired ? "" : "AND c.retired = 0") ORDER BY c.id
                    """, arguments: [deck.databaseValue])
        }
    }

    /// The row id of the card `key` in `deck`, if there is one.
    public func cardID(deck: String, key: String) throws -> Int64? {
        try read("finding a card") { db in
            try Int64.fetchOne(
                db, sql: "SELECT id FROM cards WHERE deck_id = ? AND card_key = ?",
                arguments: [deck, key])
        }
    }

    // MARK: - Helpers

    /// The conditions for a card to be shown, then `s.buried_until` compared with the first
    /// argument (`now`) and, with a deck, `c.deck_id` with the second (`inDeck`).
    static func studiableFilter(deck: String?) -> String {
        "c.retired = 0 AND s.suspended = 0 AND (s.buried_until IS NULL OR s.buried_until <= ?)"
            + (deck == nil ? "" : " AND \(inDeck)")
    }

    /// A card of the deck given as the one argument or of one of its subdecks (`analyst`
    /// holds `analyst::arabic`): a deck is studied with its subdecks.
    static let inDeck = "instr(c.deck_id || '::', ? || '::') = 1"

    func fetchCards(_ db: Database, sql: String, arguments: [DatabaseValue]) throws -> [StoredCard] {
        try StoredCard.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
    }

    func fetchQueued(_ db: Database, sql: String, arguments: [DatabaseValue]) throws -> [QueuedCard] {
        try QueuedCard.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
    }

    /// New cards introduced and review-state cards reviewed since `dayStart` (review kind only).
    func doneToday(_ db: Database, deck: String?, dayStart: Date) throws -> (new: Int, reviews: Int) {
        let join = deck == nil ? "" : "JOIN cards c ON c.id = r.card_id AND \(Self.inDeck)"
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT COALESCE(SUM(r.state_before = 0), 0) AS new, COALESCE(SUM(r.state_before = 2), 0) AS reviews
                FROM review_log r \(join)
                WHERE r.kind = 'review' AND r.reviewed_at >= ?
                """,
            arguments: StatementArguments(
                (deck.map { [$0.databaseValue] } ?? []) + [dayStart.unixSeconds.databaseValue]))
        return (row?["new"] ?? 0, row?["reviews"] ?? 0)
    }
}
