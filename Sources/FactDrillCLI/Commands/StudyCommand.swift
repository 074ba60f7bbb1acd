import ArgumentParser
import FactDrillApp
import Foundation

/// `factdrill study [DECK]`: straight into a session.
struct StudyCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "study",
        abstract: "Study the cards due now (then new ones, up to the daily limits).",
        discussion: "In a session type the answer, or :hint, :skip (until tomorrow), :suspend, :undo, :quit.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var study: StudyOptions

    @Argument(help: "A deck id (see `factdrill decks`); all decks when omitted.")
    var deck: String?

    @Flag(name: .long, help: "Practise cards before they are due; logged as practice, the schedule does not change.")
    var ahead = false

    func run(in environment: CommandEnvironment) throws {
        let reader = environment.reader ?? LineReaders.standard(historyFile: nil)
        var settings = StudySession.Settings()
        settings.deck = deck
        settings.ahead = ahead
        try StudyRunner(context: environment.context, reader: reader)
            .run(settings: settings, options: study.over(environment.studyOptions))
    }
}
