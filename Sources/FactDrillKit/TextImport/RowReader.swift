import Foundation

/// Reads the rows of a text file into notes: each row's kind and columns, its cleaned front and
/// back, its tags, and the id from its front. Rows are read independently of each other (a copy
/// per block of rows, each with its own caches); `NoteList` puts the notes together in order.
struct RowReader: Sendable {
    let header: AnkiTextHeader
    let layout: ColumnLayout
    let file: String

    private let html: Bool
    /// The tags of rows without a tags field.
    private let headerTags: [String]
    private var kindCache: [String: AnkiNoteKind] = [:]
    /// Tag lists by tags field: rows share a few tag texts, and so share one array each.
    private var tagsByField: [String: [String]] = [:]
    /// The note columns of rows of `count` fields (rows are mostly of one width).
    private var columns: (count: Int, columns: [Int]) = (-1, [])
    /// Room for fields that are not one run of the file's bytes (`""` escapes).
    private var scratch: [UInt8] = []

    private static let maxCachedTagFields = 4096

    /// Rows of a file with `header`, its columns as `layout` says; `file` names it in errors.
    init(header: AnkiTextHeader, layout: ColumnLayout, file: String) {
        self.header = header
        self.layout = layout
        self.file = file
        html = header.html ?? false
        headerTags = AnkiTextReader.unique(header.tags)
    }

    /// Adds the note of the row of `fields` (split by `splitter`) that starts on `line` to `notes`;
    /// false for a cloze row (skipped).
    mutating func add(
        _ fields: [FieldSpan], line: Int, splitter: CSVRowSplitter,
        to notes: inout NoteList
    ) throws(ImportError) -> Bool {
        let notetypeField = header.notetypeColumn.flatMap { column in
            column - 1 < fields.count ? splitter.string(fields[column - 1]) : nil
        }
        let kind = try layout.kind(notetypeField: notetypeField, line: line, file: file, cache: &kindCache)
        if kind == .cloze { return false }
        if columns.count != fields.count { columns = (fields.count, layout.fieldColumns(count: fields.count)) }
        let fieldColumns = columns.columns
        guard let frontIndex = layout.front ?? fieldColumns.first,
            let backIndex = layout.back ?? fieldColumns.dropFirst().first,
            max(frontIndex, backIndex) < fields.count
        else {
            throw ImportError.tooFewFields(file: file, line: line, found: fields.count, needed: layout.requiredWidth)
        }
        let html = html
        let front = splitter.withBytes(of: fields[frontIndex], scratch: &scratch) {
            CleanField(cleaning: $0, html: html)
        }
        let back = splitter.withBytes(of: fields[backIndex], scratch: &scratch) { CleanField(cleaning: $0, html: html) }
        guard !front.text.isEmpty else { throw ImportError.emptyFront(file: file, line: line) }
        guard !back.text.isEmpty else { throw ImportError.emptyBack(file: file, line: line) }
        var tags = headerTags
        if let tagsIndex = layout.tags(fieldColumns: fieldColumns), tagsIndex < fields.count {
            tags = self.tags(ofField: splitter.string(fields[tagsIndex]))
        }
        // The form of a front that identifies its note: composed Unicode, whitespace collapsed
        // (already done by cleaning).
        let key = front.isASCII ? front.text : front.text.precomposedStringWithCanonicalMapping
        let digest = SHA1.prefix64(of: key)
        let third =
            kind == .optionalReversed && fieldColumns.count > 2 && fieldColumns[2] < fields.count
            ? splitter.string(fields[fieldColumns[2]]) : ""
        notes.add(
            key: key, digest: digest, id: SHA1.prefixedHex16("note-", of: digest), front: front.text,
            back: back.text, tags: tags, kind: kind, third: third,
            language: front.hasArabic || back.hasArabic ? "ar" : "en")
        return true
    }

    /// The tags of a row whose tags field is `field`: the header's, then the field's, each once.
    private mutating func tags(ofField field: String) -> [String] {
        if let known = tagsByField[field] { return known }
        let tags = AnkiTextReader.unique(header.tags + ImportedNote.splitTags(field))
        if tagsByField.count < Self.maxCachedTagFields { tagsByField[field] = tags }
        return tags
    }
}
