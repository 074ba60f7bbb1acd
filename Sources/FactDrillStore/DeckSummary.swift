import FactDrillKit
import Foundation

/// An installed deck and how many of its cards are in each state.
public struct DeckSummary: Hashable, Sendable, Codable, Identifiable {
    /// The deck id.
    public var id: String
    /// The deck's title per language.
    public var title: LocalizedText
    /// The languages of the deck's cards.
    public var languages: [LanguageCode]
    /// Where the deck was installed from.
    public var source: DeckSource
    /// When the deck was first installed.
    public var installedAt: Date
    /// When the deck was last (re)installed.
    public var updatedAt: Date
    /// Cards in the deck, retired ones excluded.
    public var total: Int
    /// Cards never studied (not suspended).
    public var new: Int
    /// Cards in learning or relearning (not suspended).
    public var learning: Int
    /// Cards in review (not suspended).
    public var review: Int
    /// Suspended cards.
    public var suspended: Int
    /// Learning, review and relearning cards due now (not suspended, not buried).
    public var dueNow: Int
    /// Cards retired by re-imports (kept for their history).
    public var retired: Int

    /// Creates a value.
    public init(
        id: String, title: LocalizedText, languages: [LanguageCode], source: DeckSource, installedAt: Date,
        updatedAt: Date, total: Int, new: Int, learning: Int, review: Int, suspended: Int, dueNow: Int,
        retired: Int
    ) {
        self.id = id
        self.title = title
        self.languages = languages
        self.source = source
        self.installedAt = installedAt
        self.updatedAt = updatedAt
        self.total = total
        self.new = new
        self.learning = learning
        self.review = review
        self.suspended = suspended
        self.dueNow = dueNow
        self.retired = retired
    }
}
