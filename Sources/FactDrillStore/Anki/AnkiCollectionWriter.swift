import FSRS
import FactDrillKit
import Foundation
import GRDB

/// The collection (`collection.anki2`, schema 11) of a package factdrill writes: note types,
/// decks, notes, cards with their scheduling, and the review log.
struct AnkiCollectionWriter {
    let export: AnkiExport
    let now: Date

    /// Anki's day starts at 4 a.m.; day numbers count from the collection's creation, set to a
    /// day start before every date the package holds so none is negative.
    var created: Date {
        var earliest = now
        for card in export.cards {
            if let due = card.schedule?.due, due < earliest { earliest = due }
            if let first = card.reviews.first?.reviewedAt, first < earliest { earliest = first }
        }
        let seconds = (earliest.timeIntervalSince1970 - 4 * 3600) / 86_400
        return Date(timeIntervalSince1970: seconds.rounded(.down) * 86_400 + 4 * 3600)
    }

    func write(to path: URL) throws {
        let nowMillis = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
        let nowSeconds = nowMillis / 1000
        let crt = created
        let basicID = AnkiPackageWriter.stableID("model:basic")
        var models: [String: Any] = [:]
        var modelIDs: [String: Int64] = [:]  // note guid → model id
        for note in export.notes.values.sorted(by: { $0.guid < $1.guid }) {
            let id = note.notetype.id ?? AnkiPackageWriter.stableID("model:" + note.notetype.name)
            modelIDs[note.guid] = id
            if models[String(id)] == nil {
                models[String(id)] = AnkiSchema11.model(note.notetype, id: id, modSeconds: nowSeconds)
            }
        }
        var decks: [String: Any] = ["1": AnkiSchema11.deck(id: 1, name: "Default", modSeconds: nowSeconds)]
        var deckIDs: [String: Int64] = [:]
        for deck in export.decks {
            let id = AnkiPackageWriter.stableID("deck:" + deck.id)
            deckIDs[deck.id] = id
            decks[String(id)] = AnkiSchema11.deck(id: id, name: deck.name, modSeconds: nowSeconds)
        }
        let firstDeck = export.decks.first.flatMap { deckIDs[$0.id] } ?? 1
        if export.cards.contains(where: { $0.anki == nil }) {
            models[String(basicID)] = AnkiSchema11.basicModel(id: basicID, deckID: firstDeck, modSeconds: nowSeconds)
        }
        let languages = Dictionary(export.decks.map { ($0.id, $0.languages) }, uniquingKeysWith: { first, _ in first })
        let queue = try DatabaseQueue(path: path.path)
        defer { try? queue.close() }
        try queue.write { db in
            try db.execute(sql: AnkiSchema11.tables)
            try db.execute(
                sql: "INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')",
                arguments: [
                    Int64(crt.timeIntervalSince1970), nowMillis, nowMillis,
                    try AnkiSchema11.json(AnkiSchema11.conf(modelID: basicID, deckID: firstDeck)),
                    try AnkiSchema11.json(models), try AnkiSchema11.json(decks),
                    try AnkiSchema11.json(["1": AnkiSchema11.defaultDeckConfig(modSeconds: nowSeconds)]),
                ])
            let noteStatement = try db.makeStatement(
                sql: "INSERT OR IGNORE INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')")
            let cardStatement = try db.makeStatement(
                sql: "INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)")
            let reviewStatement = try db.makeStatement(sql: "INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)")
            var usedCardIDs = Set<Int64>()
            var usedReviewIDs = Set<Int64>()
            for (index, card) in export.cards.enumerated() {
                let noteID: Int64
                var cardID: Int64
                let ord: Int
                if let anki = card.anki, let note = export.notes[anki.guid], let model = modelIDs[anki.guid] {
                    noteID = AnkiPackageWriter.stableID("note:" + anki.guid)
                    let sortField = AnkiPackageWriter.strippedField(note.fields.first ?? "")
                    try noteStatement.execute(arguments: [
                        noteID, anki.guid, model, note.modified, AnkiPackageWriter.tagsField(note.tags),
                        note.fields.joined(separator: "\u{1F}"), sortField, AnkiPackageWriter.checksum(sortField),
                    ])
                    cardID = anki.id
                    ord = anki.ord
                } else {
                    let fields = AnkiPackageWriter.fields(of: card.card, languages: languages[card.deckID] ?? [])
                    let sortField = AnkiPackageWriter.strippedField(fields.front)
                    noteID = nowMillis + Int64(index)
                    try noteStatement.execute(arguments: [
                        noteID, AnkiPackageWriter.guid(deck: card.deckID, card: card.card.id), basicID, nowSeconds,
                        AnkiPackageWriter.tagsField(card.card.tags), fields.front + "\u{1F}" + fields.back, sortField,
                        AnkiPackageWriter.checksum(sortField),
                    ])
                    cardID = noteID
                    ord = 0
                }
                while !usedCardIDs.insert(cardID).inserted { cardID += 1 }
                let schedule = AnkiCardSchedule(card, created: crt, now: now, position: index + 1)
                try cardStatement.execute(arguments: [
                    cardID, noteID, deckIDs[card.deckID] ?? firstDeck, ord, nowSeconds, schedule.type, schedule.queue,
                    schedule.due, schedule.interval, schedule.factor, schedule.reps, schedule.lapses, schedule.left,
                    schedule.data,
                ])
                var lastInterval = 0
                for review in card.reviews {
                    var id = Int64((review.reviewedAt.timeIntervalSince1970 * 1000).rounded())
                    while !usedReviewIDs.insert(id).inserted { id += 1 }
                    let interval = AnkiCardSchedule.revlogInterval(review.after, at: review.reviewedAt)
                    try reviewStatement.execute(arguments: [
                        id, cardID, review.rating.rawValue, interval, lastInterval,
                        AnkiCardSchedule.factor(difficulty: review.after.difficulty), max(0, review.durationMs),
                        AnkiCardSchedule.revlogType(review.before),
                    ])
                    lastInterval = interval
                }
            }
        }
    }
}

