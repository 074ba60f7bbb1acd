import Foundation

@testable import FactDrillKit

/// The text reader as it was before it read fields in place (commit e509986): every row split
/// into strings first, then cleaned, keyed, and turned into cards with Set-based deck languages.
/// Kept to pin the fast reader to it: both must give the same result or the same error.
enum ReferenceAnkiTextReader {
    static func parse(_ data: Data, file: String) throws -> AnkiTextReader.Result {
        guard data.count <= AnkiTextReader.maxFileBytes else {
            throw ImportError.fileTooLarge(file: file, bytes: data.count, limit: AnkiTextReader.maxFileBytes)
        }
        let bytes = [UInt8](data)
        if let bad = ReferenceCSVRowSplitter.firstInvalidUTF8(bytes) {
            let line = bytes[..<bad].reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            throw ImportError.invalidUTF8(file: file, line: line, offset: bad)
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let parsed = try bytes.withUnsafeBufferPointer { try AnkiTextHeader.parse($0, from: start, file: file) }
        let separator =
            parsed.separator
            ?? bytes.withUnsafeBufferPointer { AnkiTextHeader.guessSeparator($0, from: parsed.dataOffset) }
        let header = bytes.withUnsafeBufferPointer { parsed.inferred($0, separator: separator) }
        let parser = ReferenceCSVRowSplitter(
            bytes: bytes, separator: separator, file: file,
            maxFieldBytes: AnkiTextReader.maxFieldBytes)
        let rows = try parser.rows(from: header.dataOffset, line: header.dataLine)
        let layout = ColumnLayout(header: header, separator: separator)

        var notes: [ImportedNote] = []
        var kinds: [AnkiNoteKind] = []
        var thirdFields: [String] = []
        var indexByKey: [String: Int] = [:]
        var duplicates = 0
        var skipped: [Int] = []
        var clozeCount = 0
        var clozeCards: [Int: [DeckCard]] = [:]
        var deckOfFact: [String: String] = [:]
        var guidNotes: Set<String> = []
        var customCount = 0
        for row in rows {
            var name = header.notetype
            if let column = header.notetypeColumn, column - 1 < row.fields.count { name = row.fields[column - 1] }
            var kind = name.map { AnkiNoteKind(notetypeName: $0) } ?? .basic
            let columns = layout.fieldColumns(count: row.fields.count)
            if name == nil, let first = columns.first, first < row.fields.count,
                !AnkiCloze.ordinals(row.fields[first]).isEmpty
            {
                kind = .cloze
            }
            var guid: String?
            if let column = header.guidColumn, column - 1 < row.fields.count {
                let value = row.fields[column - 1].trimmingCharacters(in: .whitespaces)
                if !value.isEmpty, value.count <= 64,
                    value.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F })
                {
                    guid = value
                }
            }
            let rowDeck = header.deckColumn.flatMap { $0 - 1 < row.fields.count ? row.fields[$0 - 1] : nil }
            if kind == .cloze {
                guard let textIndex = layout.front ?? columns.first, textIndex < row.fields.count else {
                    throw ImportError.tooFewFields(file: file, line: row.line, found: row.fields.count, needed: 1)
                }
                let backIndex = layout.back ?? columns.dropFirst().first
                func field(_ index: Int?) -> String {
                    guard let index, index < row.fields.count else { return "" }
                    let raw = row.fields[index]
                    return (header.html ?? false)
                        ? raw
                        : raw.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                }
                let text = field(textIndex)
                let cleaned = AnkiHTML.plainText(text)
                if cleaned.isEmpty {
                    skipped.append(row.line)
                    continue
                }
                let key = cleaned.precomposedStringWithCanonicalMapping
                let note = AnkiCardMaker.Note(
                    guid: guid ?? String(SHA1.hex(key).prefix(16)), fields: [text, field(backIndex)],
                    tags: AnkiTextReader.unique(
                        header.tags
                            + (layout.tags(fieldColumns: columns).flatMap {
                                $0 < row.fields.count ? row.fields[$0] : nil
                            }
                            .map(ImportedNote.splitTags) ?? [])), deck: "")
                let cards = AnkiCardMaker.ordinals(note, notetype: RowReader.clozeType).compactMap { ord in
                    try? AnkiCardMaker.card(note, notetype: RowReader.clozeType, ord: ord).get()
                }
                if cards.isEmpty {
                    skipped.append(row.line)
                    continue
                }
                clozeCount += cards.count
                let placeholder = ImportedNote(id: "note-" + note.guid, front: cleaned, back: "", tags: note.tags)
                if let rowDeck { deckOfFact[placeholder.id] = rowDeck }
                if let existing = indexByKey[key] {
                    notes[existing] = placeholder
                    kinds[existing] = .cloze
                    thirdFields[existing] = ""
                    clozeCards[existing] = cards
                    duplicates += 1
                } else {
                    indexByKey[key] = notes.count
                    clozeCards[notes.count] = cards
                    notes.append(placeholder)
                    kinds.append(.cloze)
                    thirdFields.append("")
                }
                continue
            }
            guard let frontIndex = layout.front ?? columns.first,
                let backIndex = layout.back ?? columns.dropFirst().first,
                max(frontIndex, backIndex) < row.fields.count
            else {
                throw ImportError.tooFewFields(
                    file: file, line: row.line, found: row.fields.count,
                    needed: layout.requiredWidth)
            }
            var front = clean(row.fields[frontIndex], html: header.html ?? false)
            if front.isEmpty, header.html ?? false, row.fields[frontIndex].contains("<img") {
                front = AnkiHTML.displayText(row.fields[frontIndex]).replacingOccurrences(of: "\n", with: " ")
            }
            let back = clean(row.fields[backIndex], html: header.html ?? false)
            if front.isEmpty || back.isEmpty {
                skipped.append(row.line)
                continue
            }
            if kind == .other, name != nil { customCount += 1 }
            var tags = header.tags
            if let tagsIndex = layout.tags(fieldColumns: columns), tagsIndex < row.fields.count {
                tags += ImportedNote.splitTags(row.fields[tagsIndex])
            }
            let key = front.utf8.allSatisfy { $0 < 0x80 } ? front : front.precomposedStringWithCanonicalMapping
            let note = ImportedNote(
                id: "note-" + (guid ?? String(SHA1.hex(key).prefix(16))), front: front, back: back,
                tags: AnkiTextReader.unique(tags))
            if let rowDeck { deckOfFact[note.id] = rowDeck }
            if guid != nil { guidNotes.insert(note.id) }
            let third = columns.count > 2 && columns[2] < row.fields.count ? row.fields[columns[2]] : ""
            if let existing = indexByKey[key] {
                notes[existing] = note
                kinds[existing] = kind
                thirdFields[existing] = third
                clozeCards[existing] = nil
                duplicates += 1
            } else {
                indexByKey[key] = notes.count
                notes.append(note)
                kinds.append(kind)
                thirdFields.append(third)
            }
        }
        guard !notes.isEmpty else { throw ImportError.noCards(file: file, skipped: skipped.count) }

