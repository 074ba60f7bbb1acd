import XCTest

@testable import FactDrillKit

final class AnkiTextReaderErrorTests: XCTestCase {
    func error(_ text: String, file: String = "deck.csv") -> ImportError? {
        error(Data(text.utf8), file: file)
    }

    func error(_ data: Data, file: String = "deck.csv") -> ImportError? {
        do {
            let deck = try AnkiTextReader.read(data, file: file)
            XCTFail("imported \(deck.cards.count) cards")
            return nil
        } catch {
            return error as? ImportError
        }
    }

    func testTooFewFieldsNamesTheLine() {
        let found = error("a,b\nc,d\nonly a front\n")
        XCTAssertEqual(found, .tooFewFields(file: "deck.csv", line: 3, found: 1, needed: 2))
        XCTAssertEqual(
            found?.localizedDescription,
            "deck.csv:3: the row has 1 field but needs 2 (front and back); check the separator")
    }

    func testTooFewFieldsCountsSpecialColumns() {
        XCTAssertEqual(
            error("#separator:tab\n#guid column:1\nguid1\tfront\n"),
            .tooFewFields(file: "deck.csv", line: 3, found: 2, needed: 3))
    }

    func testUnterminatedQuoteNamesTheLineWhereItStarts() {
        XCTAssertEqual(error("a,b\n\"open,b\nmore\nand more\n"), .unterminatedQuote(file: "deck.csv", line: 2))
    }

    func testUnknownSeparatorAndBadHeaders() {
        XCTAssertEqual(error("#separator:Dash\na-b\n"), .unknownSeparator(file: "deck.csv", line: 1, value: "Dash"))
        guard case .badHeader(_, 2, "html", _) = error("#separator:tab\n#html:yes\na\tb\n") else {
            return XCTFail("expected a bad #html header")
        }
        guard case .badHeader(_, 1, "tags column", _) = error("#tags column:zero\na,b\n") else {
            return XCTFail("expected a bad #tags column header")
        }
    }

    func testInvalidUTF8GivesOffsetAndLine() {
        var data = Data("front,back\nok,fine\nbad,".utf8)
        data.append(contentsOf: [0xC3, 0x28])
        data.append(Data(",x\n".utf8))
        XCTAssertEqual(error(data), .invalidUTF8(file: "deck.csv", line: 3, offset: 23))
        XCTAssertEqual(
            error(Data([0x61, 0x2C, 0xED, 0xA0, 0x80])), .invalidUTF8(file: "deck.csv", line: 1, offset: 2),
            "a UTF-16 surrogate encoded in UTF-8 is invalid")
    }

    func testEmptyFile() {
        XCTAssertEqual(error("#separator:tab\n\n# nothing\n"), .noCards(file: "deck.csv", skipped: 0))
        XCTAssertEqual(error(""), .noCards(file: "deck.csv", skipped: 0))
        XCTAssertEqual(
            error("#separator:tab\n#notetype column:1\nCloze\t{{c1:: }}\t\nBasic\t \tx\n"),
            .noCards(file: "deck.csv", skipped: 2))
        XCTAssertTrue(
            error("a,\n")?.localizedDescription.contains("all 1 rows have an empty front or back") == true)
    }

    func testAbsurdSizes() {
        XCTAssertEqual(
            error(Data(count: AnkiTextReader.maxFileBytes + 1)),
            .fileTooLarge(
                file: "deck.csv", bytes: AnkiTextReader.maxFileBytes + 1,
                limit: AnkiTextReader.maxFileBytes))
        let huge = "front,\"" + String(repeating: "x", count: AnkiTextReader.maxFieldBytes + 10) + "\"\n"
        guard case .fieldTooLarge(_, 1, _, AnkiTextReader.maxFieldBytes) = error(huge) else {
            return XCTFail("expected fieldTooLarge")
        }
    }

    func testErrorsMentionTheFileName() {
        let message = error("x", file: "/home/me/vocab.tsv")?.localizedDescription ?? ""
        XCTAssertTrue(message.hasPrefix("/home/me/vocab.tsv:1:"), message)
    }
}
