import FactDrillKit
import FactDrillStore
import Foundation

/// The JSON document of `export stats --format json` (schema `factdrill.stats/1`): the figures
/// of `Stats` with rates computed (rounded to 4 decimals), every key present, dates in ISO 8601.
enum StatsDocument {
    /// The schema name and version written in the `schema` key.
    static let schema = "factdrill.stats/1"

    /// The document of `stats`.
    static func build(_ stats: Stats) -> JSONValue {
        .object([
            "schema": .string(schema),
            "now": .string(StatsText.isoTimestamp(stats.now)),
            "dayStart": .string(StatsText.isoTimestamp(stats.dayStart)),
            "deck": .text(stats.deck),
            "windowDays": stats.windowDays.map { .int($0) } ?? .null,
            "overall": deck(stats.overall),
            "decks": .array(stats.decks.map(deck)),
            "hardest": .array(stats.hardest.map(card)),
            "streak": .object(["days": .int(stats.streakDays), "studiedToday": .bool(stats.studiedToday)]),
            "forecast": .array(stats.forecast.map(day)),
            "heatmap": .array(stats.heatmap.map(day)),
            "calibration": .array(
                stats.calibration.map { bin in
                    .object([
                        "lower": .number(bin.lower), "reviews": .int(bin.reviews),
                        "predicted": .number(StatsText.rounded(bin.predicted)),
                        "actual": .number(StatsText.rounded(bin.actual)),
                    ])
                }),
        ])
    }

    /// The figures of one deck, or of all decks (`deck` and `title` null).
    static func deck(_ figures: DeckStats) -> JSONValue {
        let cards = figures.cards
        return .object([
            "deck": .text(figures.deckID),
            "title": figures.title.map(text) ?? .null,
            "cards": .object([
                "new": .int(cards.new), "learning": .int(cards.learning), "young": .int(cards.young),
                "mature": .int(cards.mature), "suspended": .int(cards.suspended), "retired": .int(cards.retired),
                "total": .int(cards.total),
            ]),
            "due": .object([
                "today": .int(figures.due.today), "tomorrow": .int(figures.due.tomorrow),
                "week": .int(figures.due.week),
            ]),
            "today": .object([
                "reviews": .int(figures.today.reviews), "again": .int(figures.today.again),
                "practice": .int(figures.today.practice), "durationMs": .int(figures.today.durationMs),
            ]),
            "retention": .object([
                "young": retention(figures.retention.young),
                "mature": retention(figures.retention.mature),
            ]),
            "averageRetrievability": .number(StatsText.rounded(figures.averageRetrievability)),
            "retrievabilityCards": .int(figures.retrievabilityCards),
            "accuracyByType": .array(figures.accuracyByType.map(accuracy)),
        ])
    }

    static func retention(_ figure: RetentionFigure) -> JSONValue {
        .object([
            "total": .int(figure.total), "passed": .int(figure.passed),
            "rate": .number(StatsText.rounded(figure.rate)),
        ])
    }

    static func accuracy(_ figure: TypeAccuracy) -> JSONValue {
        .object([
            "type": .string(figure.factType), "answers": .int(figure.answers), "passed": .int(figure.passed),
            "correct": .int(figure.correct), "close": .int(figure.close), "wrong": .int(figure.wrong),
            "accuracy": .number(StatsText.rounded(figure.accuracy)),
        ])
    }

    static func card(_ card: HardCard) -> JSONValue {
        .object([
            "cardId": .int(Int(card.cardID)), "deck": .string(card.deckID), "cardKey": .string(card.cardKey),
            "kind": .string(card.kind), "prompt": text(card.prompt), "lapses": .int(card.lapses),
            "reps": .int(card.reps), "retrievability": .number(StatsText.rounded(card.retrievability)),
        ])
    }

    static func day(_ day: DayCount) -> JSONValue {
        .object([
            "day": .int(day.day), "date": .string(StatsText.isoDay(day.date)),
            "start": .string(StatsText.isoTimestamp(day.date)), "count": .int(day.count),
        ])
    }

    static func text(_ text: LocalizedText) -> JSONValue {
        .object(text.values.mapValues { .string($0) })
    }

    /// Pretty JSON with sorted keys and unescaped slashes.
    static func encode(_ value: JSONValue) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self)
    }
}