        var cards: [DeckCard] = []
        for (index, note) in notes.enumerated() {
            if let cloze = clozeCards[index] {
                let arabic = cloze.contains { $0.prompt.allStrings.contains(where: containsArabic) }
                let language: LanguageCode = arabic ? "ar" : "en"
                cards += cloze.map { card in
                    var card = card
                    card.prompt = LocalizedText([language: card.prompt.allStrings.first ?? ""])
                    card.answer = LocalizedText([language: card.answer.allStrings.first ?? ""])
                    return card
                }
                continue
            }
            let lang: LanguageCode = containsArabic(note.front) || containsArabic(note.back) ? "ar" : "en"
            for ordinal in kinds[index].ordinals(fields: [note.front, note.back, thirdFields[index]]) {
                let (id, kind, prompt, answer) =
                    ordinal == 0
                    ? (guidNotes.contains(note.id) ? note.id + ".0" : note.id, "note.basic", note.front, note.back)
                    : (note.id + ".\(ordinal)", "note.reversed", note.back, note.front)
                cards.append(
                    DeckCard(
                        id: id, fact: note.id, kind: kind, format: .text,
                        prompt: LocalizedText([lang: prompt]), answer: LocalizedText([lang: answer]),
                        accept: [answer], tags: note.tags))
            }
        }
        let firstDeck = header.deckColumn.flatMap { column in
            rows.first.flatMap { column - 1 < $0.fields.count ? $0.fields[column - 1] : nil }
        }
        let name = header.deck ?? firstDeck ?? ImportedDeck.baseName(ofFile: file)
        return AnkiTextReader.Result(
            deck: makeDeck(name: name, cards: cards), rows: rows.count,
            duplicatesUpdated: duplicates, clozeCards: clozeCount, customNotes: customCount, skipped: skipped,
            headerRow: header.headerRow,
            deckOfFact: deckOfFact)
    }

    static func clean(_ field: String, html: Bool) -> String {
        if html { return ReferenceAnkiHTML.plainText(field) }
        return ReferenceAnkiHTML.collapsingWhitespace(ReferenceAnkiHTML.removingSounds(field))
    }

    static func containsArabic(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x0600...0x06FF, 0x0750...0x077F, 0x0870...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
                return true
            default:
                return false
            }
        }
    }

    /// `ImportedDeck.make` with the deck languages found by intersecting Sets card by card.
    static func makeDeck(name: String, cards: [DeckCard]) -> Deck {
        let top = ImportedDeck.topLevelName(name)
        let lang: LanguageCode = containsArabic(top) ? "ar" : "en"
        let common = referenceCommonLanguages(cards)
        var cards = cards
        var languages = common.map { $0.sorted() } ?? [lang]
        if languages.isEmpty {
            languages = [ImportedDeck.multipleLanguages]
            cards = cards.map { card in
                var card = card
                card.prompt = LocalizedText([ImportedDeck.multipleLanguages: card.prompt.allStrings.first ?? ""])
                card.answer = LocalizedText([ImportedDeck.multipleLanguages: card.answer.allStrings.first ?? ""])
                return card
            }
        }
        let info = DeckInfo(id: ImportedDeck.slug(top), title: LocalizedText([lang: top]), languages: languages)
        return Deck(deck: info, cards: cards)
    }

    static func referenceCommonLanguages(_ cards: [DeckCard]) -> Set<LanguageCode>? {
        cards.map { Set($0.prompt.languages).intersection($0.answer.languages) }
            .reduce(nil as Set<LanguageCode>?) { common, card in common.map { $0.intersection(card) } ?? card }
    }
}
