import ArgumentParser
import Foundation

/// `undo`: takes back the last answer given in this database.
struct UndoCommand: ShellRunnable {
    static let configuration = CommandConfiguration(
        commandName: "undo", abstract: "Take back the last answer (its card's state and log entry are restored).")

    func run(in environment: CommandEnvironment) throws {
        if let card = try environment.context.database.undoLastReview(sessionID: nil) {
            environment.console.line("undone: the last answer to \(card.card.id) is forgotten")
        } else {
            environment.console.line("nothing to undo")
        }
    }
}
