import Foundation

/// What an `.apkg` import made of the package's notes.
public struct AnkiImportReport: Hashable, Sendable {
    /// Why a note gave no card.
    public enum SkipReason: String, Hashable, Sendable, CaseIterable {
        /// Cloze (and image occlusion) notes are not imported.
        case cloze
        /// The note's type is not in the collection.
        case unknownNotetype = "unknown note type"
        /// The note has fewer than two fields.
        case tooFewFields = "fewer than two fields"
        /// The front is empty once its HTML is stripped.
        case emptyFront = "empty front"
        /// The back is empty once its HTML is stripped.
        case emptyBack = "empty back"
    }

    /// Notes in the package.
    public var notes = 0
    /// Cards made.
    public var cards = 0
    /// Notes that gave no card, by reason.
    public var skipped: [SkipReason: Int] = [:]
    /// Notes of types other than the Basic family, imported from their first two fields, by type name.
    public var otherNotetypes: [String: Int] = [:]
    /// The Anki decks the cards came from, sorted.
    public var ankiDecks: [String] = []

    /// Creates an empty report.
    public init() {}

    /// A one-line summary for the user, e.g. "12 cards from 10 notes; skipped 2 cloze".
    public var summary: String {
        var text = "\(cards) card\(cards == 1 ? "" : "s") from \(notes) note\(notes == 1 ? "" : "s")"
        let skips = SkipReason.allCases.compactMap { reason in skipped[reason].map { "\($0) \(reason.rawValue)" } }
        if !skips.isEmpty { text += "; skipped " + skips.joined(separator: ", ") }
        let others = otherNotetypes.sorted { $0.key < $1.key }.map { "\($0.value) \"\($0.key)\"" }
        if !others.isEmpty { text += "; first two fields used for " + others.joined(separator: ", ") }
        return text
    }
}
