import FactDrillKit
import Foundation

/// Direct writers for the JSON columns of a card (texts per language, lists of strings): the same
/// text as `JSONColumn.encode` through `JSONEncoder`, about 20 times faster, which matters when a
/// deck of 100,000 cards is installed. The bytes come from `JSONBytes` (which installs also write
/// straight into their row buffers); anything unusual (a control character, a language code that
/// is not plain lowercase letters) goes through `JSONEncoder` so the output never differs.
extension JSONColumn {
    /// `{"ar":"…","en":"…"}` with sorted keys.
    static func encode(_ value: LocalizedText) -> String {
        var out: [UInt8] = []
        guard JSONBytes.append(value, to: &out) else { return encode(value.values) }
        return String(decoding: out, as: UTF8.self)
    }

    /// `["…","…"]`.
    static func encode(_ value: [String]) -> String {
        var out: [UInt8] = []
        guard JSONBytes.append(value, to: &out) else { return encodeGeneric(value) }
        return String(decoding: out, as: UTF8.self)
    }

    /// `[{"ar":…},…]`.
    static func encode(_ value: [LocalizedText]) -> String {
        var out: [UInt8] = []
        guard JSONBytes.append(value, to: &out) else { return encodeGeneric(value) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The optional forms, `nil` for `nil`.
    static func encodeOptional(_ value: [String]?) -> String? { value.map { encode($0) } }
    static func encodeOptional(_ value: [LocalizedText]?) -> String? { value.map { encode($0) } }

    private static func encodeGeneric<T: Encodable>(_ value: T) -> String { encode(value) }
}

/// Direct readers for the same columns: a card's row holds six of them, and a study queue of
/// a thousand due cards decoded them through `JSONDecoder` in about 20 ms. Only the plain form
/// the writers produce is read here (no escapes but `\"` `\\` `\/`, no duplicate keys); anything
/// else is left to `JSONDecoder`, which also reports the errors.
extension JSONColumn {
    /// A `LocalizedText` column.
    static func decode(_ type: LocalizedText.Type, _ text: String, or fail: (String) -> StoreError) throws
        -> LocalizedText
    {
        if let values = JSONText.object(text) { return LocalizedText(values) }
        return try decodeGeneric(type, text, or: fail)
    }

    /// A list-of-strings column.
    static func decode(_ type: [String].Type, _ text: String, or fail: (String) -> StoreError) throws -> [String] {
        if let list = JSONText.list(text) { return list }
        return try decodeGeneric(type, text, or: fail)
    }

    /// An optional list-of-strings column.
    static func decodeOptional(_ type: [String].Type, _ text: String?, or fail: (String) -> StoreError) throws
        -> [String]?
    {
        guard let text else { return nil }
        return try decode(type, text, or: fail)
    }

    /// An optional list of texts per language (a card's choices).
    static func decodeOptional(_ type: [LocalizedText].Type, _ text: String?, or fail: (String) -> StoreError) throws
        -> [LocalizedText]?
    {
        guard let text else { return nil }
        if let objects = JSONText.objects(text) { return objects.map(LocalizedText.init) }
        return try decodeGeneric(type, text, or: fail)
    }

    private static func decodeGeneric<T: Decodable>(_ type: T.Type, _ text: String, or fail: (String) -> StoreError)
        throws -> T
    {
        try decode(type, text, or: fail)
    }
}

/// A reader of the plain JSON of the columns above; every method returns nil on anything else.
private struct JSONText {
    private let bytes: [UInt8]
    private var index = 0

    private init(_ text: String) { bytes = Array(text.utf8) }

    static func list(_ text: String) -> [String]? {
        var reader = JSONText(text)
        return reader.list()
    }
    static func object(_ text: String) -> [String: String]? {
        var reader = JSONText(text)
        return reader.object()
    }
    static func objects(_ text: String) -> [[String: String]]? {
        var reader = JSONText(text)
        return reader.objects()
    }

    /// `["…", …]` and nothing after it.
    private mutating func list() -> [String]? {
        guard let list = parseList(), atEnd() else { return nil }
        return list
    }

    /// `{"key": "value", …}` and nothing after it.
    private mutating func object() -> [String: String]? {
        guard let object = parseObject(), atEnd() else { return nil }
        return object
    }

    /// `[{…}, …]` and nothing after it.
    private mutating func objects() -> [[String: String]]? {
        guard consume(UInt8(ascii: "[")) else { return nil }
        var result: [[String: String]] = []
        if consume(UInt8(ascii: "]")) { return atEnd() ? result : nil }
        repeat {
            guard let object = parseObject() else { return nil }
            result.append(object)
        } while consume(UInt8(ascii: ","))
        guard consume(UInt8(ascii: "]")), atEnd() else { return nil }
        return result
    }

    private mutating func parseList() -> [String]? {
        guard consume(UInt8(ascii: "[")) else { return nil }
        var result: [String] = []
        if consume(UInt8(ascii: "]")) { return result }
        repeat {
            guard let string = parseString() else { return nil }
            result.append(string)
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "]")) ? result : nil
    }

    private mutating func parseObject() -> [String: String]? {
        guard consume(UInt8(ascii: "{")) else { return nil }
        var result: [String: String] = [:]
        if consume(UInt8(ascii: "}")) { return result }
        repeat {
            guard let key = parseString(), consume(UInt8(ascii: ":")), let value = parseString(),
                result.updateValue(value, forKey: key) == nil
            else { return nil }
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "}")) ? result : nil
    }

    private mutating func parseString() -> String? {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        index += 1
        var start = index
        var pieces: [UInt8] = []
        var escaped = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text: String
                if escaped {
                    pieces.append(contentsOf: bytes[start..<index])
                    text = String(decoding: pieces, as: UTF8.self)
                } else {
                    text = String(decoding: bytes[start..<index], as: UTF8.self)
                }
                index += 1
                return text
            }
            if byte < 0x20 { return nil }
            if byte == UInt8(ascii: "\\") {
                guard index + 1 < bytes.count else { return nil }
                let next = bytes[index + 1]
                guard next == UInt8(ascii: "\"") || next == UInt8(ascii: "\\") || next == UInt8(ascii: "/") else {
                    return nil
                }
                pieces.append(contentsOf: bytes[start..<index])
                pieces.append(next)
                escaped = true
                index += 2
                start = index
                continue
            }
            index += 1
        }
        return nil
    }

    private mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        skipSpace()
        return true
    }

    private mutating func atEnd() -> Bool {
        skipSpace()
        return index == bytes.count
    }
}
