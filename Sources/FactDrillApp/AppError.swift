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

    /// The message shown to the user.
    public var errorDescription: String? {
        switch self {
        case let .badEnvironment(name, value, hint):
            return "\(name)='\(value)' is not valid: \(hint)"
        case let .unsupportedFile(path):
            return "\(path): cannot import this kind of file; factdrill imports \(ImportFormat.summary)"
        case let .unknownDeck(id, known):
            let list = known.isEmpty ? "none is installed" : "installed: \(known.joined(separator: ", "))"
            return "no deck '\(id)' (\(list))"
        case let .unreadable(path, reason):
            return "\(path): cannot read: \(reason)"
        case let .sessionStep(problem):
            return "study session: \(problem)"
        }
    }
}
