import FSRS
import FactDrillKit
import Foundation
import GRDB
import XCTest

@testable import FactDrillStore

/// A database written by the first shipped schema (`v1-initial`), frozen as SQL text: the
/// current build must open it and keep every row. Never edit the dump; add a new one per schema.
final class V1FixtureTests: XCTestCase {
    func testCurrentBuildOpensAV1DatabaseKeepingEveryRow() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("v1.sqlite")
        try DatabaseQueue(path: path).writeWithoutTransaction { db in try db.execute(sql: V1Fixture.dump) }
        let before = try rowCounts(path)

        let db = try StudyDatabase(path: path)
        // Tables added by later migrations start empty; every v1 row is kept.
        let added = Set(try rowCounts(path).keys).subtracting(before.keys)
        XCTAssertEqual(added, ["deck_models", "anki_cards", "anki_notes", "media_files", "memory_models"])
        XCTAssertEqual(
            try rowCounts(path).filter { $0.key != "grdb_migrations" && !added.contains($0.key) },
            before.filter { $0.key != "grdb_migrations" }, "every row kept")
        XCTAssertTrue(try db.doctor().isHealthy)
        XCTAssertEqual(db.backupPath, path + ".bak-v1-initial", "the v1 database was copied aside before migrating")
        XCTAssertTrue(FileManager.default.fileExists(atPath: path + ".bak-v1-initial"))

        let a = try db.stored("nato", "a")
        XCTAssertEqual(
            a.schedule,
            ScheduleState(
                state: .learning, step: 1, stability: 2.5, difficulty: 4.75,
                due: Date(timeIntervalSince1970: 1_767_949_920),
                lastReview: Date(timeIntervalSince1970: 1_767_949_200), reps: 1))
        XCTAssertFalse(a.suspended)
        let choice = try db.stored("nato", "sipri.odd.x")
        XCTAssertEqual(choice.card.format, .choice)
        XCTAssertEqual(choice.card.choices?.map { $0["en"] }, ["Egypt", "Turkey"])
        XCTAssertEqual(choice.card.reject, ["Turkey"])
        XCTAssertEqual(choice.card.prompt["ar"], "أيها ليس عضوا؟")
        XCTAssertEqual(choice.buriedUntil, Date(timeIntervalSince1970: 1_768_003_200))
        XCTAssertTrue(try db.stored("nato", "b").retired)
        XCTAssertEqual(try db.reviews(session: 1).map(\.kind), [.review, .practice])
        XCTAssertEqual(
            try db.decks(now: Fixture.day0).first?.source, .embedded(name: "seed", contentHash: "sha256:def"))

        // And it can be studied on.
        let queue = try db.studyQueue(
            deck: nil, now: Fixture.at(hours: 1), dayStart: Fixture.day0, limits: DailyLimits())
        XCTAssertEqual(queue.due.map(\.key), ["a"])
        XCTAssertEqual(queue.new.map(\.key), ["sipri.odd.x"])
    }

    private func rowCounts(_ path: String) throws -> [String: Int] {
        try DatabaseQueue(path: path).read { db in
            var counts: [String: Int] = [:]
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"\(table)\"")
            }
            return counts
        }
    }
}

