import XCTest

@testable import FactDrillKit

final class AnkiTextReaderTests: XCTestCase {
    func read(_ text: String, file: String = "deck.csv") throws -> Deck {
        try AnkiTextReader.read(Data(text.utf8), file: file)
    }

    func testDefaultFrontBackTagsAndDeckFromFileName() throws {
        let deck = try read("Capital of Jordan,Amman,capitals asia\n", file: "/data/My Vocab.csv")
        XCTAssertEqual(deck.deck.id, "my-vocab")
        XCTAssertEqual(deck.deck.title["en"], "My Vocab")
        let card = try XCTUnwrap(deck.cards.first)
        XCTAssertEqual(card.kind, "note.basic")
        XCTAssertEqual(card.format, .text)
        XCTAssertEqual(card.prompt, LocalizedText(en: "Capital of Jordan"))
        XCTAssertEqual(card.answer, LocalizedText(en: "Amman"))
        XCTAssertEqual(card.accept, ["Amman"])
        XCTAssertEqual(card.tags, ["capitals", "asia"])
        XCTAssertEqual(card.fact, card.id)
    }

    func testIdsComeFromTheFrontOnly() throws {
        let first = try read("Capital of Jordan,Amman\n").cards[0].id
        let edited = try read("x,y\nCapital  of Jordan ,Amman (city)\n").cards[1].id
        XCTAssertEqual(first, edited)
        XCTAssertNotEqual(first, try read("Capital of Syria,Damascus\n").cards[0].id)
        XCTAssertTrue(first.hasPrefix("note-") && first.count == 21, first)
    }

    func testArabicCardsAreKeyedAr() throws {
        let deck = try read("#deck:مفردات\nكتاب,book\n")
        XCTAssertEqual(deck.cards[0].prompt, LocalizedText(ar: "كتاب"))
        XCTAssertEqual(deck.cards[0].answer, LocalizedText(ar: "book"))
        XCTAssertEqual(deck.deck.title, LocalizedText(ar: "مفردات"))
        XCTAssertEqual(deck.deck.id, "مفردات")
        XCTAssertEqual(deck.deck.languages, ["ar"])
    }

    func testHTMLIsKeptAsTextWhenTheHeaderSaysSo() throws {
        XCTAssertEqual(try read("#html:false\na<br>b,c\n").cards[0].prompt.allStrings.first, "a<br>b")
        XCTAssertEqual(try read("#html:true\na<br>b,c\n").cards[0].prompt.allStrings.first, "a b")
        XCTAssertEqual(try read("a<br>b,c\n").cards[0].prompt.allStrings.first, "a b", "no header: guessed")
        XCTAssertEqual(try read("q [sound:x.mp3],c\n").cards[0].prompt.allStrings.first, "q")
    }

    func testLiteralSeparatorAndNamedOnes() throws {
        XCTAssertEqual(try read("#separator:|\na|b\n").cards[0].answer.allStrings.first, "b")
        XCTAssertEqual(try read("#separator:Pipe\na|b\n").cards[0].answer.allStrings.first, "b")
        XCTAssertEqual(try read("#separator:colon\na:b\n").cards[0].answer.allStrings.first, "b")
        XCTAssertEqual(try read("#separator:Space\na b\n").cards[0].answer.allStrings.first, "b")
    }

    func testReversedNotetypeGivesTwoCards() throws {
        let deck = try read("#notetype:Basic (and reversed card)\nbook,كتاب\n")
        XCTAssertEqual(deck.cards.map(\.kind), ["note.basic", "note.reversed"])
        XCTAssertEqual(deck.cards[1].prompt.allStrings.first, "كتاب")
        XCTAssertEqual(deck.cards[1].id, deck.cards[0].id + ".1")
    }

    func testColumnsByNameAndTagsColumn() throws {
        let deck = try read("#separator:tab\n#columns:Tags\tBack\tFront\nt1 t2\tanswer\tquestion\n")
        XCTAssertEqual(deck.cards[0].prompt.allStrings.first, "question")
        XCTAssertEqual(deck.cards[0].answer.allStrings.first, "answer")
        XCTAssertEqual(deck.cards[0].tags, ["t1", "t2"])
        let numbered = try read("#separator:tab\n#tags column:1\nt1\tq\ta\n")
        XCTAssertEqual(numbered.cards[0].prompt.allStrings.first, "q")
        XCTAssertEqual(numbered.cards[0].tags, ["t1"])
    }

