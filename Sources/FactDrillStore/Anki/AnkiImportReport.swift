import Foundation

/// What an Anki package import made of the package's cards.
public struct AnkiImportReport: Hashable, Sendable {
    /// Why an Anki card gave no factdrill card.
    public enum SkipReason: String, Hashable, Sendable, CaseIterable {
        /// The note's type is not in the collection.
        case unknownNotetype = "unknown note type"
        /// The note type has no template of the card's ordinal.
        case noTemplate = "no template"
        /// The front shows nothing once rendered (an empty field, no media).
        case emptyFront = "empty front"
        /// The answer is empty once rendered.
        case emptyBack = "empty back"
    }

    /// Notes in the package.
    public var notes = 0
    /// Cards made.
    public var cards = 0
    /// Anki cards that gave no card, by reason.
    public var skipped: [SkipReason: Int] = [:]
    /// The Anki decks the cards came from, sorted.
    public var ankiDecks: [String] = []
    /// Cards made of cloze deletions.
    public var clozeCards = 0
    /// Reviews of the imported cards in the package's review log.
    public var reviews = 0
    /// Media files the package holds.
    public var mediaFiles = 0

    /// Creates an empty report.
    public init() {}

    /// A one-line summary for the user, e.g. "20 cards (4 cloze) from 13 notes in 2 decks".
    public var summary: String {
        var text = "\(cards) card\(cards == 1 ? "" : "s")"
        if clozeCards > 0 { text += " (\(clozeCards) cloze)" }
        text += " from \(notes) note\(notes == 1 ? "" : "s")"
        if ankiDecks.count > 1 { text += " in \(ankiDecks.count) decks" }
        if reviews > 0 { text += ", \(reviews) review\(reviews == 1 ? "" : "s")" }
        if mediaFiles > 0 { text += ", \(mediaFiles) media file\(mediaFiles == 1 ? "" : "s")" }
        let skips = SkipReason.allCases.compactMap { reason in skipped[reason].map { "\($0) \(reason.rawValue)" } }
        if !skips.isEmpty { text += "; skipped " + skips.joined(separator: ", ") }
        return text
    }
}
