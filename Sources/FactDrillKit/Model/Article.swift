import Foundation

/// An article's metadata: the `article:` section of a model.
public struct Article: Hashable, Sendable, Codable {
    /// A slug; it becomes the deck id.
    public var id: String
    public var title: LocalizedText
    /// The publisher or outlet.
    public var source: String?
    public var published: PartialDate?
    /// The language of the original text.
    public var language: LanguageCode
    /// The article's text, relative to the model file.
    public var textFile: String?
    public var tags: [String]

    public init(
        id: String, title: LocalizedText, source: String? = nil, published: PartialDate? = nil,
        language: LanguageCode, textFile: String? = nil, tags: [String] = []
    ) {
        self.id = id
        self.title = title
        self.source = source
        self.published = published
        self.language = language
        self.textFile = textFile
        self.tags = tags
    }

    enum CodingKeys: String, CodingKey {
        case id, title, source, published, language, tags
        case textFile = "text_file"
    }
}
