/// Where an installed deck came from.
public enum DeckSource: Sendable, Hashable, Codable {
    /// A file (article model or deck file) and the hash of its content.
    case file(path: String, contentHash: String)
    /// A model embedded in factdrill (the seed deck) and the hash of its content.
    case embedded(name: String, contentHash: String)

    /// `file` or `embedded`, as stored in `decks.source_kind`.
    public var kind: String {
        switch self {
        case .file: return "file"
        case .embedded: return "embedded"
        }
    }

    /// The file path or the embedded name, as stored in `decks.source_path`.
    public var location: String {
        switch self {
        case .file(let path, _): return path
        case .embedded(let name, _): return name
        }
    }

    /// The content hash, as stored in `decks.content_hash`.
    public var contentHash: String {
        switch self {
        case .file(_, let hash), .embedded(_, let hash): return hash
        }
    }

    /// Rebuilds a source from its stored columns; nil for an unknown kind.
    init?(kind: String, location: String, contentHash: String) {
        switch kind {
        case "file": self = .file(path: location, contentHash: contentHash)
        case "embedded": self = .embedded(name: location, contentHash: contentHash)
        default: return nil
        }
    }
}
