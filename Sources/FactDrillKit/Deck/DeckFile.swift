import Foundation

/// Reads and writes deck files (`factdrill-deck`, version 1).
public enum DeckFile {
    /// The deck as deterministic bytes: pretty JSON, sorted keys, unescaped slashes and Arabic
    /// (UTF-8), and a trailing newline, so that regenerating a deck gives the same file.
    public static func encode(_ deck: Deck) throws -> Data {
        var data: Data
        if let written = DeckFileWriter.encode(deck) {
            data = written
        } else {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            data = try encoder.encode(deck)
        }
        data.append(0x0A)
        return data
    }

    /// Reads a deck file, checking it whole; `file` names it in error messages. Unknown fields
    /// are ignored; any problem throws a `DeckError` and nothing is returned.
    public static func decode(_ data: Data, file: String) throws -> Deck {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw DeckError.notJSON(file: file, detail: DeckFile.jsonProblem(error))
        }
        guard let root = json as? [String: Any] else {
            throw DeckError.notJSON(file: file, detail: "the top level is not an object")
        }
        let format = root["format"] as? String
        guard format == Deck.formatName else { throw DeckError.notADeck(file: file, format: format) }
        guard let versionNumber = root["version"] as? NSNumber, !(root["version"] is String) else {
            throw DeckError.invalidField(
                file: file, card: nil, field: "version",
                detail: root["version"] == nil
                    ? "missing: write \"version\": \(Deck.currentVersion)"
                    : "must be the number \(Deck.currentVersion), not text")
        }
        let version = versionNumber.intValue
        guard version == Deck.currentVersion else { throw DeckError.unsupportedVersion(file: file, version: version) }
        let deck: Deck
        do {
            deck = try JSONDecoder().decode(Deck.self, from: data)
        } catch let error as DecodingError {
            throw describe(error, file: file, root: root)
        }
        // A key given twice: JSONSerialization keeps the last value, JSONDecoder the first.
        // Check what was decoded too, so the deck returned is the deck that was checked.
        guard deck.format == Deck.formatName else { throw DeckError.notADeck(file: file, format: deck.format) }
        guard deck.version == Deck.currentVersion else {
            throw DeckError.unsupportedVersion(file: file, version: deck.version)
        }
        try validate(deck, file: file)
        return deck
    }

    /// A `DecodingError` as a `DeckError` naming the card (index and id) and the field.
    static func describe(_ error: DecodingError, file: String, root: [String: Any]) -> DeckError {
        let path: [any CodingKey]
        let missing: String?
        let detail: String
        switch error {
        case .keyNotFound(let key, let context):
            path = context.codingPath + [key]
            missing = key.stringValue
            detail = context.debugDescription
        case .valueNotFound(_, let context):
            path = context.codingPath
            missing = context.codingPath.last?.stringValue
            detail = context.debugDescription
        case .typeMismatch(let type, let context):
            path = context.codingPath
            missing = nil
            detail = "expected " + DeckFile.describeType(type)
        case .dataCorrupted(let context):
            path = context.codingPath
            missing = nil
            // "Cannot initialize CardFormat from invalid String value x": say what is allowed.
            detail =
                path.last?.stringValue == "format" && path.count > 1
                ? "not one of text, choice, order" : context.debugDescription
        @unknown default:
            return .invalidField(file: file, card: nil, field: "?", detail: "\(error)")
        }
        var card: DeckError.CardRef?
        var fieldPath = path
        if path.first?.stringValue == "cards", path.count >= 2, let index = path[1].intValue {
            let cards = root["cards"] as? [Any]
            let id = (cards?[safe: index] as? [String: Any])?["id"] as? String
            card = DeckError.CardRef(index: index, id: id)
            fieldPath = Array(path.dropFirst(2))
        }
        let field = fieldPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        let name = field.hasPrefix(".") ? String(field.dropFirst()) : field
        if missing != nil { return .missingField(file: file, card: card, field: name) }
        return .invalidField(file: file, card: card, field: name, detail: detail)
    }
}

extension DeckFile {
    /// A Swift type as a JSON reader would say it: "a list", "text", "a number"...
    static func describeType(_ type: Any.Type) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Array") { return "a list" }
        if name.hasPrefix("Dictionary") || name == "LocalizedText" { return "an object (a map of language to text)" }
        if name == "String" { return "text (a string)" }
        if name == "Int" || name == "Double" { return "a number" }
        if name == "Bool" { return "true or false" }
        return "another kind of value"
    }

    /// A JSON parser's complaint without Foundation's "The operation could not be completed".
    static func jsonProblem(_ error: Error) -> String {
        let info = (error as NSError).userInfo
        return (info[NSDebugDescriptionErrorKey] as? String) ?? "not valid JSON"
    }
}

extension Array {
    /// The element at `index`, nil when out of range.
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
