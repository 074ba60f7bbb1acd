import Foundation

/// The cards of a text import's notes in file order, a repeated front replacing its note's cards
/// where the note first appeared (last wins).
///
/// The cards are built once, as each row is read, into one array that becomes the deck's.
struct AnkiTextNotes {
    /// Every note's cards, each note's together, in the order the notes first appeared.
    private var cards: [DeckCard] = []
    /// Where each note's cards start in `cards`, and how many it has.
    private var firstCard: [Int] = []
    private var cardCount: [Int] = []
    /// Each note's language (prompt and answer of all its cards are in it).
    private var languages: [LanguageCode] = []
    /// Notes whose replacement has another number of cards than the note had: their cards are
    /// put in place when `allCards` is asked for.
    private var resized: [Int: [DeckCard]] = [:]
    /// Notes by the first 64 bits of their key's SHA-1 (what the note id shows): hashing an
    /// integer is cheaper than hashing the front.
    private var indexByDigest: [UInt64: Int] = [:]
    /// Notes whose key's digest prefix another key took first (practically never).
    private var indexByKey: [String: Int] = [:]
    /// Rows whose front repeated an earlier row's.
    private(set) var duplicates = 0

    /// Room for about `rows` notes of one card each, reserved up front: growing the arrays
    /// copies them and touches fresh pages again.
    init(expectedRows rows: Int) {
        cards.reserveCapacity(rows)
        firstCard.reserveCapacity(rows)
        cardCount.reserveCapacity(rows)
        languages.reserveCapacity(rows)
        indexByDigest.reserveCapacity(rows)
    }

    /// Whether no note was added.
    var isEmpty: Bool { firstCard.isEmpty }

    /// Adds a row's note (`id`, `front`, `back`, `tags`), keyed by `key` (the composed front)
    /// whose digest prefix is `digest`, replacing the cards of an earlier note with the same key.
    mutating func add(key: String, digest: UInt64, id: String, front: String, back: String, tags: [String],
                      kind: AnkiNoteKind, third: String, language: LanguageCode) {
        if kind == .basic || kind == .typeIn || kind == .other, indexByDigest[digest] == nil {
            // A new note of one card (these kinds' only ordinal is 0), the common case: the card
            // is built here from the parts, without the copies of a note in between.
            indexByDigest[digest] = firstCard.count
            firstCard.append(cards.count)
            cardCount.append(1)
            languages.append(language)
            cards.append(DeckCard(id: id, fact: id, kind: ImportedNote.forwardKind, format: .text,
                                  prompt: text(front, in: language), answer: text(back, in: language),
                                  accept: [back], tags: tags))
            return
        }
        let note = ImportedNote(id: id, front: front, back: back, tags: tags)
        let fields = kind == .optionalReversed ? [note.front, note.back, third] : []
        let ordinals = kind.ordinals(fields: fields)
        func card(_ ordinal: Int) -> DeckCard {
            ordinal == 0 ? note.forwardCard(language: language)
                : note.reverseCard(id: note.id + ".\(ordinal)", language: language)
        }
        if let existing = existingNote(key: key, digest: digest) {
            duplicates += 1
            languages[existing] = language
            if resized[existing] == nil, cardCount[existing] == ordinals.count {
                for (offset, ordinal) in ordinals.enumerated() { cards[firstCard[existing] + offset] = card(ordinal) }
            } else {
                resized[existing] = ordinals.map(card)
            }
            return
        }
        let index = firstCard.count
        if indexByDigest[digest] == nil {
            indexByDigest[digest] = index
        } else {
            indexByKey[key] = index
        }
        firstCard.append(cards.count)
        cardCount.append(ordinals.count)
        languages.append(language)
        for ordinal in ordinals { cards.append(card(ordinal)) }
    }

    /// Empty texts in the two languages of text imports, copied for each card.
    private let englishTemplate: [LanguageCode: String] = ["en": ""]
    private let arabicTemplate: [LanguageCode: String] = ["ar": ""]

    /// `LocalizedText([language: string])`, made by copying a one-entry template and setting its
    /// value: a copy keeps the key's bucket, so no key is hashed and no literal array is built.
    private func text(_ string: String, in language: LanguageCode) -> LocalizedText {
        var values = language == "en" ? englishTemplate : language == "ar" ? arabicTemplate : [language: ""]
        values.values[values.values.startIndex] = string
        return LocalizedText(values)
    }

    /// The note with `key`, if one was added.
    private func existingNote(key: String, digest: UInt64) -> Int? {
        guard let first = indexByDigest[digest] else { return nil }
        if self.key(ofNote: first) == key { return first }
        return indexByKey[key]
    }

    /// The key of note `index`, from the front its first (forward) card asks.
    private func key(ofNote index: Int) -> String {
        let card = resized[index]?.first ?? cards[firstCard[index]]
        let front = card.prompt.values.first?.value ?? ""
        return front.utf8.allSatisfy { $0 < 0x80 } ? front : front.precomposedStringWithCanonicalMapping
    }

    /// `ImportedDeck.commonLanguages(allCards())`, from the notes' languages: each card is in
    /// its note's one language, so the cards share a language only when every note is in it.
    func commonLanguages() -> Set<LanguageCode>? {
        guard let first = languages.first else { return nil }
        return languages.allSatisfy { $0 == first } ? [first] : []
    }

    /// The cards of every note in order.
    func allCards() -> [DeckCard] {
        guard !resized.isEmpty else { return cards }
        var all: [DeckCard] = []
        all.reserveCapacity(cards.count)
        for index in firstCard.indices {
            if let replaced = resized[index] {
                all += replaced
            } else {
                all += cards[firstCard[index]..<(firstCard[index] + cardCount[index])]
            }
        }
        return all
    }
}
