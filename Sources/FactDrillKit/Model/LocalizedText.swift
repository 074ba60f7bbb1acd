import Foundation

/// A language code such as `ar` or `en`.
public typealias LanguageCode = String

/// Text in one or more languages: a map from a language code to a string.
///
/// In an article model a plain string stands for the article's own language; the loader
/// resolves that, so a `LocalizedText` always knows the language of each of its strings.
public struct LocalizedText: Hashable, Sendable, Codable {
    /// The strings by language code.
    public var values: [LanguageCode: String]

    /// Creates a text from strings keyed by language code.
    public init(_ values: [LanguageCode: String]) {
        self.values = values
    }

    /// Creates a text in Arabic and English.
    public init(ar: String? = nil, en: String? = nil) {
        var values: [LanguageCode: String] = [:]
        if let ar { values["ar"] = ar }
        if let en { values["en"] = en }
        self.values = values
    }

    /// The string in `language`, if there is one.
    public subscript(language: LanguageCode) -> String? {
        get { values[language] }
        set { values[language] = newValue }
    }

    /// The languages present, sorted.
    public var languages: [LanguageCode] { values.keys.sorted() }

    /// Every string, in the order of `languages`.
    public var allStrings: [String] { languages.compactMap { values[$0] } }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        values = try container.decode([LanguageCode: String].self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(values)
    }
}

/// Lists of strings per language, such as an entity's aliases.
public typealias LocalizedList = [LanguageCode: [String]]
