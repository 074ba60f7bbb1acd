import FactDrillKit
import Foundation

/// `factdrill draft`'s work without a terminal: reads an article's text, drafts its model
/// (`ArticleDrafter`), writes the model's YAML and proves it loads as `check` would load it.
public struct ArticleDraftJob: Sendable {
    /// A drafted model: the draft, its file text and the model it loads as.
    public struct Result: Sendable {
        public let draft: ArticleDraft
        public let yaml: String
        /// Nil when nothing was drafted (a model needs a fact): see `draft.notes` for why.
        public let model: ArticleModel?
        /// Where the model goes by default: beside the text, `NAME.article.yaml` for `NAME[.ar].txt`.
        public let defaultOutput: String
    }

    /// Articles longer than this are refused (a news article is a few thousand words).
    public static let maximumBytes = 2_000_000

    public let published: PartialDate?
    public let language: String?

    public init(published: PartialDate? = nil, language: String? = nil) {
        self.published = published
        self.language = language
    }

    /// Drafts the model of the text file at `path`.
    public func run(path: String) throws -> Result {
        let data = try DeckImporter.read(path)
        guard data.count <= Self.maximumBytes else {
            throw AppError.unreadable(
                path: path, reason: "\(data.count / 1000) kB of text; drafting takes articles up to 2 MB")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw AppError.unreadable(path: path, reason: "not UTF-8 text (save the article as UTF-8 plain text)")
        }
        return try draft(text: text, path: path)
    }

    /// Drafts the model of an article's text read from `path`.
    public func draft(text: String, path: String) throws -> Result {
        let draft = ArticleDrafter().draft(text: text, options: .init(published: published, language: language))
        let name = (path as NSString).lastPathComponent
        let yaml = ArticleDraftWriter.yaml(draft, id: Self.articleID(name), textFile: name, source: name)
        let output = Self.defaultOutput(for: path)
        if draft.facts.isEmpty { return Result(draft: draft, yaml: yaml, model: nil, defaultOutput: output) }
        do {
            let model = try ModelLoader.load(yaml: yaml, file: output)
            return Result(draft: draft, yaml: yaml, model: model, defaultOutput: output)
        } catch {
            throw AppError.draftInvalid(path: path, problem: error.localizedDescription)
        }
    }

    /// `nato-ip4.ar.txt` → `nato-ip4`: the file's name without its endings, as a slug.
    static func articleID(_ fileName: String) -> String {
        var stem = fileName
        for suffix in [".txt", ".text", ".md"] where stem.lowercased().hasSuffix(suffix) {
            stem.removeLast(suffix.count)
        }
        for suffix in [".ar", ".en"] where stem.lowercased().hasSuffix(suffix) { stem.removeLast(suffix.count) }
        var slug = ""
        for character in stem.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "article" : String(slug.prefix(60))
    }

    /// The model's path beside the text: `dir/NAME.article.yaml`.
    public static func defaultOutput(for path: String) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        var stem = (path as NSString).lastPathComponent
        for suffix in [".txt", ".text", ".md"] where stem.lowercased().hasSuffix(suffix) {
            stem.removeLast(suffix.count)
        }
        for suffix in [".ar", ".en"] where stem.lowercased().hasSuffix(suffix) { stem.removeLast(suffix.count) }
        let name = (stem.isEmpty ? "article" : stem) + ".article.yaml"
        return directory.isEmpty ? name : (directory as NSString).appendingPathComponent(name)
    }

    /// Whether a `.txt` file is prose rather than an Anki text export: no tab in its first 64 kB
    /// and no `#separator` header.
    public static func isArticleText(_ data: Data) -> Bool {
        let head = data.prefix(65_536)
        if head.contains(0x09) { return false }
        guard let text = String(data: head, encoding: .utf8) ?? String(data: head.dropLast(3), encoding: .utf8) else {
            return false
        }
        if text.split(separator: "\n").contains(where: { $0.hasPrefix("#separator") || $0.hasPrefix("#html") }) {
            return false
        }
        // Prose: sentences, not short separated fields.
        let lines = text.split(whereSeparator: \.isNewline).filter { !$0.isEmpty }
        guard !lines.isEmpty else { return false }
        if lines.filter({ $0.contains(";") }).count * 5 >= lines.count * 4 { return false }
        let words = lines.reduce(0) { $0 + $1.split(separator: " ").count }
        return words / lines.count >= 6
    }
}
