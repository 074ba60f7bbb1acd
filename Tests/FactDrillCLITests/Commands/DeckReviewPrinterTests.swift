import FactDrillKit
import XCTest

@testable import FactDrillCLI

/// `generate --review`: every card with its texts in each language, the flags under it, a summary,
/// deck text sanitized; and the command's exit status 0 on the seed.
final class DeckReviewPrinterTests: XCTestCase {
    func testEveryCardItsOptionsAndItsFlagsAreListed() {
        let cards = ["Deputy Prime Minister", "Minister for Defence"].enumerated().map { index, post in
            DeckCard(
                id: "card-\(index)", fact: "f\(index)", kind: QuestionKind.roleTitle.rawValue, format: .choice,
                prompt: LocalizedText(ar: "ما منصبه \(index)؟", en: "What post did he hold in \(index)?\u{1B}[31m"),
                answer: LocalizedText(ar: "منصب \(index)", en: post), accept: [post],
                choices: [LocalizedText(ar: "منصب \(index)", en: post), LocalizedText(ar: "آخر", en: "Other")])
        }
        let deck = Deck(deck: DeckInfo(id: "d", title: LocalizedText(en: "D"), languages: ["ar", "en"]), cards: cards)
        let sink = CapturingOutputSink()
        let console = Console(sink: sink, settings: OutputSettings(color: false, bidiMarks: false))
        let model = ArticleModel(
            article: Article(id: "d", title: LocalizedText(en: "D"), language: "en"), entities: [], facts: [])
        let flagged = DeckReviewPrinter(console: console).print(deck, model: model)
        XCTAssertEqual(flagged, 0, "two prompts, two answers")
        let lines = sink.out.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains("card-0  role.title (choice)"), sink.out)
        XCTAssertTrue(lines.contains("      options: Deputy Prime Minister | Other"), sink.out)
        XCTAssertTrue(lines.contains { $0.hasPrefix("  ar: ") }, sink.out)
        XCTAssertFalse(sink.out.contains("\u{1B}"), "deck text is sanitized")
        XCTAssertEqual(lines.last, "2 cards, 0 flagged")

        var clash = deck
        clash.cards[1].prompt = cards[0].prompt
        let second = CapturingOutputSink()
        let count = DeckReviewPrinter(console: Console(sink: second, settings: console.settings)).print(
            clash, model: model)
        XCTAssertEqual(count, 1)
        XCTAssertTrue(second.out.contains("  ! duplicate-prompt (en): the same prompt as card-0"), second.out)
        XCTAssertEqual(second.out.split(separator: "\n").last, "2 cards, 1 flagged")
    }

    func testGenerateReviewExitsZeroWithASummary() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let model = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("decks/nato-ip4-defense-industry.article.yaml")
        let result = try runner.run(["generate", model.path, "--review"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("kishida-role.holder  role.holder (text)"), result.stdout)
        let summary = try XCTUnwrap(result.stdout.split(separator: "\n").last)
        XCTAssertTrue(summary.hasSuffix(" cards, 0 flagged"), String(summary))
        XCTAssertFalse(result.stdout.contains("\"cards\""), "the review replaces the deck on standard output")
    }
}
