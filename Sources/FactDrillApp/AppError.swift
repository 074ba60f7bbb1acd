import Foundation

/// Errors of the application layer: what a user asked for that cannot be done, with how to fix
/// it. The CLI prints them as `factdrill: message` on stderr, with a non-zero exit.
public enum AppError: LocalizedError, Equatable {
    /// An environment variable is set to something unusable.
    case badEnvironment(name: String, value: String, hint: String)
    /// A file that cannot be imported.
    case unsupportedFile(path: String)
    /// A deck id that is not installed.
    case unknownDeck(String, known: [String])
    /// A file could not be read.
    case unreadable(path: String, reason: String)
    /// A study session was asked for a step that does not follow the last one (an answer with
    /// no card shown, a rating with no answer), a mistake of the calling code.
    case sessionStep(String)
    /// A `.txt` file given to `import` that is an article's text, not an Anki text export.
    case articleText(path: String)
    /// A text in which the drafter found no fact it is sure of.
    case nothingDrafted(path: String)
    /// A drafted model that does not load: a defect of the drafter, reported with the loader's message.
    case draftInvalid(path: String, problem: String)
    /// A review log (`optimize --from`) with a line that is not a review.
    case badReviewLog(path: String, line: Int, problem: String)
    /// A setting given out of its range.
    case badSetting(name: String, value: String, hint: String)

    /// The message shown to the user.
    public var errorDescription: String? {
        switch self {
        case .badEnvironment(let name, let value, let hint):
            return "\(name)='\(value)' is not valid: \(hint)"
        case .unsupportedFile(let path):
            return "\(path): cannot import this kind of file; factdrill imports \(ImportFormat.summary)"
        case .unknownDeck(let id, let known):
            let list = known.isEmpty ? "none is installed" : "installed: \(known.joined(separator: ", "))"
            return "no deck '\(id)' (\(list))"
        case .unreadable(let path, let reason):
            return "\(path): cannot read: \(reason)"
        case .sessionStep(let problem):
            return "study session: \(problem)"
        case .articleText(let path):
            return """
                \(path): this reads as an article's text, not an Anki text export (no tab-separated fields \
                and no #separator header); draft an article model from it with `factdrill draft \(path)`, \
                review the model, then import the .article.yaml it writes
                """
        case .nothingDrafted(let path):
            return """
                \(path): nothing drafted: no ranking, dated event or role the rules are sure of (--explain shows \
                what each sentence gave; --published resolves relative dates); write the model by hand \
                (docs/article-model.md)
                """
        case .draftInvalid(let path, let problem):
            return "\(path): the drafted model does not load (\(problem)); please report this with the text"
        case .badReviewLog(let path, let line, let problem):
            let place = line > 0 ? "\(path):\(line)" : path
            return "\(place): \(problem); a review log has the columns "
                + ReviewLogReader.columns.joined(separator: ",")
                + " (times in epoch milliseconds, ratings 1-4), as `factdrill export reviews` writes it"
        case .badSetting(let name, let value, let hint):
            return "\(name) \(value): \(hint)"
        }
    }
}