/// A card's scheduling as Anki writes it: type, queue, due, interval, ease, counts, learning
/// steps left, and the FSRS memory state in its data.
struct AnkiCardSchedule {
    var type = 0
    var queue = 0
    var due: Int64 = 0
    var interval = 0
    var factor = 0
    var reps = 0
    var lapses = 0
    var left = 0
    var data = ""

    init(_ card: AnkiExport.Card, created: Date, now: Date, position: Int) {
        guard let schedule = card.schedule, let state = schedule.state else {
            due = Int64(position)
            queue = card.suspended ? -1 : (card.buriedUntil.map { $0 > now } ?? false) ? -3 : 0
            return
        }
        reps = schedule.reps
        lapses = schedule.lapses
        factor = 2500
        let day = { (date: Date) in Int64((date.timeIntervalSince(created) / 86_400).rounded(.down)) }
        switch state {
        case .review:
            type = 2
            queue = 2
            due = day(schedule.due)
            let last = schedule.lastReview ?? now
            interval = max(1, Int((schedule.due.timeIntervalSince(last) / 86_400).rounded()))
        case .learning, .relearning:
            type = state == .learning ? 1 : 3
            // A step due within the day is timed (queue 1); a later one is a day (queue 3).
            let dayEnd = created.addingTimeInterval(Double(day(now) + 1) * 86_400)
            if schedule.due < dayEnd {
                queue = 1
                due = Int64(schedule.due.timeIntervalSince1970)
            } else {
                queue = 3
                due = day(schedule.due)
            }
            let steps =
                state == .learning ? Scheduler.standard.learningSteps.count : Scheduler.standard.relearningSteps.count
            left = max(1, steps - (schedule.step ?? 0))
            // (A relearning card keeps the interval it returns to: about its stability in days.)
            if state == .relearning, let stability = schedule.stability {
                interval = max(1, Int(stability.rounded()))
            }
        }
        if card.suspended { queue = -1 } else if let buried = card.buriedUntil, buried > now { queue = -3 }
        if let stability = schedule.stability, let difficulty = schedule.difficulty {
            var memory: [String: Any] = [
                "s": (stability * 10_000).rounded() / 10_000, "d": (difficulty * 1000).rounded() / 1000,
                "dr": Scheduler.standard.desiredRetention, "decay": Scheduler.standard.decay,
            ]
            if let last = schedule.lastReview { memory["lrt"] = Int64(last.timeIntervalSince1970) }
            data = (try? AnkiSchema11.json(memory)) ?? ""
        }
    }

    /// Anki's revlog interval: days after the answer when at least one, else minus the seconds.
    static func revlogInterval(_ after: ScheduleState, at date: Date) -> Int {
        let seconds = after.due.timeIntervalSince(date)
        return seconds >= 86_400 ? Int((seconds / 86_400).rounded()) : -max(1, Int(seconds.rounded()))
    }

    /// What Anki keeps in `factor` under FSRS: the difficulty, as 100 + (D − 1) / 9 × 1000.
    static func factor(difficulty: Double?) -> Int {
        guard let difficulty else { return 0 }
        return Int(100 + (difficulty - 1) / 9 * 1000)
    }

    /// The revlog type of an answer: 0 learning (or new), 1 review, 2 relearning.
    static func revlogType(_ before: ScheduleState) -> Int {
        switch before.state {
        case .review: return 1
        case .relearning: return 2
        default: return 0
        }
    }
}
