import GRDB

/// The schema's migrations: append-only, frozen once shipped, plain SQL (never app types).
///
/// Dates are stored as unix seconds (`REAL`, UTC) everywhere; JSON columns hold UTF-8 JSON text.
enum StoreMigrations {
    /// The identifier of the first shipped schema.
    static let v1 = "v1-initial"
    /// The article models decks were generated from (for distractors and chronology across decks).
    static let v2 = "v2-deck-models"
    /// The cards' key index as a named index (it was a table constraint), so a bulk import can
    /// rebuild it in one sorted pass.
    static let v3 = "v3-card-key-index"
    /// Covering indexes for the counts of the REPL's greeting (due and new cards, retired ones).
    static let v4 = "v4-count-indexes"

    /// Reviews imported from Anki (`review_log.kind` 'imported'), and what an Anki import
    /// needs to know again: each card's Anki id and modification time, each note's type and
    /// fields (for re-imports and for exporting back to Anki with the same guids).
    static let v5 = "v5-anki-progress"
    /// FSRS parameters fitted to the analyst's reviews (`factdrill optimize`) and the desired
    /// retention, per deck ('' for the whole collection).
    static let v6 = "v6-fsrs-parameters"

    /// The migrator of this build. Never erases the database on schema changes.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(v1, migrate: createInitialSchema)
        migrator.registerMigration(v2, migrate: createDeckModels)
        migrator.registerMigration(v3, migrate: makeCardKeyAnIndex)
        migrator.registerMigration(v4, migrate: createCountIndexes)
        migrator.registerMigration(v5, migrate: createAnkiProgress)
        migrator.registerMigration(v6, migrate: createMemoryModels)
        return migrator
    }

    /// `v1-initial`: decks, cards, card_schedule, sessions, review_log.
    static func createInitialSchema(_ db: Database) throws {
        try db.execute(
            sql: """
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
                -- Covers the per-deck counts (decks, stats) without reading the wide content rows.
                CREATE INDEX cards_status ON cards(deck_id, retired, fact_type);
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
                CREATE INDEX card_schedule_due ON card_schedule(due);
                CREATE INDEX card_schedule_state ON card_schedule(state, due);
                CREATE INDEX card_schedule_buried ON card_schedule(buried_until) WHERE buried_until IS NOT NULL;
                CREATE TABLE sessions (
                    id         INTEGER PRIMARY KEY,
                    deck_id    TEXT,                            -- the deck studied, NULL for all
                    started_at REAL NOT NULL,
                    ended_at   REAL
                );
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
                CREATE INDEX review_log_card ON review_log(card_id, reviewed_at);
                CREATE INDEX review_log_time ON review_log(reviewed_at);
                CREATE INDEX review_log_session ON review_log(session_id);
                """)
    }

    /// `v2-deck-models`: the article model (YAML text) of each deck installed from one.
    static func createDeckModels(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE deck_models (
                    deck_id TEXT PRIMARY KEY NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
                    text    TEXT NOT NULL                   -- the article model as installed (YAML or JSON)
                );
                """)
    }

    /// `v3-card-key-index`: `cards` made again without the `UNIQUE (deck_id, card_key)` table
    /// constraint, whose index SQLite never lets go, and with the unique index `cards_key` in its
    /// place (the same keys, the same uniqueness). Every row is copied with its id; schedules
    /// and reviews point at the same ids. The steps are SQLite's for changing a table's
    /// constraints (https://sqlite.org/lang_altertable.html#otheralter); GRDB runs them with
    /// foreign keys off and checks them all before committing.
    static func makeCardKeyAnIndex(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE cards_v3 (
                    id         INTEGER PRIMARY KEY,
                    deck_id    TEXT NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
                    card_key   TEXT NOT NULL,                   -- DeckCard.id, unique in its deck (cards_key)
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
                    updated_at REAL NOT NULL
                );
                INSERT INTO cards_v3 (id, deck_id, card_key, fact, kind, fact_type, format, prompt, answer, choices,
                                      accept, reject, evidence, tags, retired, added_at, updated_at)
                    SELECT id, deck_id, card_key, fact, kind, fact_type, format, prompt, answer, choices,
                           accept, reject, evidence, tags, retired, added_at, updated_at
                    FROM cards ORDER BY id;
                DROP TABLE cards;
                ALTER TABLE cards_v3 RENAME TO cards;
                -- The key first: its values differ from row to row, so SQLite's sorter compares them
                -- directly and a bulk load builds this index in two thirds of the time.
                CREATE UNIQUE INDEX cards_key ON cards(card_key, deck_id);
                -- Covers the per-deck counts (decks, stats) without reading the wide content rows.
                CREATE INDEX cards_status ON cards(deck_id, retired, fact_type);
                """)
    }

    /// `v4-count-indexes`: the schedule's state, suspension, due date and burial in one index, so
    /// the due and new counts read index entries instead of 100,000 schedule rows; and the few
    /// retired cards in a partial index, so taking them off does not scan every card.
    static func createCountIndexes(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE INDEX card_schedule_counts ON card_schedule(state, suspended, due, buried_until);
                CREATE INDEX cards_retired ON cards(retired) WHERE retired = 1;
                """)
    }

    /// `v5-anki-progress`: `review_log` made again with 'imported' among its kinds (SQLite
    /// cannot change a CHECK in place; every row is copied with its id, as in v3), and the
    /// tables `anki_cards`, `anki_notes` and `media_files`.
    static func createAnkiProgress(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE review_log_v5 (
                    id                 INTEGER PRIMARY KEY,
                    card_id            INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
                    session_id         INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
                    reviewed_at        REAL NOT NULL,
                    kind               TEXT NOT NULL CHECK (kind IN ('review', 'practice', 'imported')),
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
                INSERT INTO review_log_v5 SELECT * FROM review_log ORDER BY id;
                DROP TABLE review_log;
                ALTER TABLE review_log_v5 RENAME TO review_log;
                CREATE INDEX review_log_card ON review_log(card_id, reviewed_at);
                CREATE INDEX review_log_time ON review_log(reviewed_at);
                CREATE INDEX review_log_session ON review_log(session_id);
                -- The Anki card each imported card is, and when Anki last changed it.
                CREATE TABLE anki_cards (
                    card_id   INTEGER PRIMARY KEY REFERENCES cards(id) ON DELETE CASCADE,
                    anki_id   INTEGER NOT NULL,                 -- cards.id in Anki
                    guid      TEXT NOT NULL,                    -- the note's guid
                    ord       INTEGER NOT NULL,                 -- template or cloze ordinal
                    modified  INTEGER NOT NULL                  -- cards.mod in Anki (unix seconds)
                );
                CREATE INDEX anki_cards_guid ON anki_cards(guid);
                -- Each imported note as Anki has it: its type (name, fields, templates) and fields.
                CREATE TABLE anki_notes (
                    guid      TEXT PRIMARY KEY NOT NULL,
                    notetype  TEXT NOT NULL,                    -- JSON {"name", "isCloze", "fields", "templates"}
                    fields    TEXT NOT NULL,                    -- JSON [String], HTML as in Anki
                    tags      TEXT NOT NULL,                    -- JSON [String]
                    modified  INTEGER NOT NULL                  -- notes.mod in Anki (unix seconds)
                );
                -- Media files of imported cards, by the name cards use: the file in the media
                -- folder beside the database is named by its content (SHA-256 and extension).
                CREATE TABLE media_files (
                    name      TEXT PRIMARY KEY NOT NULL,
                    file      TEXT NOT NULL,
                    size      INTEGER NOT NULL,
                    added_at  REAL NOT NULL
                );
                """)
    }

    /// `v6-fsrs-parameters`: one row per deck with its own memory model; a deck without one
    /// uses its parent's, then the collection's (deck_id ''), then the defaults.
    static func createMemoryModels(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE memory_models (
                    deck_id            TEXT PRIMARY KEY NOT NULL,   -- '' for the whole collection
                    parameters         TEXT,                        -- JSON [21 numbers], NULL: the defaults
                    desired_retention  REAL,                        -- NULL: 0.9
                    fitted_at          REAL,
                    reviews            INTEGER,                     -- reviews the fit learned from
                    log_loss           REAL,                        -- after the fit
                    rmse_bins          REAL
                );
                """)
    }
}
