import FactDrillKit
import GRDB

/// The content columns of `cards` rows (`columns`, JSON columns as their stored text) encoded
/// into one byte buffer, one row after another: what an install binds when it writes cards, and
/// what it compares to decide whether a known card changed. No string per column: installing
/// 100,000 cards spent more time building column strings than SQLite spent storing them.
///
/// The JSON text is exactly `JSONColumn.encode`'s (anything unusual is handed to it).
struct CardColumnBytes: Equatable, Sendable {
    /// The UTF-8 of every non-NULL column, one after another.
    private(set) var bytes: [UInt8] = []
    /// Each column's range in `bytes`; `count == -1` for NULL.
    private(set) var fields: [Field] = []

    /// A column's place in `bytes`.
    struct Field: Equatable, Sendable {
        var start: Int32
        var count: Int32
    }

    /// The content columns, in the order they are encoded and bound.
    static let columns = "fact, kind, fact_type, format, prompt, answer, choices, accept, reject, evidence, tags"
    /// How many they are.
    static let columnCount = 11

    /// The number of rows held.
    var rowCount: Int { fields.count / Self.columnCount }

    /// An empty record.
    init() {}

    /// The stored form of `card`.
    init(_ card: DeckCard) {
        append(card)
    }

    /// The stored text of a row selected with `columns`, starting at column `start`.
    init(row: Row, from start: Int) {
        for index in start..<(start + Self.columnCount) {
            appendText(row[index] as String?)
        }
    }

    /// Adds `card`'s content columns as the next row.
    mutating func append(_ card: DeckCard) {
        appendText(card.fact)
        appendText(card.kind)
        if card.kind.utf8.allSatisfy({ $0 < 0x80 }) {
            // `DeckCard.factType` (the kind before its first dot) without making a string.
            let start = bytes.count
            bytes.append(contentsOf: card.kind.utf8.prefix { $0 != UInt8(ascii: ".") && $0 != 0 })
            fields.append(Field(start: Int32(start), count: Int32(bytes.count - start)))
        } else {
            appendText(card.factType)
        }
        appendText(card.format.rawValue)
        appendJSON(card.prompt)
        appendJSON(card.answer)
        if let choices = card.choices {
            appendField {
                JSONBytes.append(choices, to: &$0)
            } fallback: {
                JSONColumn.encode(choices)
            }
        } else {
            appendText(nil)
        }
        appendJSON(card.accept)
        if let reject = card.reject { appendJSON(reject) } else { appendText(nil) }
        appendText(card.evidence)
        appendJSON(card.tags)
    }

    /// Binds each row's columns to parameters of `statement`: row `r`'s first column to
    /// `first + r * stride`, its next columns to the parameters after it. SQLite reads the
    /// bytes in place, so `body`, which must step the statement, runs while they are valid.
    func withBindings<T>(
        to statement: RawStatement, first: Int32, stride: Int32,
        _ body: () throws -> T
    ) rethrows -> T {
        try bytes.withUnsafeBufferPointer { buffer in
            // A valid pointer even for an empty buffer, so "" binds as empty text, not NULL.
            let base = buffer.baseAddress.map(UnsafeRawPointer.init) ?? UnsafeRawPointer(bitPattern: 1)!
            fields.withUnsafeBufferPointer { fields in
                var offset = 0
                var rowStart = first
                while offset < fields.count {
                    for column in 0..<Self.columnCount {
                        let field = fields[offset + column]
                        let index = rowStart + Int32(column)
                        if field.count < 0 {
                            statement.bindNull(index)
                        } else {
                            statement.bindStatic(index, base + Int(field.start), count: field.count)
                        }
                    }
                    offset += Self.columnCount
                    rowStart += stride
                }
            }
            return try body()
        }
    }

    /// A plain text column. Text is stored up to its first NUL character, as GRDB has always
    /// bound strings (as C strings), so cards stored by earlier versions compare equal.
    private mutating func appendText(_ text: String?) {
        guard let text else {
            fields.append(Field(start: Int32(bytes.count), count: -1))
            return
        }
        let start = bytes.count
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { utf8 in
            bytes.append(contentsOf: utf8[..<(utf8.firstIndex(of: 0) ?? utf8.endIndex)])
        }
        if copied == nil {
            bytes.append(contentsOf: text.utf8.prefix { $0 != 0 })
        }
        fields.append(Field(start: Int32(start), count: Int32(bytes.count - start)))
    }

    private mutating func appendJSON(_ text: LocalizedText) {
        appendField {
            JSONBytes.append(text, to: &$0)
        } fallback: {
            JSONColumn.encode(text)
        }
    }

    private mutating func appendJSON(_ list: [String]) {
        appendField {
            JSONBytes.append(list, to: &$0)
        } fallback: {
            JSONColumn.encode(list)
        }
    }

    /// Appends what `write` writes, or, when it gives up, `fallback`'s text in its place.
    private mutating func appendField(_ write: (inout [UInt8]) -> Bool, fallback: () -> String) {
        let start = bytes.count
        if !write(&bytes) {
            bytes.removeSubrange(start...)
            bytes.append(contentsOf: fallback().utf8)
        }
        fields.append(Field(start: Int32(start), count: Int32(bytes.count - start)))
    }
}
