import Foundation

/// Why a model cannot be turned into a deck.
public enum GenerationError: LocalizedError, Sendable, Hashable {
    /// A text a question needs lacks a requested language.
    public struct MissingText: Sendable, Hashable, CustomStringConvertible {
        /// The fact whose question needs it, nil for the article's title.
        public let fact: String?
        /// The field, such as `ranking`, `entries[2].entity (kor) name` or `members[1]`.
        public let field: String
        /// The missing language.
        public let language: LanguageCode

        /// The reference as a message names it.
        public var description: String {
            "\(fact.map { "fact '\($0)'" } ?? "article"): \(field) has no '\(language)' text"
        }
    }

    /// Texts lack requested languages (each listed).
    case missingText([MissingText])
    /// A language was requested that the generator has no question templates for.
    case unsupportedLanguage(LanguageCode)
    /// No language to generate in (empty `--lang`, or a title with no text).
    case noLanguages
    /// A fact names an entity id the model does not define.
    case unknownEntity(fact: String, field: String, id: String)

    /// The message shown to the user: what is wrong, where, and how to fix it.
    public var errorDescription: String? {
        switch self {
        case .missingText(let missing):
            let lines = missing.prefix(20).map { "  \($0)" }
            let more = missing.count > 20 ? ["  … and \(missing.count - 20) more"] : []
            return
                (["cannot generate: \(missing.count) text(s) lack a requested language:"] + lines + more
                + ["add the missing translations to the model, or generate fewer languages with --lang"])
                .joined(separator: "\n")
        case .unsupportedLanguage(let language):
            return "cannot generate questions in '\(language)': factdrill has question templates for "
                + Templates.supported.joined(separator: " and ") + " only; choose them with --lang"
        case .noLanguages:
            return "no language to generate in: give the article title a text per language, or pass --lang ar,en"
        case .unknownEntity(let fact, let field, let id):
            return
                "fact '\(fact)': \(field) names entity '\(id)', which the model does not define; add it under entities:"
        }
    }
}
