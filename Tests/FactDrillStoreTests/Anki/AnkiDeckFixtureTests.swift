import FactDrillKit
import XCTest

@testable import FactDrillStore

/// The deck Anki 26 made itself (`Fixtures/AnkiDeck`, `scripts/make-anki-fixtures --deck-only`),
/// read card by card against what Anki said of each card (`manifest.json`).
final class AnkiDeckFixtureTests: XCTestCase {
    struct Manifest: Decodable {
        struct Card: Decodable {
            var key: String
            var guid: String
            var ord: Int
            var deck: String
            var notetype: String
            var question: String
            var answer: String
            var questionAv: [String]
            var answerAv: [String]
        }
        var cards: [Card]
    }

    static func url(_ name: String) throws -> URL {
        try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/AnkiDeck/\(name)", withExtension: nil))
    }

    static func manifest() throws -> Manifest {
        try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: url("manifest.json")))
    }

    /// Anki's rendered HTML as the terminal shows it: its sound markers named, its type-in box gone.
    static func shown(_ html: String, sounds: [String]) -> String {
        var html = html.replacingOccurrences(of: #"\[\[type:[^\]]*\]\]"#, with: "", options: .regularExpression)
        for (index, sound) in sounds.enumerated() {
            let name = sound.replacingOccurrences(
                of: #"^.*filename='([^']*)'.*$"#, with: "$1", options: .regularExpression)
            html = html.replacingOccurrences(
                of: #"\[anki:play:[qa]:\#(index)\]"#, with: "[sound:\(name)]", options: .regularExpression)
        }
        return AnkiHTML.displayText(html)
    }

    func testEveryPackageGivesTheCardsAnkiHasInItsDecks() throws {
        let manifest = try Self.manifest()
        for name in ["deck-modern.apkg", "deck-legacy.apkg", "deck.colpkg"] {
            let result = try AnkiPackageReader.read(url: Self.url(name))
            XCTAssertEqual(result.report.cards, 20, name)
            XCTAssertEqual(result.report.notes, 13, name)
            XCTAssertEqual(result.report.skipped, [:], name)
            XCTAssertEqual(result.report.clozeCards, 5, name)
            XCTAssertEqual(result.report.mediaFiles, 2, name)
            XCTAssertEqual(result.decks.map(\.deck.id), ["analyst", "analyst::arabic"], name)
            var byID: [String: (deck: String, card: DeckCard)] = [:]
            for deck in result.decks {
                for card in deck.cards { byID[card.id] = (deck.deck.title.allStrings.first ?? "", card) }
            }
            for expected in manifest.cards {
                let made = try XCTUnwrap(byID["note-\(expected.guid).\(expected.ord)"], "\(name): \(expected.key)")
                XCTAssertEqual(made.deck, expected.deck, "\(name): \(expected.key)")
                XCTAssertEqual(
                    made.card.prompt.allStrings.first, Self.shown(expected.question, sounds: expected.questionAv),
                    "\(name): \(expected.key): the front as Anki shows it")
            }
        }
    }

    func testAnswersAreWhatTheBackShowsAfterTheFront() throws {
        let manifest = try Self.manifest()
        let result = try AnkiPackageReader.read(url: Self.url("deck-modern.apkg"))
        let cards = Dictionary(uniqueKeysWithValues: result.decks.flatMap(\.cards).map { ($0.id, $0) })
        for expected in manifest.cards {
            let card = try XCTUnwrap(cards["note-\(expected.guid).\(expected.ord)"])
            let back = Self.shown(
                AnkiCardMaker.answerPart(expected.answer, front: expected.question), sounds: expected.answerAv)
            if expected.notetype == "Cloze" {
                // A cloze card asks for the gap; the back's whole sentence (and Back Extra) follows it.
                XCTAssertEqual(card.evidence, back, expected.key)
                XCTAssertTrue(back.contains(card.answer.allStrings.first ?? "?"), expected.key)
            } else if expected.notetype.contains("type in") {
                XCTAssertEqual(card.answer.allStrings.first, "Beirut")
            } else {
                XCTAssertEqual(card.answer.allStrings.first, back, expected.key)
            }
        }
    }

    func testClozeCardsAskForTheirGap() throws {
        let result = try AnkiPackageReader.read(url: Self.url("deck-modern.apkg"))
        let cloze = result.decks.flatMap(\.cards).filter { $0.kind == "note.cloze" }
        let asked = Dictionary(
            cloze.map { ($0.prompt.allStrings.first ?? "", $0.accept) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(asked["[capital] lies on the Seine"], ["Paris"])
        XCTAssertEqual(asked["[...] flows north"], ["The Nile river"])
        XCTAssertEqual(asked["The [...] river flows north"], ["Nile"])
        XCTAssertEqual(asked["تأسس حلف الناتو عام [...] في واشنطن"], ["1949"])
        XCTAssertEqual(asked["تأسس حلف الناتو عام 1949 في [...]"], ["واشنطن"])
    }

    func testMediaIsNamedAndNotTyped() throws {
        let result = try AnkiPackageReader.read(url: Self.url("deck-modern.apkg"))
        let cards = result.decks.flatMap(\.cards)
        let image = try XCTUnwrap(cards.first { $0.prompt.allStrings.first == "[image: flag-egypt.png]" })
        XCTAssertEqual(image.answer.allStrings.first, "Egypt (مصر)")
        let sound = try XCTUnwrap(cards.first { $0.prompt.allStrings.first == "book" })
        XCTAssertEqual(sound.answer.allStrings.first, "كتاب [sound: kitab.mp3]")
        XCTAssertEqual(sound.accept, ["كتاب"])
    }
}

/// Anki's own plain-text exports of the same deck.
final class AnkiTextExportFixtureTests: XCTestCase {
    func read(_ name: String) throws -> (decks: [Deck], summary: String) {
        try AnkiTextReader.readWithSummary(Data(contentsOf: AnkiDeckFixtureTests.url(name)), file: name)
    }

    func testTheExportWithHeadersGivesThePackagesCardsAndDecks() throws {
        let text = try read("deck-notes-headers.txt")
        let package = try AnkiPackageReader.read(url: AnkiDeckFixtureTests.url("deck-modern.apkg"))
        XCTAssertEqual(text.decks.map(\.deck.id), ["analyst", "analyst::arabic"])
        func keys(_ decks: [Deck]) -> Set<String> {
            Set(decks.flatMap { deck in deck.cards.map { "\(deck.deck.id) \($0.id)" } })
        }
        // Every card the text gives is the package's (same deck, same key); the package has two
        // more: the custom type's second template, which a text export cannot carry.
        let missing = keys(package.decks).subtracting(keys(text.decks))
        XCTAssertTrue(
            keys(text.decks).isSubset(of: keys(package.decks)), "\(keys(text.decks).subtracting(keys(package.decks)))")
        XCTAssertEqual(missing, ["analyst note-fd-fact-sipri.1", "analyst::arabic note-fd-fact-league.1"])
        XCTAssertTrue(text.summary.contains("18 cards (5 cloze)"), text.summary)
        XCTAssertTrue(text.summary.contains("2 notes of custom types"), text.summary)
        let image = text.decks.flatMap(\.cards).first { $0.id == "note-fd-basic-image.0" }
        XCTAssertEqual(image?.prompt.allStrings, ["[image: flag-egypt.png]"])
    }

    func testThePlainExportGivesEveryNoteItCan() throws {
        let text = try read("deck-notes-plain.txt")
        // No note type column: cloze notes are known by their deletions; the image-only note
        // has an empty front once Anki dropped its HTML, and is left out as Anki leaves it out.
        XCTAssertEqual(text.decks.count, 1)
        let cards = text.decks[0].cards
        XCTAssertEqual(cards.filter { $0.kind == "note.cloze" }.count, 5)
        XCTAssertEqual(cards.count, 14)
        XCTAssertTrue(
            text.summary.contains("skipped 1 row with an empty front or back, as Anki does (line 5)"), text.summary)
    }
}

/// Cloze and reversed cards of Anki's deck are judged by the matcher as typed answers are.
final class AnkiCardAnswerTests: XCTestCase {
    func testClozeAndReversedAnswersAreJudgedRight() throws {
        let result = try AnkiPackageReader.read(url: AnkiDeckFixtureTests.url("deck-modern.apkg"))
        let cards = Dictionary(uniqueKeysWithValues: result.decks.flatMap(\.cards).map { ($0.id, $0) })
        let matcher = AnswerMatcher()
        func verdict(_ key: String, _ response: String) throws -> Verdict {
            matcher.judge(response, accepted: try XCTUnwrap(cards[key], key).accept)
        }
        XCTAssertEqual(try verdict("note-fd-cloze-nested.1", "nile"), .correct)
        XCTAssertEqual(try verdict("note-fd-cloze-nested.0", "the nile river"), .correct)
        XCTAssertEqual(try verdict("note-fd-cloze-arabic.1", "واشنطون"), .close, "a typo in Arabic")
        XCTAssertEqual(try verdict("note-fd-cloze-arabic.0", "1949"), .correct)
        XCTAssertEqual(try verdict("note-fd-cloze-hint.0", "London"), .wrong)
        XCTAssertEqual(try verdict("note-fd-reversed-sound.1", "book"), .correct)
        XCTAssertEqual(try verdict("note-fd-reversed-sound.0", "كتاب"), .correct, "the sound is not typed")
        XCTAssertEqual(try verdict("note-fd-type-in.0", "beirut"), .correct)
    }
}