    func testDeckColumnNamesTheDeck() throws {
        let deck = try read("#separator:tab\n#deck column:1\nWeapons::Tanks\tq\ta\n")
        XCTAssertEqual(deck.deck.title["en"], "Weapons")
    }

    func testClozeRowsBecomeClozeCards() throws {
        let text =
            "#separator:tab\n#notetype column:1\nBasic\tq\ta\nCloze\t{{c1::Paris}} is a {{c2::capital}}\tFrance\n"
        let result = try AnkiTextReader.parse(Data(text.utf8), file: "mixed.txt")
        XCTAssertEqual(
            result.deck.cards.map { $0.prompt.allStrings.first }, ["q", "[...] is a capital", "Paris is a [...]"])
        XCTAssertEqual(result.deck.cards.map(\.accept), [["a"], ["Paris"], ["capital"]])
        XCTAssertEqual(result.deck.cards.last?.evidence, "Paris is a capital\nFrance")
        XCTAssertEqual(result.clozeCards, 2)
        let whole = try AnkiTextReader.parse(Data("#notetype:Cloze\n{{c1::Cairo}} is in Egypt,\n".utf8), file: "c.csv")
        XCTAssertEqual(whole.deck.cards.first?.answer.allStrings, ["Cairo"], "an empty Back Extra is allowed")
    }

    func testEmptyFieldsLeaveTheRowOutAndSayWhere() throws {
        let result = try AnkiTextReader.parse(Data("a,b\n,x\nc,\nd,e\n".utf8), file: "deck.csv")
        XCTAssertEqual(result.deck.cards.map { $0.prompt.allStrings.first }, ["a", "d"])
        XCTAssertEqual(result.skipped, [2, 3])
        XCTAssertTrue(result.summary.contains("skipped 2 rows with an empty front or back, as Anki does (lines 2, 3)"))
    }

    func testASpreadsheetsHeaderRowNamesTheColumns() throws {
        let result = try AnkiTextReader.parse(
            Data("Question,Answer,Tags\nCapital of Japan,Tokyo,geo\n".utf8), file: "s.csv")
        XCTAssertEqual(result.deck.cards.map { $0.prompt.allStrings.first }, ["Capital of Japan"])
        XCTAssertEqual(result.deck.cards.first?.tags, ["geo"])
        XCTAssertTrue(result.headerRow)
        let swapped = try AnkiTextReader.parse(Data("Back;Front\nTokyo;Capital of Japan\n".utf8), file: "s.csv")
        XCTAssertEqual(swapped.deck.cards.first?.prompt.allStrings.first, "Capital of Japan")
        let data = try AnkiTextReader.parse(Data("front,back\nFront,Back\n".utf8), file: "s.csv")
        XCTAssertEqual(data.deck.cards.count, 1, "only the first row can be names")
    }

    func testHTMLIsGuessedWithoutAnHTMLHeader() throws {
        let html = try AnkiTextReader.parse(Data("#separator:comma\n<b>bold</b> word,x &amp; y\n".utf8), file: "h.csv")
        XCTAssertEqual(html.deck.cards.first?.prompt.allStrings, ["bold word"])
        XCTAssertEqual(html.deck.cards.first?.answer.allStrings, ["x & y"])
        let plain = try AnkiTextReader.parse(Data("#html:false\n<b>bold</b>,x\n".utf8), file: "h.csv")
        XCTAssertEqual(plain.deck.cards.first?.prompt.allStrings, ["<b>bold</b>"], "#html:false is obeyed")
        let math = try AnkiTextReader.parse(Data("1 < 2,true\n".utf8), file: "h.csv")
        XCTAssertEqual(math.deck.cards.first?.prompt.allStrings, ["1 < 2"], "a lone < is no markup")
    }

    func testCommentsAndBlankLinesAnywhere() throws {
        let deck = try read("a,b\n\n   \n# note to self\nc,d\n")
        XCTAssertEqual(deck.cards.count, 2)
    }
}
