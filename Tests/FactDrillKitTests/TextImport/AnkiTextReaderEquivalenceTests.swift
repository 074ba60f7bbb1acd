import XCTest

@testable import FactDrillKit

/// The in-place reader against the reference reader it replaced: for random files, both give
/// the same result (deck, card ids, tags, languages, counts) or throw the same error.
final class AnkiTextReaderEquivalenceTests: XCTestCase {
    enum Outcome: Equatable {
        case read(AnkiTextReader.Result)
        case failed(ImportError)
    }

    func outcome(_ read: () throws -> AnkiTextReader.Result) -> Outcome? {
        do {
            return .read(try read())
        } catch let error as ImportError {
            return .failed(error)
        } catch {
            return nil
        }
    }

    func assertSameOutcome(_ text: String, file: String = "random.csv", line: UInt = #line) -> Outcome? {
        let data = Data(text.utf8)
        let fast = outcome { try AnkiTextReader.parse(data, file: file) }
        let reference = outcome { try ReferenceAnkiTextReader.parse(data, file: file) }
        let shown = String(text.prefix(300)).debugDescription  // fields at the size limit are a megabyte
        XCTAssertNotNil(fast, shown, line: line)
        XCTAssertEqual(fast, reference, shown, line: line)
        // Rows read in pieces on several threads and put together give the same outcome.
        for chunks in [2, 3] {
            let pieces = outcome { try AnkiTextReader.parse(data, file: file, blocks: chunks) }
            XCTAssertEqual(pieces, reference, "\(chunks) pieces: " + shown, line: line)
        }
        return fast
    }

    let headers = [
        "#separator:comma\n", "#separator:tab\n", "#separator:;\n", "#html:true\n", "#html:false\n",
        "#tags:h1 h2\n", "#notetype:Basic (and reversed card)\n", "#notetype:Basic (optional reversed card)\n",
        "#notetype:Cloze\n", "#notetype column:1\n", "#deck column:1\n", "#tags column:3\n",
        "#columns:Front,Back,Tags\n", "#columns:Back,Front\n", "#deck:مفردات::x\n", "#guid column:4\n",
    ]
    let cells = [
        "Paris", "France", "بيت", "house", "Capital  of\tJordan", "\"quoted, with comma\"", "\"a \"\"b\"\" c\"",
        "\"line\nbreak\"", "", " ", "[sound:a.mp3]x", "<b>bold</b>", "a&amp;b", "Basic", "Cloze",
        "Basic (and reversed card)", "t1 t2", "t1 t1", "e\u{301}", "é", "\u{1B}[31mred", "\"open",
        "x\u{A0}\u{A0}y", "Which country ranked 1th among the largest Radaha producers, question 0?",
    ]
    let separators = [",", "\t", ";"]

    func randomFile(_ generator: inout SplitMix64) -> String {
        var text = ""
        for _ in 0..<Int(generator.next() % 3) { text += headers[Int(generator.next() % UInt64(headers.count))] }
        for _ in 0..<Int(generator.next() % 8) {
            let separator = separators[Int(generator.next() % UInt64(separators.count))]
            let width = 1 + Int(generator.next() % 4)
            text += (0..<width).map { _ in cells[Int(generator.next() % UInt64(cells.count))] }.joined(
                separator: separator)
            text += ["\n", "\r\n", "\n\n", "\n# comment\n"][Int(generator.next() % 4)]
        }
        return text
    }

    func testRandomFilesReadAsTheReferenceReadsThem() {
        var generator = SplitMix64(seed: 42)
        var read = 0
        var failed = 0
        for _ in 0..<8000 {
            switch assertSameOutcome(randomFile(&generator)) {
            case .read: read += 1
            case .failed: failed += 1
            case nil: break
            }
        }
        // Both outcomes must be common, or the comparison pins nothing.
        XCTAssertGreaterThan(read, 500)
        XCTAssertGreaterThan(failed, 1000)
    }

    func testDuplicatesKindsAndLanguagesMatchTheReference() {
        _ = assertSameOutcome("a,1\nb,2\na,3\n")
        // A piece boundary picked inside a quoted field (its line breaks fill the middle of the
        // file): the guess is given up and the file read the other way.
        _ = assertSameOutcome("a,1\nb,\"" + String(repeating: "x\n", count: 40) + "\"\nc,3\n")
        _ = assertSameOutcome("a,1\nb,\"" + String(repeating: "x\n", count: 40) + "\"\nc,\n")
        _ = assertSameOutcome("a,1\nb,\"" + String(repeating: "x\n", count: 40))
        // Repeats across the pieces a file is read in (rows of two and three pieces).
        _ = assertSameOutcome("a,1\nb,2\nc,3\nd,4\nb,5\na,6\n")
        _ = assertSameOutcome(
            "#notetype column:1\nBasic,a,1\nBasic,b,2\nBasic (and reversed card),a,3\n"
                + "Basic (and reversed card),c,4\nBasic,c,5\nCloze,x,6\nBasic,b,7\n")
        _ = assertSameOutcome("#notetype column:1\nBasic,a,1\nBasic (and reversed card),a,2\nBasic,a,3\nBasic,b,4\n")
        _ = assertSameOutcome(
            "#notetype column:1\nBasic (optional reversed card),a,1,\nBasic (optional reversed card),a,1,x\n")
        _ = assertSameOutcome("Capital of Japan,Tokyo\nعاصمة اليابان,طوكيو\nCapital of Japan,طوكيو\n")
        _ = assertSameOutcome("e\u{301},1\né,2\n")
        _ = assertSameOutcome("a,b\nc,\"never closed\nd,e\n")
        _ = assertSameOutcome("a,\nb,\"open\n")
    }

