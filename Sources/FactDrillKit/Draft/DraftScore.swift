import Foundation

/// How a drafted model compares with the model an analyst wrote for the same text (`scripts/
/// draft-eval`): precision and recall per kind of fact.
///
/// - Entities match by any shared name or alias, normalized; two people also when one's name is
///   the other's with words added at either end ("Lula da Silva" and "Luiz Inácio Lula da
///   Silva", «أحمد نواف الأحمد الصباح» and «الشيخ أحمد نواف الأحمد الصباح»), the shorter of two
///   words or more (`exactNames` turns this off: the figures measured before it was added).
/// - Ranking entries match by entity and rank.
/// - Event dates match by date (value and precision) and evidence sentence (one contains the
///   other, normalized); `monthsOnly` compares dates cut to their month (the seed's gold has days
///   the text states only as weekdays of an undated article).
/// - Roles match by person (a shared name), post (one's words contain the other's, normalized)
///   and organization (a shared name, or neither has one).
public struct DraftScore: Sendable {
    /// Found, drafted and gold counts of one kind.
    public struct Tally: Sendable {
        public var matched = 0
        public var drafted = 0
        public var gold = 0
        /// The gold items no drafted item matched, and the drafted items that matched none, each
        /// described in a line (`scripts/draft-eval --misses`).
        public var missed: [String] = []
        public var wrong: [String] = []

        public var precision: Double { drafted == 0 ? 1 : Double(matched) / Double(drafted) }
        public var recall: Double { gold == 0 ? 1 : Double(matched) / Double(gold) }

        mutating func add(_ other: Tally) {
            matched += other.matched
            drafted += other.drafted
            gold += other.gold
            missed += other.missed
            wrong += other.wrong
        }
    }

    public var rankings = Tally()
    public var events = Tally()
    public var roles = Tally()

    public init() {}

    /// Sums another file's score into this one.
    public mutating func add(_ other: DraftScore) {
        rankings.add(other.rankings)
        events.add(other.events)
        roles.add(other.roles)
    }

    /// Scores a drafted model against the gold one.
    public static func score(
        drafted: ArticleModel, gold: ArticleModel, monthsOnly: Bool = false, exactNames: Bool = false
    ) -> DraftScore {
        var score = DraftScore()
        let draftedNames = names(drafted)
        let goldNames = names(gold)
        let draftedPeople = Set(drafted.entities.filter { $0.type == .person }.map(\.id))
        let goldPeople = Set(gold.entities.filter { $0.type == .person }.map(\.id))
        func same(_ a: String?, _ b: String?) -> Bool {
            guard let a, let b else { return a == nil && b == nil }
            let mine = draftedNames[a] ?? []
            let theirs = goldNames[b] ?? []
            if !mine.isDisjoint(with: theirs) { return true }
            guard !exactNames, draftedPeople.contains(a), goldPeople.contains(b) else { return false }
            return mine.contains { one in theirs.contains { other in sameWordsAdded(one, other) } }
        }
        // Ranking entries.
        let draftedEntries = drafted.facts.flatMap { fact -> [RankingEntry] in
            if case .ranking(let r) = fact.body { return r.entries }
            return []
        }
        let goldEntries = gold.facts.flatMap { fact -> [RankingEntry] in
            if case .ranking(let r) = fact.body { return r.entries }
            return []
        }
        score.rankings = tally(draftedEntries, goldEntries) { entry, candidate in
            candidate.rank == entry.rank && same(entry.entity, candidate.entity)
        } describe: {
            "\($0.entity) #\($0.rank)"
        }
        // Event dates.
        func events(_ model: ArticleModel) -> [(date: PartialDate, evidence: String, event: String)] {
            model.facts.compactMap { fact in
                guard case .event(let event) = fact.body else { return nil }
                let date = monthsOnly ? event.date.truncated(to: min(event.date.precision, .month)) : event.date
                return (date, TextNormalizer.normalize(fact.evidence ?? "").text, event.event.allStrings.first ?? "")
            }
        }
        score.events = tally(events(drafted), events(gold)) { event, candidate in
            candidate.date == event.date
                && (candidate.evidence.contains(event.evidence) || event.evidence.contains(candidate.evidence))
        } describe: {
            "\($0.date) \($0.event)"
        }
        // Roles.
        func roles(_ model: ArticleModel) -> [(person: String, post: [String], organization: String?)] {
            model.facts.compactMap { fact in
                guard case .role(let role) = fact.body else { return nil }
                return (role.person, role.role.allStrings.map { TextNormalizer.normalize($0).text }, role.organization)
            }
        }
        score.roles = tally(roles(drafted), roles(gold)) { role, candidate in
            same(role.person, candidate.person) && same(role.organization, candidate.organization)
                && role.post.contains { post in
                    candidate.post.contains { " \($0) ".contains(" \(post) ") || " \(post) ".contains(" \($0) ") }
                }
        } describe: {
            "\($0.person): \($0.post.first ?? "") / \($0.organization ?? "-")"
        }
        return score
    }

    /// Drafted items matched one to one with gold items (each gold item counts once).
    private static func tally<Item>(
        _ drafted: [Item], _ gold: [Item], _ matches: (Item, Item) -> Bool, describe: (Item) -> String
    ) -> Tally {
        var unmatched = gold
        var tally = Tally(matched: 0, drafted: drafted.count, gold: gold.count)
        for item in drafted {
            if let index = unmatched.firstIndex(where: { matches(item, $0) }) {
                tally.matched += 1
                unmatched.remove(at: index)
            } else {
                tally.wrong.append(describe(item))
            }
        }
        tally.missed = unmatched.map(describe)
        return tally
    }

    /// Whether the shorter name (two words or more) is the longer with words added at either end.
    public static func sameWordsAdded(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard short.split(separator: " ").count >= 2 else { return false }
        return " \(long) ".contains(" \(short) ")
    }

    /// Each entity's names and aliases, normalized, by id.
    private static func names(_ model: ArticleModel) -> [String: Set<String>] {
        var table: [String: Set<String>] = [:]
        for entity in model.entities {
            table[entity.id] = Set(entity.allNames.map { TextNormalizer.normalize($0).text }.filter { !$0.isEmpty })
        }
        return table
    }
}
