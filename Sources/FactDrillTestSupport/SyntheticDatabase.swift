import FactDrillKit
import FactDrillStore
import Foundation
import GRDB

/// A large, plausible study database for benchmarks (`factdrill-bench store --make`) and the
/// first-card timing of the REPL: decks of generated cards and a review history of a year.
public enum SyntheticDatabase {
    /// The sizes and seed of a synthetic database.
    public struct Plan: Sendable, Hashable {
        /// Cards in all.
        public var cards = 100_000
        /// Decks the cards are spread over.
        public var decks = 50
        /// Review log rows in all.
        public var reviews = 1_000_000
        /// The random seed.
        public var seed: UInt64 = 1
        /// The moment the history ends: reviews are before it, due dates around it.
        public var now = Date(timeIntervalSince1970: 1_768_003_200 + 10 * 3600)

        /// Creates a plan.
        public init(cards: Int = 100_000, decks: Int = 50, reviews: Int = 1_000_000, seed: UInt64 = 1) {
            self.cards = cards
            self.decks = decks
            self.reviews = reviews
            self.seed = seed
        }
    }

    private static let kinds: [String] = [
        QuestionKind.rankingRankOf, .rankingHolderOf, .eventDate, .eventPlace, .roleHolder, .roleTitle, .setMember,
        .setOddOneOut,
    ].map(\.rawValue)

    /// Creates the database at `path` (which must not exist) in one transaction: secondary
    /// indexes are dropped first and created again after the bulk insert.
    public static func build(path: String, plan: Plan) throws {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw StoreError.cannotOpen(path: path, reason: "the file exists; synthetic databases are made fresh")
        }
        // The store makes the schema (its migrations); the rows are then written straight into its
        // tables, a test fixture's shortcut past the store's API for a million reviews.
        _ = try StudyDatabase(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.inTransaction { db in
            let indexes = try String.fetchAll(
                db,
                sql: """
                    SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('card_schedule', 'review_log')
                    """)
            for name in try String.fetchAll(
                db,
                sql: """
                    SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('card_schedule', 'review_log')
                    """)
            {
                try db.execute(sql: "DROP INDEX \(name)")
            }
            var random = SplitMix64(seed: plan.seed)
            try insert(db, plan: plan, random: &random)
            for sql in indexes { try db.execute(sql: sql) }
            return .commit
        }
    }