/// `sqlite3 .dump` of a database made by the `v1-initial` schema (decks, cards, schedule, a
/// session, a review and a practice answer, a retired, a buried and an unsuspended card).
enum V1Fixture {
    static let dump = #"""
        CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
        INSERT INTO grdb_migrations VALUES('v1-initial');
        CREATE TABLE decks (
            id           TEXT PRIMARY KEY NOT NULL,
            title        TEXT NOT NULL,                 -- JSON {"ar": "...", "en": "..."}
            languages    TEXT NOT NULL,                 -- JSON ["ar", "en"]
            article      TEXT,                          -- JSON {"source": ..., "published": ...}
            source_kind  TEXT NOT NULL CHECK (source_kind IN ('file', 'embedded')),
            source_path  TEXT NOT NULL,                 -- file path or embedded name
            content_hash TEXT NOT NULL,
            installed_at REAL NOT NULL,
            updated_at   REAL NOT NULL
        );
        INSERT INTO decks VALUES('nato','{"ar":"عنوان","en":"Title nato"}','["ar","en"]',NULL,'embedded','seed','sha256:def',1767744000.0,1767830400.0);
        CREATE TABLE cards (
            id         INTEGER PRIMARY KEY,
            deck_id    TEXT NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
            card_key   TEXT NOT NULL,                   -- DeckCard.id
            fact       TEXT NOT NULL,
            kind       TEXT NOT NULL,                   -- FACTTYPE.QUESTION
            fact_type  TEXT NOT NULL,                   -- FACTTYPE (prefix of kind)
            format     TEXT NOT NULL CHECK (format IN ('text', 'choice', 'order')),
            prompt     TEXT NOT NULL,                   -- JSON per language
            answer     TEXT NOT NULL,                   -- JSON per language
            choices    TEXT,                            -- JSON [{"ar": ..., "en": ...}, ...]
            accept     TEXT NOT NULL,                   -- JSON [String]
            reject     TEXT,                            -- JSON [String]
            evidence   TEXT,
            tags       TEXT NOT NULL,                   -- JSON [String]
            retired    INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
            added_at   REAL NOT NULL,
            updated_at REAL NOT NULL,
            UNIQUE (deck_id, card_key)                  -- also the index on deck_id
        );
        INSERT INTO cards VALUES(1,'nato','a','f1','ranking.rank-of','ranking','text','{"ar":"سؤال a","en":"Question a?"}','{"ar":"جواب","en":"Answer"}',NULL,'["answer","جواب"]',NULL,'Evidence for a.','["t"]',0,1767744000.0,1767744000.0);
        INSERT INTO cards VALUES(2,'nato','b','f1','event.date','event','text','{"ar":"سؤال b","en":"Question b?"}','{"ar":"جواب","en":"Answer"}',NULL,'["answer","جواب"]',NULL,'Evidence for b.','["t"]',1,1767744000.0,1767830400.0);
        INSERT INTO cards VALUES(3,'nato','sipri.odd.x','sipri','set.odd-one-out','set','choice','{"ar":"أيها ليس عضوا؟","en":"Which is not a member?"}','{"ar":"مصر","en":"Egypt"}','[{"ar":"مصر","en":"Egypt"},{"ar":"تركيا","en":"Turkey"}]','["Egypt","مصر"]','["Turkey"]','Turkey is a member.','["set"]',0,1767744000.0,1767744000.0);
        CREATE TABLE card_schedule (
            card_id      INTEGER PRIMARY KEY REFERENCES cards(id) ON DELETE CASCADE,
            state        INTEGER NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 3),
            step         INTEGER,
            stability    REAL,
            difficulty   REAL,
            due          REAL NOT NULL,
            last_review  REAL,
            reps         INTEGER NOT NULL DEFAULT 0,
            lapses       INTEGER NOT NULL DEFAULT 0,
            suspended    INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1)),
            buried_until REAL
        );
        INSERT INTO card_schedule VALUES(1,1,1,2.5,4.75,1767949920.0,1767949200.0,1,0,0,NULL);
        INSERT INTO card_schedule VALUES(2,0,NULL,NULL,NULL,1767744000.0,NULL,0,0,0,NULL);
        INSERT INTO card_schedule VALUES(3,0,NULL,NULL,NULL,1767744000.0,NULL,0,0,0,1768003200.0);
        CREATE TABLE sessions (
            id         INTEGER PRIMARY KEY,
            deck_id    TEXT,                            -- the deck studied, NULL for all
            started_at REAL NOT NULL,
            ended_at   REAL
        );
        INSERT INTO sessions VALUES(1,'nato',1767949200.0,1767951000.0);
        CREATE TABLE review_log (
            id                 INTEGER PRIMARY KEY,
            card_id            INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
            session_id         INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
            reviewed_at        REAL NOT NULL,
            kind               TEXT NOT NULL CHECK (kind IN ('review', 'practice')),
            rating             INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
            verdict            TEXT NOT NULL,
            response           TEXT NOT NULL,
            duration_ms        INTEGER NOT NULL,
            scheduled_days     REAL NOT NULL,
            state_before       INTEGER NOT NULL,
            step_before        INTEGER,
            stability_before   REAL,
            difficulty_before  REAL,
            due_before         REAL NOT NULL,
            last_review_before REAL,
            reps_before        INTEGER NOT NULL,
            lapses_before      INTEGER NOT NULL,
            state_after        INTEGER NOT NULL,
            step_after         INTEGER,
            stability_after    REAL,
            difficulty_after   REAL,
            due_after          REAL NOT NULL,
            last_review_after  REAL,
            reps_after         INTEGER NOT NULL,
            lapses_after       INTEGER NOT NULL
        );
        INSERT INTO review_log VALUES(1,1,1,1767949200.0,'review',3,'correct','answer',4000,0.0083333333333333332176,0,NULL,NULL,NULL,1767744000.0,NULL,0,0,1,1,2.5,4.75,1767949920.0,1767949200.0,1,0);
        INSERT INTO review_log VALUES(2,3,1,1767949560.0,'practice',1,'wrong','answer',4000,-2.3791666666666668739,0,NULL,NULL,NULL,1767744000.0,NULL,0,0,0,NULL,NULL,NULL,1767744000.0,NULL,0,0);
        CREATE INDEX cards_status ON cards(deck_id, retired, fact_type);
        CREATE INDEX card_schedule_due ON card_schedule(due);
        CREATE INDEX card_schedule_state ON card_schedule(state, due);
        CREATE INDEX card_schedule_buried ON card_schedule(buried_until) WHERE buried_until IS NOT NULL;
        CREATE INDEX review_log_card ON review_log(card_id, reviewed_at);
        CREATE INDEX review_log_time ON review_log(reviewed_at);
        CREATE INDEX review_log_session ON review_log(session_id);
        """#
}
