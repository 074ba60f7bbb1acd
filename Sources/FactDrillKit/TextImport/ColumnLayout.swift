import Foundation

/// Which column of a text file's rows holds the front, the back, the tags and the note type.
struct ColumnLayout: Sendable {
    let header: AnkiTextHeader
    /// 0-based columns that hold no note field (tags, guid, deck, note type).
    let specialColumns: Set<Int>
    /// The front and back columns when `#columns:` names them.
    let front: Int?
    let back: Int?
    /// The tags column from `#tags column:` or a `#columns:` name.
    let tagsColumn: Int?
    /// Whether the third field is the tags (`front,back,tags`), when nothing says otherwise.
    let defaultTagsInThirdField: Bool

    init(header: AnkiTextHeader, separator: UInt8) {
        self.header = header
        let names =
            header.columns.map { columns in
                columns.raw.split(separator: Character(Unicode.Scalar(separator)), omittingEmptySubsequences: false)
                    .map { $0.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }
            } ?? []
        let tagsByName = names.firstIndex { $0 == "tags" || $0 == "tag" }
        var special = Set<Int>()
        for column in [header.tagsColumn, header.guidColumn, header.deckColumn, header.notetypeColumn] {
            if let column { special.insert(column - 1) }
        }
        let tags = header.tagsColumn.map { $0 - 1 } ?? tagsByName
        if let tags { special.insert(tags) }
        specialColumns = special
        tagsColumn = tags
        front = names.firstIndex { Self.frontNames.contains($0) }.flatMap { special.contains($0) ? nil : $0 }
        back = names.firstIndex { Self.backNames.contains($0) }.flatMap { special.contains($0) ? nil : $0 }
        let kind = header.notetype.map { AnkiNoteKind(notetypeName: $0) }
        defaultTagsInThirdField =
            header.columns == nil && special.isEmpty
            && (kind == nil || kind == .basic || kind == .typeIn || kind == .reversed)
    }

    /// Column names that mean the front, the back, the tags (a `#columns:` line or a header row).
    static let frontNames: Set<String> = ["front", "question", "text", "word", "term", "prompt", "سؤال", "السؤال"]
    static let backNames: Set<String> = [
        "back", "answer", "back extra", "extra", "meaning", "definition", "جواب", "الجواب",
    ]
    static let otherNames: Set<String> = ["tags", "tag", "deck", "notetype", "note type", "guid"]

    /// Whether a file's first row is a spreadsheet's column names ("Front,Back,Tags"), not a note:
    /// two or more fields, all names, one of them the front's.
    static func isHeaderRow(_ fields: [String]) -> Bool {
        let names = fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }
        guard names.count >= 2, names.contains(where: frontNames.contains) else { return false }
        return names.allSatisfy { frontNames.contains($0) || backNames.contains($0) || otherNames.contains($0) }
    }

    /// How many fields a row needs to hold a front and a back.
    var requiredWidth: Int {
        var count = 0
        while count < 2000 {
            count += 1
            let columns = fieldColumns(count: count)
            let frontIndex = front ?? columns.first
            let backIndex = back ?? columns.dropFirst().first
            if let frontIndex, let backIndex, max(frontIndex, backIndex) < count { return count }
        }
        return count
    }

    /// The columns of a row of `count` fields that hold note fields, in order.
    func fieldColumns(count: Int) -> [Int] {
        (0..<count).filter { !specialColumns.contains($0) }
    }

    /// The column of a row's tags, if any.
    func tags(fieldColumns: [Int]) -> Int? {
        if let tagsColumn { return tagsColumn }
        if defaultTagsInThirdField, fieldColumns.count > 2 { return fieldColumns[2] }
        return nil
    }

    /// The note kind of a row, from `#notetype column:` (`notetypeField`, the row's field in that
    /// column if it has one) or `#notetype:`.
    /// `cache` keeps the kinds of names already seen (the name match uses a regular expression).
    func kind(
        notetypeField: String?, line: Int, file: String,
        cache: inout [String: AnkiNoteKind]
    ) throws(ImportError) -> AnkiNoteKind {
        guard let name = notetypeField ?? header.notetype else { return .basic }
        let kind = cache[name] ?? AnkiNoteKind(notetypeName: name)
        cache[name] = kind
        return kind
    }
}
