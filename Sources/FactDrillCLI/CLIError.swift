import Foundation

/// Errors the CLI reports to the user as `factdrill: message` on stderr, with a non-zero exit.
public enum CLIError: LocalizedError, Equatable {
    /// An environment variable is set to something unusable.
    case badEnvironment(name: String, value: String, hint: String)
    /// A file that cannot be imported.
    case unsupportedFile(path: String)
    /// A deck id that is not installed.
    case unknownDeck(String, known: [String])
    /// A file could not be read.
    case unreadable(path: String, reason: String)
    /// An output file could not be written.
    case unwritable(path: String, reason: String)
    /// An option the shell does not take on its command lines.
    case shellOption(String, reason: String)

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
        case let .shellOption(option, reason):
            return "\(option): not in the shell: \(reason); quit and run factdrill with it instead"
        case let .unwritable(path, reason):
            return "\(path): cannot write: \(reason) (check the folder exists and is writable)"
        }
    }
}
