import Foundation
import GRDB

extension StudyDatabase {
    /// Every deck's memory model (the collection's under deck '').
    public func memoryModels() throws -> [MemoryModel] {
        try read("reading the memory models") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM memory_models ORDER BY deck_id").map { row in
                var parameters: [Double]?
                if let text: String = row["parameters"] {
                    // (Text that is not a list of numbers reads as no parameters at all, which the
                    // scheduler refuses: the model is then ignored, and `optimize --reset` clears it.)
                    parameters = (try? JSONDecoder().decode([Double].self, from: Data(text.utf8))) ?? []
                }
                return MemoryModel(
                    deckID: row["deck_id"], parameters: parameters, desiredRetention: row["desired_retention"],
                    fittedAt: (row["fitted_at"] as Double?).map { Date(timeIntervalSince1970: $0) },
                    reviews: row["reviews"], logLoss: row["log_loss"], rmseBins: row["rmse_bins"])
            }
        }
    }

    /// Saves fitted parameters for a deck ('' for the collection), keeping its desired retention.
    public func saveFittedParameters(_ model: MemoryModel) throws {
        let text = try model.parameters.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
        try write("saving the fitted parameters") { db in
            try db.execute(
                sql: """
                    INSERT INTO memory_models (deck_id, parameters, fitted_at, reviews, log_loss, rmse_bins)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(deck_id) DO UPDATE SET parameters = excluded.parameters,
                        fitted_at = excluded.fitted_at, reviews = excluded.reviews,
                        log_loss = excluded.log_loss, rmse_bins = excluded.rmse_bins
                    """,
                arguments: [
                    model.deckID, text, model.fittedAt?.timeIntervalSince1970, model.reviews, model.logLoss,
                    model.rmseBins,
                ])
        }
    }

    /// Sets (nil: clears) the desired retention of a deck ('' for the collection).
    public func setDesiredRetention(_ retention: Double?, deck: String) throws {
        try write("saving the desired retention") { db in
            try db.execute(
                sql: """
                    INSERT INTO memory_models (deck_id, desired_retention) VALUES (?, ?)
                    ON CONFLICT(deck_id) DO UPDATE SET desired_retention = excluded.desired_retention
                    """, arguments: [deck, retention])
            try Self.dropEmptyModels(db)
        }
    }

    /// Forgets a deck's fitted parameters ('' for the collection's): back to the defaults (or the
    /// parent's); the desired retention stays. Returns whether there were any.
    @discardableResult
    public func resetParameters(deck: String) throws -> Bool {
        try write("resetting the parameters") { db in
            try db.execute(
                sql: """
                    UPDATE memory_models SET parameters = NULL, fitted_at = NULL, reviews = NULL,
                        log_loss = NULL, rmse_bins = NULL
                    WHERE deck_id = ? AND parameters IS NOT NULL
                    """, arguments: [deck])
            let changed = db.changesCount > 0
            try Self.dropEmptyModels(db)
            return changed
        }
    }

    private static func dropEmptyModels(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM memory_models WHERE parameters IS NULL AND desired_retention IS NULL")
    }
}
