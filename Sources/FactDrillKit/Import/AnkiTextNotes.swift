import Foundation

/// The notes of a text import in file order, a repeated front updating its note (last wins),
/// and the cards they make.
struct AnkiTextNotes {
    /// One note with what its cards need.
    private struct Entry {
        var note: ImportedNote
        var kind: AnkiNoteKind
        /// The raw third field, read only by optional-reversed notes.
        var third: String
        /// The card language, found once from the cleaned front and back.
        var language: LanguageCode
    }

    private var entries: [Entry] = []
    private var indexByKey: [String: Int] = [:]
    /// Rows whose front repeated an earlier row's.
    private(set) var duplicates = 0

    /// Whether no note was added.
    var isEmpty: Bool { entries.isEmpty }

    /// Adds a row's note, keyed by `key` (the composed front), replacing an earlier one with the key.
    mutating func add(key: String, note: ImportedNote, kind: AnkiNoteKind, third: String, language: LanguageCode) {
        let entry = Entry(note: note, kind: kind, third: third, language: language)
        if let existing = indexByKey[key] {
            entries[existing] = entry
            duplicates += 1
        } else {
            indexByKey[key] = entries.count
            entries.append(entry)
        }
    }

    /// The cards of every note in order: the forward card, and a reverse one where the kind says.
    func cards() -> [DeckCard] {
        var cards: [DeckCard] = []
        cards.reserveCapacity(entries.count)
        for entry in entries {
            let note = entry.note
            let fields = entry.kind == .optionalReversed ? [note.front, note.back, entry.third] : []
            for ordinal in entry.kind.ordinals(fields: fields) {
                cards.append(ordinal == 0
                    ? note.forwardCard(language: entry.language)
                    : note.reverseCard(id: note.id + ".\(ordinal)", language: entry.language))
            }
        }
        return cards
    }
}
