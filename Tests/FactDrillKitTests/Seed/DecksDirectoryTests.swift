import Foundation
import XCTest

@testable import FactDrillKit

/// Every article model in `decks/` (the seed and the others): it loads, quotes its article
/// verbatim, and its committed deck file is what the generator makes of it.
final class DecksDirectoryTests: XCTestCase {
    private var decks: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("decks")
    }

    private func modelFiles() throws -> [URL] {
        let files = try FileManager.default.contentsOfDirectory(at: decks, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasSuffix(".article.yaml") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        XCTAssertGreaterThanOrEqual(files.count, 4, "decks/ should hold the seed and three more models")
        return files
    }

    func testEveryModelQuotesItsArticleVerbatim() throws {
        for file in try modelFiles() {
            let model = try ModelLoader.load(contentsOf: file)
            let textFile = try XCTUnwrap(model.article.textFile, "\(file.lastPathComponent) has no text_file")
            let text = try Data(contentsOf: decks.appendingPathComponent(textFile))
            for fact in model.facts {
                let evidence = try XCTUnwrap(fact.evidence, "\(file.lastPathComponent): \(fact.id) has no evidence")
                XCTAssertNotNil(
                    text.range(of: Data(evidence.utf8)),
                    "\(file.lastPathComponent): the evidence of \(fact.id) is not in \(textFile)")
            }
        }
    }

    func testEveryCommittedDeckIsTheGeneratorsOutput() throws {
        for file in try modelFiles() {
            let model = try ModelLoader.load(contentsOf: file)
            let generated = try DeckFile.encode(QuestionGenerator().generate(model).deck)
            let deckName = "\(model.article.id).deck.json"
            let committed = try Data(contentsOf: decks.appendingPathComponent(deckName))
            XCTAssertEqual(
                generated, committed,
                """
                decks/\(deckName) is stale: run \
                `swift run factdrill generate decks/\(file.lastPathComponent) -o decks/\(deckName)`
                """)
        }
    }

    /// What `generate --review` reads: no rule flags a card of any committed model, generated alone
    /// or, as `import` generates it, with every other model installed beside it.
    func testNoReviewRuleFlagsACardOfTheCommittedModels() throws {
        let models = try modelFiles().map { try ModelLoader.load(contentsOf: $0) }
        XCTAssertEqual(DeckReview.ruleNames.count, 8)
        for model in models {
            let others = models.filter { $0.article.id != model.article.id }
            for with in [[], others] {
                let deck = try QuestionGenerator().generate(model, others: with).deck
                let flags = DeckReview.flags(in: deck, model: model)
                XCTAssertEqual(
                    flags, [],
                    "\(model.article.id) (with \(with.count) others): "
                        + flags.map { "\($0.card) \($0.rule): \($0.message)" }.joined(separator: "\n"))
            }
        }
    }
}