    private static func insert(_ db: Database, plan: Plan, random: inout SplitMix64) throws {
        let now = plan.now.timeIntervalSince1970
        let day = 86_400.0
        // The history ends at the start of "today": the bench opens the day's first session.
        let dayStart = now - 10 * 3600
        let deckInsert = try db.makeStatement(
            sql: """
                INSERT INTO decks (id, title, languages, source_kind, source_path, content_hash, installed_at, updated_at)
                VALUES (?, ?, '["ar","en"]', 'file', ?, ?, ?, ?)
                """)
        let cardInsert = try db.makeStatement(
            sql: """
                INSERT INTO cards (id, deck_id, card_key, fact, kind, fact_type, format, prompt, answer, accept, tags,
                                   evidence, added_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, 'text', ?, ?, '["10","10th","العاشر"]', '[]', ?, ?, ?)
                """)
        let scheduleInsert = try db.makeStatement(
            sql: """
                INSERT INTO card_schedule (card_id, state, step, stability, difficulty, due, last_review, reps, lapses, suspended)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let logInsert = try db.makeStatement(
            sql: """
                INSERT INTO review_log (card_id, reviewed_at, kind, rating, verdict, response, duration_ms, scheduled_days,
                    state_before, step_before, stability_before, difficulty_before, due_before, last_review_before,
                    reps_before, lapses_before, state_after, step_after, stability_after, difficulty_after, due_after,
                    last_review_after, reps_after, lapses_after)
                VALUES (?, ?, ?, ?, ?, '10th', ?, ?, ?, NULL, ?, 5, ?, ?, ?, ?, 2, NULL, ?, 5, ?, ?, ?, ?)
                """)
        let installed = now - 400 * day
        for deck in 0..<plan.decks {
            let id = "deck-\(deck)"
            try deckInsert.execute(arguments: [
                id, "{\"ar\":\"مجموعة \(deck)\",\"en\":\"Deck \(deck)\"}",
                "/decks/\(id).deck.json", "hash-\(deck)", installed, installed,
            ])
        }
        // Cards: 20 % new, 1 % learning, 79 % review; 1 % of the studied ones suspended.
        let studiedShare = 0.8
        let reviewsPerStudied = Double(plan.reviews) / max(1, Double(plan.cards) * studiedShare)
        var reviewsLeft = plan.reviews
        var studied: [(id: Int64, lastReview: Double, stability: Double)] = []
        var log: [LogRow] = []
        log.reserveCapacity(plan.reviews)
        for index in 0..<plan.cards {
            let cardID = Int64(index + 1)
            let deck = "deck-\(index * plan.decks / max(1, plan.cards))"
            let kind = kinds[index % kinds.count]
            let key = "fact-\(index / 3).\(kind).\(index)"
            try cardInsert.execute(arguments: [
                cardID, deck, key, "fact-\(index / 3)", kind, String(kind.prefix { $0 != "." }),
                "{\"ar\":\"ما ترتيب \(index)؟\",\"en\":\"What rank did entry \(index) hold?\"}",
                "{\"ar\":\"العاشر\",\"en\":\"10th\"}", "Entry \(index) ranked 10th.", installed, installed,
            ])
            let roll = Double.random(in: 0..<1, using: &random)
            if roll >= studiedShare || reviewsLeft == 0 {
                try scheduleInsert.execute(arguments: [
                    cardID, 0, nil, nil, nil, installed + Double(index), nil, 0, 0, 0,
                ])
                continue
            }
            let learning = roll < 0.01
            let interval = learning ? 0.007 : Double.random(in: 1...200, using: &random)
            let stability = learning ? 1 : interval
            let lastReview = dayStart - Double.random(in: 0...(interval * 1.03), using: &random) * day
            let due = lastReview + interval * day
            let count = min(
                reviewsLeft, max(1, Int((reviewsPerStudied * Double.random(in: 0.5...1.5, using: &random)).rounded())))
            reviewsLeft -= count
            var lapses = 0
            var time = max(installed, lastReview - Double(count) * 20 * day)
            for review in 0..<count {
                let isLast = review == count - 1
                let at = isLast ? lastReview : time
                let rating = [1, 2, 3, 3, 3, 3, 3, 3, 3, 4][Int(random.next() % 10)]
                if rating == 1 && review > 0 { lapses += 1 }
                let verdict = rating == 1 ? "wrong" : (rating == 2 ? "close" : "correct")
                log.append(
                    LogRow(
                        card: cardID, at: at, practice: review % 17 == 16, rating: rating, verdict: verdict,
                        durationMs: Int(random.next() % 15_000) + 1500, interval: interval,
                        first: review == 0, stability: stability, reps: review, lapses: lapses))
                time = min(lastReview, time + Double.random(in: 1...40, using: &random) * day)
            }
            studied.append((cardID, lastReview, stability))
            let suspended = Int(random.next() % 100) == 0
            try scheduleInsert.execute(arguments: [
                cardID, learning ? 1 : 2, learning ? 0 : nil, stability, 5.0, due,
                lastReview, count, lapses, suspended,
            ])
        }
        // Top up to the exact number of reviews with earlier passed reviews of studied cards.
        var next = 0
        while reviewsLeft > 0 && !studied.isEmpty {
            let card = studied[next % studied.count]
            let at = card.lastReview - Double.random(in: 1...300, using: &random) * day
            log.append(
                LogRow(
                    card: card.id, at: at, practice: false, rating: 3, verdict: "correct", durationMs: 4000,
                    interval: card.stability, first: false, stability: card.stability, reps: 1, lapses: 0))
            reviewsLeft -= 1
            next += 1
        }
        // Logged in time order, as answers are in real use (a day's answers share pages).
        log.sort { ($0.at, $0.card) < ($1.at, $1.card) }
        for row in log {
            try logInsert.execute(arguments: [
                row.card, row.at, row.practice ? "practice" : "review", row.rating, row.verdict, row.durationMs,
                row.interval, row.first ? 0 : 2, row.first ? nil : row.stability, row.at,
                row.first ? nil : row.at - row.interval * day, row.reps, row.lapses, row.stability,
                row.at + row.interval * day, row.at, row.reps + 1, row.lapses,
            ])
        }
    }

    /// A review log row waiting to be inserted.
    private struct LogRow {
        var card: Int64
        var at: Double
        var practice: Bool
        var rating: Int
        var verdict: String
        var durationMs: Int
        var interval: Double
        var first: Bool
        var stability: Double
        var reps: Int
        var lapses: Int
    }
}
