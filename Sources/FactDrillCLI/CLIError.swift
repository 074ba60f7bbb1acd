import Foundation

/// Errors of the CLI itself, reported as `factdrill: message` on stderr with a non-zero exit.
/// What the application layer refuses (unknown decks, unreadable files) is an `AppError`.
public enum CLIError: LocalizedError, Equatable {
    /// An output file could not be written.
    case unwritable(path: String, reason: String)
    /// An option the shell does not take on its command lines.
    case shellOption(String, reason: String)

    /// The message shown to the user.
    public var errorDescription: String? {
        switch self {
        case .shellOption(let option, let reason):
            return "\(option): not in the shell: \(reason); quit and run factdrill with it instead"
        case .unwritable(let path, let reason):
            return "\(path): cannot write: \(reason) (check the folder exists and is writable)"
        }
    }
}
