import Foundation

/// What the article is about: the country and the organization it names most.
extension DraftRun {
    /// The country the article is about: named (by its name, its nationality, a place in it or
    /// one of its state bodies or parties)
    /// at least twice, and in at least 40% of all such mentions or twice as often as any other.
    static func mainCountry(_ readings: [DraftReading], lexicon: DraftLexicon, kingdomsOnly: Bool = false)
        -> LexiconName?
    {
        var tally = MentionTally()
        for reading in readings {
            // The headline and the date line («القاهرة - …») say what the article is about: twice.
            let weight = reading.sentence.index <= 1 ? 2 : 1
            for span in reading.spans {
                guard case .lexicon(let kind, _) = span.tag else { continue }
                switch kind {
                case .country(let name):
                    tally.add(name, weight: weight)
                case .adjective(let name):
                    // («محمد شياع السوداني», «وأبقى السوداني»: a definite nationality after a word
                    // without the article is a family name, not the country's.)
                    let at = span.range.lowerBound
                    let words = reading.words
                    if words[at].isArabic, words[at].text.hasPrefix("ال"), at > 0,
                        !reading.sentence.isBreak(before: at), reading.span(at: at - 1) == nil,
                        !words[at - 1].isDefinite
                    {
                        continue
                    }
                    tally.add(name, weight: weight)
                case .place(let place), .organization(let place):
                    guard let id = place.country, let name = lexicon.countries[id] else { continue }
                    tally.add(name, weight: weight)
                default: continue
                }
            }
        }
        if kingdomsOnly {
            // (The kingdom named most, at least twice, whatever else the article names.)
            let kingdom = tally.ranked.first { entry in
                entry.name.allForms.contains { $0.hasPrefix("المملكة") || $0.hasPrefix("مملكة") }
            }
            return kingdom.flatMap { $0.count >= 2 ? $0.name : nil }
        }
        let ranked = tally.ranked
        guard let best = ranked.first, best.count >= 2 else { return nil }
        let second = ranked.count > 1 ? ranked[1].count : 0
        // At least 40% of the mentions, or twice as many as any other country.
        guard best.count * 5 >= tally.total * 2 || best.count >= 2 * second else { return nil }
        return best.name
    }

    /// The organization the article is about: a known organization other than a news outlet or a
    /// party, named at least three times and at least twice as often as any other.
    static func mainOrganization(_ readings: [DraftReading]) -> LexiconName? {
        var tally = MentionTally()
        for reading in readings {
            for span in reading.spans {
                // (Not a news outlet, nor a party, whose posts are many people's.)
                guard case .lexicon(.organization(let name), _) = span.tag,
                    !["media", "party"].contains(name.kind ?? "")
                else { continue }
                tally.add(name, weight: reading.sentence.index <= 1 ? 2 : 1)
            }
        }
        let ranked = tally.ranked
        guard let best = ranked.first, best.count >= 3 else { return nil }
        return best.count >= 2 * (ranked.count > 1 ? ranked[1].count : 0) ? best.name : nil
    }
}

/// Mentions counted per lexicon name, in the order the article first names them: ties go to the
/// one named first, so that a draft is the same on every run.
struct MentionTally {
    private(set) var entries: [(name: LexiconName, count: Int)] = []
    private var position: [String: Int] = [:]
    private(set) var total = 0

    mutating func add(_ name: LexiconName, weight: Int) {
        total += weight
        if let at = position[name.id] {
            entries[at].count += weight
        } else {
            position[name.id] = entries.count
            entries.append((name, weight))
        }
    }

    /// Most named first; among equals, the first named.
    var ranked: [(name: LexiconName, count: Int)] {
        entries.enumerated().sorted { a, b in
            a.element.count != b.element.count ? a.element.count > b.element.count : a.offset < b.offset
        }.map(\.element)
    }
}
