import ArgumentParser
import FactDrillKit
import Foundation

/// `factdrill generate MODEL.article.yaml`: the deck file of an article model.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write the deck file (cards) of an article model.",
        discussion: """
            Refuses an invalid model with check's messages. Other models given with --with serve \
            for distractors and chronology across articles; their own facts are not asked. \
            --review lists the cards with the review's flags (rules: \(DeckReview.ruleNames.joined(separator: ", "))) \
            instead of writing the deck to standard output.
            """)

    @Argument(help: ArgumentHelp("The article model (*.article.yaml).", valueName: "model"))
    var model: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Languages of the questions, comma-separated (default: those of the article's title).", valueName: "ar,en"))
    var lang: String?

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Write the deck here instead of standard output.", valueName: "file"))
    var output: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Another article model, for distractors and chronology (repeatable).", valueName: "model"))
    var with: [String] = []

    @Flag(
        name: .long,
        help:
            "List, per fact, the questions made and those skipped, with the reason (on stderr when the deck goes to stdout)."
    )
    var explain = false

    @Flag(
        name: .long,
        help: """
            List every card (prompt, answer and options in each language) with what a careful reader would \
            flag under it, and a summary line; the deck is written only with -o. Exits 0 even with flags.
            """)
    var review = false

    func run() throws {
        let main = try ModelLoader.load(contentsOf: URL(fileURLWithPath: model))
        let others = try with.map { try ModelLoader.load(contentsOf: URL(fileURLWithPath: $0)) }
        var options = GenerationOptions()
        if let lang {
            options.languages = lang.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        let result = try QuestionGenerator(options: options).generate(main, others: others)
        let data = try DeckFile.encode(result.deck)
        let console = Console()
        if explain {
            let report = result.report.flatMap(\.lines)
            if output == nil {
                for line in report { console.error(line) }
            } else {
                for line in report { console.line(Span(line)) }
            }
        }
        if review {
            DeckReviewPrinter(console: console).print(result.deck, model: main)
        }
        if let output {
            try OutputFile.write(data, to: output)
            console.line("\(output): \(result.deck.cards.count) cards from \(main.facts.count) facts")
        } else if !review {
            FileHandle.standardOutput.write(data)
        }
    }
}