    func testFieldsAtTheSizeLimitFailAsTheReferenceFails() {
        let limit = AnkiTextReader.maxFieldBytes
        let x = { (count: Int) in String(repeating: "x", count: count) }
        var fields: [String] = []
        // Escaped quotes count one byte for two and are not checked where they are read, so they
        // shift the size against the position: the limit is crossed at every offset of a word.
        for escapes in [0, 1, 3, 4, 7] {
            let quoted = "\"" + String(repeating: "\"\"", count: escapes)
            fields.append(quoted + x(limit - escapes) + "\"")  // exactly at the limit: read
            fields.append(quoted + x(limit + 10 - escapes) + "\"")  // over it
        }
        fields.append("\"" + x(limit - 3) + "\"" + x(4))  // over it in the text after the quote
        fields.append("\"" + x(100) + "\n" + x(limit) + "\"")  // over it after a line break
        var failures = 0
        for field in fields {
            if case .failed = assertSameOutcome("front," + field + "\nnext,row\n") { failures += 1 }
        }
        XCTAssertEqual(failures, 7)
    }

    /// The benchmark's file shape (scripts/bench.d/bench.py `write_csv`): a header, then quoted
    /// front and back, tags of ten kinds.
    /// A file large enough to be read on several threads: repeats across the pieces, and rows
    /// left out in two of them reported in order.
    func testALargeFileReadInPiecesReadsAsTheReference() throws {
        var rows: [String] = []
        for index in 0..<(3 * BlockPlan.rowsPerBlock) {
            let front = index % 997 == 996 ? "front \(index / 50)" : "front \(index)"
            rows.append("\(front),back \(index),tag\(index % 7)")
        }
        let good = rows.joined(separator: "\n") + "\n"
        guard case .read(let result)? = assertSameOutcome(good) else { return XCTFail("the file did not read") }
        XCTAssertGreaterThan(result.duplicatesUpdated, 5)
        XCTAssertEqual(
            try AnkiTextReader.parse(Data(good.utf8), file: "random.csv"),
            try AnkiTextReader.parse(Data(good.utf8), file: "random.csv", blocks: 1))
        rows[rows.count - 100] = "late,"
        rows[rows.count / 2 + 1] = "middle,"
        // Rows with an empty back are left out and reported, in whichever block they fall.
        let skipping = try AnkiTextReader.parse(Data(rows.joined(separator: "\n").utf8), file: "random.csv")
        XCTAssertEqual(skipping.skipped, [rows.count / 2 + 2, rows.count - 99])
        _ = assertSameOutcome(rows.joined(separator: "\n"))
    }

    func testABenchShapedFileReadsToTheExpectedCards() throws {
        let syllables = ["ka", "lo", "mi", "ra", "su", "te", "no", "vi", "da", "ze", "bu", "ha"]
        let arabic = ["كا", "لو", "مي", "را", "سو", "تي", "نو", "في", "دا", "زي", "بو", "ها"]
        var generator = SplitMix64(seed: 1)
        var text = "#separator:comma\r\n#html:false\r\n"
        var expected: [(front: String, back: String, tags: [String])] = []
        for index in 0..<3000 {
            let parts = (0..<3).map { _ in Int(generator.next() % 12) }
            let name = parts.map { syllables[$0] }.joined().capitalized
            let front =
                "Which country ranked \(index % 50 + 1)th among the largest \(name) producers, question \(index)?"
            let back = "\(name)land, " + parts.map { arabic[$0] }.joined()
            text += "\"\(front)\",\"\(back)\",bench set\(index % 10)\r\n"
            expected.append((front, back, ["bench", "set\(index % 10)"]))
        }
        let result = try AnkiTextReader.parse(Data(text.utf8), file: "/tmp/parse-bench.csv")
        XCTAssertEqual(result.rows, 3000)
        XCTAssertEqual(result.duplicatesUpdated, 0)
        XCTAssertEqual(result.deck.deck.id, "parse-bench")
        XCTAssertEqual(result.deck.deck.languages, ["ar"], "every back has Arabic script")
        XCTAssertEqual(result.deck.cards.count, 3000)
        for (card, row) in zip(result.deck.cards, expected) {
            XCTAssertEqual(card.id, "note-" + SHA1.hex(row.front).prefix(16))
            XCTAssertEqual(card.fact, card.id)
            XCTAssertEqual(card.kind, "note.basic")
            XCTAssertEqual(card.prompt, LocalizedText(ar: row.front))
            XCTAssertEqual(card.answer, LocalizedText(ar: row.back))
            XCTAssertEqual(card.accept, [row.back])
            XCTAssertEqual(card.tags, row.tags)
        }
        XCTAssertEqual(try ReferenceAnkiTextReader.parse(Data(text.utf8), file: "/tmp/parse-bench.csv"), result)
    }
}
