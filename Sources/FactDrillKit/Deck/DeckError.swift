import Foundation

/// Why a deck file cannot be read; each message names the file and, for a card, its index and id.
public enum DeckError: LocalizedError, Sendable, Hashable {
    /// Which card a problem is in: its 0-based index in `cards` and its id when it has one.
    public struct CardRef: Sendable, Hashable, CustomStringConvertible {
        /// The card's index in `cards`, from 0.
        public let index: Int
        /// The card's id, if it has one.
        public let id: String?

        /// The reference as a message names it.
        public var description: String {
            "card \(index)" + (id.map { " (id \"\($0)\")" } ?? "")
        }
    }

    /// The file is not JSON.
    case notJSON(file: String, detail: String)
    /// `format` is not `factdrill-deck`.
    case notADeck(file: String, format: String?)
    /// `version` is not one this build reads.
    case unsupportedVersion(file: String, version: Int?)
    /// A required field is missing (`field` is a path such as `deck.languages` or `prompt`).
    case missingField(file: String, card: CardRef?, field: String)
    /// A field has the wrong type or an invalid value.
    case invalidField(file: String, card: CardRef?, field: String, detail: String)
    /// Two cards share an id.
    case duplicateCardID(file: String, id: String, indices: [Int])
    /// A card's prompt, answer or option lacks one of the deck's languages.
    case missingLanguage(file: String, card: CardRef, field: String, language: LanguageCode)
    /// A choice or order card has no options.
    case missingChoices(file: String, card: CardRef)
    /// A choice card's answer is not exactly once among its options.
    case answerNotAmongChoices(file: String, card: CardRef)

    /// The message shown to the user: what is wrong, where, and how to fix it.
    public var errorDescription: String? {
        switch self {
        case .notJSON(let file, let detail):
            return "\(file): not a JSON document (\(detail)); a deck file is the JSON that `factdrill generate` writes"
        case .notADeck(let file, let format):
            return
                "\(file): \"format\" is \(format.map { "\"\($0)\"" } ?? "missing"), expected \"\(Deck.formatName)\": this is not a factdrill deck file"
        case .unsupportedVersion(let file, let version):
            return
                "\(file): deck version \(version.map(String.init) ?? "missing") is not supported; this build reads version \(Deck.currentVersion) (regenerate the deck, or update factdrill)"
        case .missingField(let file, let card, let field):
            return "\(file): \(card.map { "\($0): " } ?? "")missing required field \"\(field)\""
        case .invalidField(let file, let card, let field, let detail):
            return "\(file): \(card.map { "\($0): " } ?? "")field \"\(field)\" is invalid: \(detail)"
        case .duplicateCardID(let file, let id, let indices):
            return
                "\(file): cards \(indices.map(String.init).joined(separator: ", ")) share the id \"\(id)\"; card ids must be unique in a deck"
        case .missingLanguage(let file, let card, let field, let language):
            return
                "\(file): \(card): \(field) has no \"\(language)\" text, but the deck's languages include \"\(language)\""
        case .missingChoices(let file, let card):
            return "\(file): \(card): a choice or order card needs \"choices\" with two options or more"
        case .answerNotAmongChoices(let file, let card):
            return "\(file): \(card): the answer is not exactly once among the choices"
        }
    }
}
