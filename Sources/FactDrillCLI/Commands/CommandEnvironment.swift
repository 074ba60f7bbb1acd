import ArgumentParser
import Foundation

/// What a database command runs with: the open database, clock and console, and in the shell
/// the shell's line reader and study options (its start options and `lang`).
final class CommandEnvironment {
    let context: AppContext
    /// The shell's line reader; nil on the command line (a command makes its own).
    let reader: LineReader?
    /// The study options in force: the shell's; on the command line, none set.
    var studyOptions: StudyPreferences

    init(context: AppContext, reader: LineReader? = nil, studyOptions: StudyPreferences = StudyPreferences()) {
        self.context = context
        self.reader = reader
        self.studyOptions = studyOptions
    }

    var console: Console { context.console }
}
