import FactDrillKit

/// The JSON text of a card's columns, written as UTF-8 bytes into a buffer: texts per language
/// with sorted plain keys, lists of them, lists of strings; exactly `JSONEncoder`'s text with
/// sorted keys and unescaped slashes. Each writer returns false on anything unusual (a control
/// character, a key that is not plain lowercase letters) and the caller uses `JSONEncoder`
/// instead (through `JSONColumn.encode`), so the text never differs from it.
enum JSONBytes {
    /// `{"ar":"…","en":"…"}` with sorted keys.
    static func append(_ text: LocalizedText, to out: inout [UInt8]) -> Bool {
        let values = text.values
        if values.count <= 1 {
            // One language (every imported card): no sorting, no array.
            out.append(UInt8(ascii: "{"))
            for (key, value) in values {
                guard isPlainKey(key), appendString(key, to: &out) else { return false }
                out.append(UInt8(ascii: ":"))
                guard appendString(value, to: &out) else { return false }
            }
            out.append(UInt8(ascii: "}"))
            return true
        }
        return appendObjectEntries(values.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, to: &out)
    }

    /// `[{"ar":…},…]`.
    static func append(_ list: [LocalizedText], to out: inout [UInt8]) -> Bool {
        appendArray(list, to: &out) { text, out in append(text, to: &out) }
    }

    /// `["…","…"]`.
    static func append(_ list: [String], to out: inout [UInt8]) -> Bool {
        appendArray(list, to: &out) { item, out in appendString(item, to: &out) }
    }

    /// `[`, the items as `element` writes them separated by commas, `]`; false if one fails.
    private static func appendArray<Item>(
        _ items: [Item], to out: inout [UInt8],
        _ element: (Item, inout [UInt8]) -> Bool
    ) -> Bool {
        out.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            guard element(item, &out) else { return false }
        }
        out.append(UInt8(ascii: "]"))
        return true
    }

    private static func appendObjectEntries(_ entries: [(String, String)], to out: inout [UInt8]) -> Bool {
        out.append(UInt8(ascii: "{"))
        for (index, (key, value)) in entries.enumerated() {
            guard isPlainKey(key) else { return false }
            if index > 0 { out.append(UInt8(ascii: ",")) }
            guard appendString(key, to: &out) else { return false }
            out.append(UInt8(ascii: ":"))
            guard appendString(value, to: &out) else { return false }
        }
        out.append(UInt8(ascii: "}"))
        return true
    }

    /// Keys whose sorted order is the same for `JSONEncoder`'s `.sortedKeys` and `<`.
    private static func isPlainKey(_ key: String) -> Bool {
        !key.isEmpty && key.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }

    /// A quoted string, escaping `"` and `\`; false for control characters (left to JSONEncoder).
    private static func appendString(_ value: String, to out: inout [UInt8]) -> Bool {
        // Native strings are contiguous UTF-8: scanned and copied as one buffer.
        if let written = value.utf8.withContiguousStorageIfAvailable({ appendString(bytes: $0, to: &out) }) {
            return written
        }
        return appendString(bytes: Array(value.utf8), to: &out)
    }

    private static func appendString<Bytes: Collection<UInt8>>(bytes value: Bytes, to out: inout [UInt8]) -> Bool {
        out.append(UInt8(ascii: "\""))
        var plain = true
        for byte in value {
            if byte < 0x20 || byte == 0x7F { return false }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { plain = false }
        }
        if plain {
            out.append(contentsOf: value)
        } else {
            for byte in value {
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { out.append(UInt8(ascii: "\\")) }
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return true
    }
}
