import Foundation

/// The cards of a text import's notes in file order, a repeated front replacing its note's cards
/// where the note first appeared (last wins).
///
/// The cards are built once, as each row is read, into one array that becomes the deck's.
struct NoteList: Sendable {
    /// Every note's cards, each note's together, in the order the notes first appeared.
    private var cards: [DeckCard] = []
    /// Where each note's cards start in `cards`, and how many it has.
    private var firstCard: [Int] = []
    private var cardCount: [Int] = []
    /// Each note's language (prompt and answer of all its cards are in it).
    private var languages: [LanguageCode] = []
    /// Each note's key digest prefix.
    private var digests: [UInt64] = []
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
        digests.reserveCapacity(rows)
        indexByDigest.reserveCapacity(rows)
    }

    /// Whether no note was added.
    var isEmpty: Bool { firstCard.isEmpty }

    /// Adds a row's note (`id`, `front`, `back`, `tags`), keyed by `key` (the composed front)
    /// whose digest prefix is `digest`, replacing the cards of an earlier note with the same key.
    mutating func add(
        key: String, digest: UInt64, id: String, front: String, back: String, tags: [String],
        kind: AnkiNoteKind, third: String, language: LanguageCode
    ) {
        if kind == .basic || kind == .typeIn || kind == .other, indexByDigest[digest] == nil {
            // A new note of one card (these kinds' only ordinal is 0), the common case: the card
            // is built here from the parts, without the copies of a note in between.
            appendNew(
                digest: digest, language: language,
                card: DeckCard(
                    id: id, fact: id, kind: ImportedNote.forwardKind, format: .text,
                    prompt: text(front, in: language), answer: text(back, in: language),
                    accept: [back], tags: tags))
            return
        }
        let note = ImportedNote(id: id, front: front, back: back, tags: tags)
        let fields = kind == .optionalReversed ? [note.front, note.back, third] : []
        let cards = kind.ordinals(fields: fields).map { ordinal in
            ordinal == 0
                ? note.forwardCard(language: language)
                : note.reverseCard(id: note.id + ".\(ordinal)", language: language)
        }
        place(key: key, digest: digest, language: language, cards: cards)
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

    /// Adds the notes of `later`, read from the rows after this one's, as if they had been added
    /// one by one: a note whose key is known here replaces that note's cards (last wins).
    mutating func absorb(_ later: NoteList) {
        duplicates += later.duplicates
        if later.resized.isEmpty, later.indexByKey.isEmpty, !later.digests.contains(where: { indexByDigest[$0] != nil })
        {
            // No key in common (the usual case): the later notes go after these as they are.
            let (cardBase, noteBase) = (cards.count, firstCard.count)
            cards.append(contentsOf: later.cards)
            firstCard.append(contentsOf: later.firstCard.lazy.map { $0 + cardBase })
            cardCount.append(contentsOf: later.cardCount)
            languages.append(contentsOf: later.languages)
            digests.append(contentsOf: later.digests)
            for (offset, digest) in later.digests.enumerated() { indexByDigest[digest] = noteBase + offset }
            return
        }
        for index in later.firstCard.indices {
            let digest = later.digests[index]
            let first = later.firstCard[index]
            if indexByDigest[digest] == nil, later.resized[index] == nil, later.cardCount[index] == 1 {
                appendNew(digest: digest, language: later.languages[index], card: later.cards[first])
            } else {
                let cards = later.resized[index] ?? Array(later.cards[first..<(first + later.cardCount[index])])
                place(key: later.key(ofNote: index), digest: digest, language: later.languages[index], cards: cards)
            }
        }
    }

    /// A note of one card whose digest is new.
    private mutating func appendNew(digest: UInt64, language: LanguageCode, card: DeckCard) {
        indexByDigest[digest] = firstCard.count
        firstCard.append(cards.count)
        cardCount.append(1)
        languages.append(language)
        digests.append(digest)
        cards.append(card)
    }

    /// A note's `newCards`: in place of an earlier note with the same key, else at the end.
    /// Adds a note made into `cards` already (a cloze note's), keyed like `add`.
    mutating func add(key: String, digest: UInt64, language: LanguageCode, cards: [DeckCard]) {
        place(key: key, digest: digest, language: language, cards: cards)
    }

    private mutating func place(key: String, digest: UInt64, language: LanguageCode, cards newCards: [DeckCard]) {
        if let existing = existingNote(key: key, digest: digest) {
            duplicates += 1
            languages[existing] = language
            if resized[existing] == nil, cardCount[existing] == newCards.count {
                for (offset, card) in newCards.enumerated() { cards[firstCard[existing] + offset] = card }
            } else {
                resized[existing] = newCards
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
        cardCount.append(newCards.count)
        languages.append(language)
        digests.append(digest)
        cards.append(contentsOf: newCards)
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
