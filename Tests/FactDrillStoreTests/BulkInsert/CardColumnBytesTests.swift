import FactDrillKit
import Foundation
import GRDB
import XCTest

@testable import FactDrillStore

/// The byte records an install binds hold exactly the text the JSON column writers give (so a
/// re-import of an unchanged deck finds every card unchanged, whichever version stored it), and
/// a stored row reads back into an equal record.
final class CardColumnBytesTests: XCTestCase {
    private let strings = [
        "", "South Korea", "كوريا الجنوبية", "a \"quoted\" word", "back\\slash", "a/b",
        "tab\there", "line\nbreak", "bell\u{07}", "del\u{7F}", "\u{2028}sep", "emoji 👍🏽",
        "e\u{301}", "\u{FEFF}bom", "null\u{0}", "\u{1B}[31mred",
    ]

    private func cards() -> [DeckCard] {
        var cards: [DeckCard] = []
        var random = SplitMix64(seed: 20_261_129)
        for (index, string) in strings.enumerated() {
            let other = strings[Int(random.next() % UInt64(strings.count))]
            cards.append(
                DeckCard(
                    id: "c\(index)", fact: "f\(index) \(string)",
                    kind: index % 3 == 0 ? "note.basic" : "ranking.rank-of",
                    format: index % 2 == 0 ? .text : .choice,
                    prompt: index % 4 == 0 ? LocalizedText(["en": string]) : LocalizedText(ar: other, en: string),
                    answer: LocalizedText(["mul": other]), accept: [string, other],
                    choices: index % 2 == 0
                        ? nil : [LocalizedText(ar: string, en: other), LocalizedText(["zh-Hant": string, "EN": "x"])],
                    evidence: index % 5 == 0 ? nil : string, tags: index % 3 == 0 ? [] : [string, "t"],
                    reject: index % 2 == 0 ? nil : [other]))
        }
        cards.append(
            DeckCard(
                id: "kind", fact: "f", kind: "é.x", format: .order, prompt: LocalizedText([:]),
                answer: LocalizedText(ar: "a", en: "b"), accept: []))
        return cards
    }

    /// The column texts the JSON writers give, in `CardColumnBytes.columns` order; plain text up to
    /// its first NUL, as GRDB binds strings.
    private func expected(_ card: DeckCard) -> [String?] {
        func plain(_ text: String?) -> String? { text.map { String($0.prefix { $0 != "\0" }) } }
        return [
            plain(card.fact), plain(card.kind), plain(card.factType), card.format.rawValue,
            JSONColumn.encode(card.prompt), JSONColumn.encode(card.answer), JSONColumn.encodeOptional(card.choices),
            JSONColumn.encode(card.accept), JSONColumn.encodeOptional(card.reject), plain(card.evidence),
            JSONColumn.encode(card.tags),
        ]
    }

    func testRecordsHoldTheTextOfTheJSONWriters() throws {
        var batch = CardColumnBytes()
        for card in cards() {
            let one = CardColumnBytes(card)
            XCTAssertEqual(one.rowCount, 1)
            XCTAssertEqual(texts(one), expected(card), card.id)
            batch.append(card)
        }
        XCTAssertEqual(batch.rowCount, cards().count)
        XCTAssertEqual(texts(batch), cards().flatMap(expected))
    }

    func testStoredRowsReadBackIntoEqualRecords() throws {
        let dir = try TemporaryDirectory()
        let db = try StudyDatabase(path: dir.path("r.sqlite"))
        let deck = Fixture.deck("d", cards())
        try db.installDeck(deck, source: Fixture.source(), now: Fixture.day0)
        try db.writer.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT card_key, \(CardColumnBytes.columns) FROM cards ORDER BY id")
            XCTAssertEqual(rows.count, deck.cards.count)
            for (row, card) in zip(rows, deck.cards) {
                XCTAssertEqual(row[0] as String, card.id)
                XCTAssertEqual(CardColumnBytes(row: row, from: 1), CardColumnBytes(card), card.id)
                XCTAssertEqual((1...11).map { row[$0] as String? }, expected(card), card.id)
            }
        }
        // As read back: plain text up to a NUL (the one card with one differs only there).
        let readBack = try db.cards(deck: "d").map(\.card)
        for (back, card) in zip(readBack, deck.cards)
        where !card.fact.contains("\0") && !(card.evidence?.contains("\0") ?? false) {
            XCTAssertEqual(back, card)
        }
        XCTAssertEqual(readBack.first { $0.id == "c14" }?.evidence, "null")
        var changed = deck.cards[3]
        changed.tags.append("new")
        XCTAssertNotEqual(CardColumnBytes(changed), CardColumnBytes(deck.cards[3]))
    }

    /// The record's columns as strings (nil for NULL), read through the same bindings SQLite gets.
    private func texts(_ record: CardColumnBytes) -> [String?] {
        (0..<(record.rowCount * CardColumnBytes.columnCount)).map { index in
            let field = record.fields[index]
            guard field.count >= 0 else { return nil }
            return String(decoding: record.bytes[Int(field.start)..<Int(field.start + field.count)], as: UTF8.self)
        }
    }
}
