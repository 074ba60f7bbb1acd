import Foundation

/// Why an article model could not be loaded.
public enum ModelError: LocalizedError, Equatable {
    /// The file was read but has problems; every problem found, in file order.
    case invalid([ModelProblem])
    /// The file could not be read at all (missing, a directory, not UTF-8, too large).
    case unreadable(file: String, reason: String)

    /// Every problem, one per line, as `FILE:LINE:COLUMN: message` (or `FILE: cannot read: reason`).
    public var errorDescription: String? {
        switch self {
        case .invalid(let problems):
            return problems.map(\.description).joined(separator: "\n")
        case .unreadable(let file, let reason):
            return "\(file): cannot read: \(reason)"
        }
    }

    /// The problems as lines; an unreadable file is one line.
    public var lines: [String] {
        switch self {
        case .invalid(let problems): return problems.map(\.description)
        case .unreadable: return [errorDescription ?? ""]
        }
    }
}
