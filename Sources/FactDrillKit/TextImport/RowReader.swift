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
    /// Whether the last row added was of a note type the text names but the reader knows no
    /// templates of (a custom type: its first two fields, front to back).
    private(set) var lastWasCustom = false

    private static let maxCachedTagFields = 4096

    /// Rows of a file with `header`, its columns as `layout` says; `file` names it in errors.
    init(header: AnkiTextHeader, layout: ColumnLayout, file: String) {
        self.header = header
        self.layout = layout
        self.file = file
        html = header.html ?? false
        headerTags = AnkiTextReader.unique(header.tags)
    }

    /// What became of a row.
    enum Outcome: Equatable {
        /// A note: its id (its cards' `fact`).
        case added(fact: String)
        /// A cloze note: its id and its cards (one per cloze number).
        case cloze(fact: String, cards: Int)
        /// Left out, as Anki leaves such a note out: its front is empty, or its back (a note
        /// type other than cloze has nothing to ask then), or a cloze note has no deletion.
        case skipped
    }

    /// Adds the note of the row of `fields` (split by `splitter`) that starts on `line` to `notes`.
    mutating func add(
        _ fields: [FieldSpan], line: Int, splitter: CSVRowSplitter,
        to notes: inout NoteList
    ) throws(ImportError) -> Outcome {
        let notetypeField = header.notetypeColumn.flatMap { column in
            column - 1 < fields.count ? splitter.string(fields[column - 1]) : nil
        }
        var kind = try layout.kind(notetypeField: notetypeField, line: line, file: file, cache: &kindCache)
        lastWasCustom = kind == .other && (notetypeField ?? header.notetype) != nil
        if columns.count != fields.count { columns = (fields.count, layout.fieldColumns(count: fields.count)) }
        // A note type not said (an export without its note type column): a front with a cloze
        // deletion is a cloze note, as the analyst wrote it.
        if notetypeField == nil, header.notetype == nil, let first = columns.columns.first, first < fields.count,
            splitter.string(fields[first]).contains("{{c"),
            !AnkiCloze.ordinals(splitter.string(fields[first])).isEmpty
        {
            kind = .cloze
        }
        if kind == .cloze { return try addCloze(fields, line: line, splitter: splitter, to: &notes) }
        let fieldColumns = columns.columns
        guard let frontIndex = layout.front ?? fieldColumns.first,
            let backIndex = layout.back ?? fieldColumns.dropFirst().first,
            max(frontIndex, backIndex) < fields.count
        else {
            throw ImportError.tooFewFields(file: file, line: line, found: fields.count, needed: layout.requiredWidth)
        }
        let html = html
        var front = splitter.withBytes(of: fields[frontIndex], scratch: &scratch) {
            CleanField(cleaning: $0, html: html)
        }
        // A front that is only an image shows it: `[image: flag.png]`.
        if front.text.isEmpty, html, case let raw = splitter.string(fields[frontIndex]), raw.contains("<img") {
            front = CleanField(text: AnkiHTML.displayText(raw).replacingOccurrences(of: "\n", with: " "))
        }
        let back = splitter.withBytes(of: fields[backIndex], scratch: &scratch) { CleanField(cleaning: $0, html: html) }
        guard !front.text.isEmpty else { return .skipped }
        guard !back.text.isEmpty else { return .skipped }
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
        // With Anki's guid column the cards take the ids an Anki package of the same notes gives
        // (`note-GUID.0`): importing one after the other updates the same cards.
        if let guid = guid(of: fields, splitter: splitter) {
            let note = ImportedNote(id: "note-\(guid)", front: front.text, back: back.text, tags: tags)
            let language: LanguageCode = front.hasArabic || back.hasArabic ? "ar" : "en"
            let cards = kind.ordinals(fields: [front.text, back.text, third]).map { ord in
                ord == 0
                    ? note.forwardCard(id: "\(note.id).0", language: language)
                    : note.reverseCard(id: "\(note.id).\(ord)", language: language)
            }
            notes.add(key: key, digest: digest, language: language, cards: cards)
            return .added(fact: note.id)
        }
        let id = SHA1.prefixedHex16("note-", of: digest)
        notes.add(
            key: key, digest: digest, id: id, front: front.text,
            back: back.text, tags: tags, kind: kind, third: third,
            language: front.hasArabic || back.hasArabic ? "ar" : "en")
        return .added(fact: id)
    }

    /// Anki's stock cloze note type: Text, then Back Extra.
    static let clozeType = AnkiNotetype(
        name: "Cloze", isCloze: true, fields: ["Text", "Back Extra"],
        templates: [.init(ord: 0, name: "Cloze", front: "{{cloze:Text}}", back: "{{cloze:Text}}<br>\n{{Back Extra}}")])

    /// A cloze row: its Text and Back Extra (the first two note columns), one card per number.
    private mutating func addCloze(
        _ fields: [FieldSpan], line: Int, splitter: CSVRowSplitter, to notes: inout NoteList
    ) throws(ImportError) -> Outcome {
        let columns = columns.columns
        guard let textIndex = layout.front ?? columns.first, textIndex < fields.count else {
            throw ImportError.tooFewFields(file: file, line: line, found: fields.count, needed: 1)
        }
        let backIndex = layout.back ?? columns.dropFirst().first
        // (Without HTML, the fields are text: escaped so the card maker reads them as written.)
        func field(_ index: Int?) -> String {
            guard let index, index < fields.count else { return "" }
            let raw = splitter.string(fields[index])
            return html
                ? raw : raw.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        }
        let text = field(textIndex)
        let cleaned = CleanField(text: AnkiHTML.plainText(text)).text
        guard !cleaned.isEmpty else { return .skipped }
        var tags = headerTags
        if let tagsIndex = layout.tags(fieldColumns: columns), tagsIndex < fields.count {
            tags = self.tags(ofField: splitter.string(fields[tagsIndex]))
        }
        let key = cleaned.precomposedStringWithCanonicalMapping
        let digest = SHA1.prefix64(of: key)
        let id = guid(of: fields, splitter: splitter) ?? SHA1.prefixedHex16("", of: digest)
        let note = AnkiCardMaker.Note(guid: id, fields: [text, field(backIndex)], tags: tags, deck: "")
        let cards = AnkiCardMaker.ordinals(note, notetype: Self.clozeType).compactMap { ord in
            try? AnkiCardMaker.card(note, notetype: Self.clozeType, ord: ord).get()
        }
        guard !cards.isEmpty else { return .skipped }
        let arabic = cards.contains { card in card.prompt.allStrings.contains(where: ImportedNote.containsArabic) }
        notes.add(
            key: key, digest: digest, language: arabic ? "ar" : "en",
            cards: cards.map { card in
                var card = card
                let language: LanguageCode = arabic ? "ar" : "en"
                card.prompt = LocalizedText([language: card.prompt.allStrings.first ?? ""])
                card.answer = LocalizedText([language: card.answer.allStrings.first ?? ""])
                return card
            })
        return .cloze(fact: "note-\(id)", cards: cards.count)
    }

    /// The row's note guid (`#guid column:`), when it has a plain one.
    private func guid(of fields: [FieldSpan], splitter: CSVRowSplitter) -> String? {
        guard let column = header.guidColumn, column - 1 < fields.count else { return nil }
        let guid = splitter.string(fields[column - 1]).trimmingCharacters(in: .whitespaces)
        guard !guid.isEmpty, guid.count <= 64, guid.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F })
        else { return nil }
        return guid
    }

    /// The tags of a row whose tags field is `field`: the header's, then the field's, each once.
    private mutating func tags(ofField field: String) -> [String] {
        if let known = tagsByField[field] { return known }
        let tags = AnkiTextReader.unique(header.tags + ImportedNote.splitTags(field))
        if tagsByField.count < Self.maxCachedTagFields { tagsByField[field] = tags }
        return tags
    }
}
