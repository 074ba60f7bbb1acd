import Foundation

/// What a rank belongs to, and the ranking's name, period and publisher, as `readRankings` reads
/// them around a `RankGroup`.
extension DraftRun {
    /// What can hold a rank in a range, in order: countries, organizations and places of the
    /// lexicons, organizations named by a head noun, and people (a name, or the family name of a
    /// person named before).
    mutating func candidates(_ reading: DraftReading, in range: Range<Int>, excluding: Range<Int>?) -> [(
        id: String, range: Range<Int>
    )] {
        guard !range.isEmpty else { return [] }
        let words = reading.words
        var found: [(id: String, range: Range<Int>)] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let excluding, excluding.contains(index) {
                index = excluding.upperBound
                continue
            }
            // "Hyundai Motor Group, including Kia, was third", «… بما فيها كيا، …»: what a
            // parenthesis includes does not rank.
            if words[index].before.contains(where: { ",،".contains($0) }),
                words[index].reads(DraftWord.keySet("including excluding بما")),
                let close = (index + 1..<min(range.upperBound, index + 8)).first(where: { at in
                    words[at].before.contains(where: { ",،".contains($0) })
                })
            {
                index = close
                continue
            }
            // "Germany's Volkswagen", "China's BYD": a country's possessive before a name says whose
            // the name is; the name ranks.
            if !words[index].isArabic, let span = reading.span(startingAt: index), span.range.count == 1,
                words[index].isPossessive, span.range.upperBound < range.upperBound,
                !reading.sentence.isBreak(before: span.range.upperBound), words[span.range.upperBound].isCapitalized,
                lexicon.givenName(words[span.range.upperBound]) == nil,
                case .lexicon(let kind, _) = span.tag, case .country = kind
            {
                index = span.range.upperBound
                continue
            }
            // "Manila Mayor Francisco Domagoso": a place or organization before a post and a name
            // is the post's; the person ranks.
            if !words[index].isArabic, let span = reading.span(startingAt: index),
                let post = reading.span(startingAt: span.range.upperBound), case .lexicon(.post, _) = post.tag,
                post.range.upperBound < range.upperBound, !reading.sentence.isBreak(before: post.range.upperBound),
                names.name(startingAt: post.range.upperBound, in: reading) != nil
            {
                switch span.tag {
                case .lexicon(.place, _), .lexicon(.organization, _):
                    index = post.range.upperBound
                    continue
                default: break
                }
            }
            // "Pogačar's teammate João Almeida", "Microsoft's largest acquisition": a possessive before
            // a relation or a superlative says whose; it is not what ranks.
            if !words[index].isArabic, words[index].isPossessive, index + 1 < words.count,
                words[index + 1].reads(Self.relationNouns)
                    || words[index + 1].key.split(separator: " ").contains(where: {
                        Self.superlatives.contains(String($0))
                    })
            {
                index += 1
                continue
            }
            // "Scholz's SPD in third place": a person's possessive before a name says whose it is.
            if !words[index].isArabic, words[index].isPossessive, index + 1 < range.upperBound,
                words[index + 1].isCapitalized,
                book.person(familyName: words[index].key) != nil
                    || book.hasPerson(named: String(words[index].text.dropLast(2)))
            {
                index += 1
                continue
            }
            // «معسكر الرئيس ماكرون "معاً"»: a quoted name is what ranks, not the people around it.
            // (Not an English term in quotes: 'a "flawed democracy"'.)
            if words[index].before.contains(where: { "\"«“".contains($0) }),
                words[index].isArabic || words[index].isCapitalized
            {
                var close = index + 1
                while close < range.upperBound, close - index < 5,
                    !words[close].before.contains(where: { "\"»”".contains($0) })
                {
                    close += 1
                }
                if close < words.count, words[close].before.contains(where: { "\"»”".contains($0) }),
                    close <= range.upperBound
                {
                    let id = book.add(text: reading.sentence.phrase(index..<close), type: .organization)
                    found.removeAll { entry in book.entities.first { $0.id == entry.id }?.type == .person }
                    if !found.contains(where: { $0.id == id }) { found.append((id, index..<close)) }
                    index = close
                    continue
                }
            }
            // "the California Institute of Technology (Caltech)": the short name in parentheses
            // right after a name is the same entity.
            if words[index].before.contains("("), let last = found.last, last.range.upperBound == index {
                var close = index + 1
                while close < range.upperBound, close - index < 4, !words[close].before.contains(")") { close += 1 }
                found[found.count - 1].range = last.range.lowerBound..<close
                index = close
                continue
            }
            // "the Indian National Congress", "the Spanish Socialist Workers' Party": a nationality
            // opening a party's or a body's name is part of it.
            if !words[index].isArabic, let span = reading.span(startingAt: index), span.range.count == 1,
                case .lexicon(.adjective, _) = span.tag, index + 1 < range.upperBound,
                !reading.sentence.isBreak(before: index + 1),
                let run = capitalizedRun(reading, from: index + 1, limit: range.upperBound),
                run.contains(where: { at in
                    if case .lexicon(.organizationHead, _) = reading.span(at: at)?.tag { return true }
                    return words[at].reads(DraftWord.keySet("Congress Party Front Alliance Movement League"))
                })
            {
                let id = book.add(text: reading.sentence.phrase(index..<run.upperBound), type: .organization)
                if !found.contains(where: { $0.id == id }) { found.append((id, index..<run.upperBound)) }
                index = run.upperBound
                continue
            }
            // English: a run of capitalized words is one name ("ETH Zurich", "Imperial",
            // "University of Oxford"), a lexicon entry when it is exactly one.
            if !words[index].isArabic, let run = capitalizedRun(reading, from: index, limit: range.upperBound) {
                let single = reading.span(startingAt: index).flatMap { $0.range == run ? $0 : nil }
                if let single, let id = entity(of: single) {
                    if !found.contains(where: { $0.id == id }) { found.append((id, run)) }
                    index = run.upperBound
                    continue
                }
                if single == nil || DraftReading.name(of: single!) == nil, lexicon.givenName(words[index]) == nil,
                    reading.span(startingAt: index).map({ span in
                        if case .ordinal = span.tag { return true }  // ("the Third Way")
                        return DraftReading.name(of: span) != nil
                    }) ?? true
                {
                    let text = reading.sentence.phrase(run)
                    // "Prabowo won": a person named before, by one of their names.
                    if run.count == 1, let person = book.person(familyName: words[index].key) {
                        if !found.contains(where: { $0.id == person }) { found.append((person, run)) }
                        index = run.upperBound
                        continue
                    }
                    // A person the roles named ("Lai Ching-te"), else a place or an organization.
                    // Two to four words, none a lexicon entry or an organization's head noun, read as
                    // a person's name ("Xóchitl Gálvez", "Jorge Álvarez Máynez").
                    let looksLikeName =
                        (2...4).contains(run.count) && run.allSatisfy { reading.span(at: $0) == nil }
                        && names.name(startingAt: index, in: reading)?.range == run
                    let kind: EntityType =
                        book.hasPerson(named: text) || lexicon.givenName(words[index]) != nil || looksLikeName
                        ? .person : run.count == 1 && reading.span(at: index) != nil ? .place : .organization
                    let id = book.add(text: text, type: kind)
                    if !found.contains(where: { $0.id == id }) { found.append((id, run)) }
                    index = run.upperBound
                    continue
                }
            }
            if let span = reading.span(startingAt: index) {
                if case .lexicon(let kind, _) = span.tag {
                    switch kind {
                    case .country, .organization, .place:
                        if let id = entity(of: span), !found.contains(where: { $0.id == id }) {
                            found.append((id, span.range))
                        }
                        index = span.range.upperBound
                        continue
                    case .organizationHead:
                        // «أول منتخب إفريقي …»: after an ordinal it describes, it names nothing.
                        let described =
                            index > 0
                            && {
                                if case .ordinal = reading.span(at: index - 1)?.tag { return true }
                                return false
                            }()
                        // «تحالف "الجبهة الشعبية الجديدة"»: the quoted name is the organization's.
                        if index + 1 < range.upperBound,
                            words[index + 1].before.contains(where: { "\"«“".contains($0) })
                        {
                            index += 1
                            continue
                        }
                        // «المنتخب (الوطني) المغربي»: a national team is its country.
                        if !described, let team = nationalTeam(reading, at: index),
                            team.range.upperBound <= range.upperBound
                        {
                            if !found.contains(where: { $0.id == team.id }) { found.append(team) }
                            index = team.range.upperBound
                            continue
                        }
                        if !described, let org = names.organization(at: index, in: reading),
                            org.upperBound <= range.upperBound
                        {
                            let id = book.add(text: names.organizationName(org, in: reading), type: .organization)
                            if !found.contains(where: { $0.id == id }) { found.append((id, org)) }
                            index = org.upperBound
                            continue
                        }
                    default: break
                    }
                }
                if lexicon.givenName(words[index]) == nil {
                    index = span.range.upperBound
                    continue
                }
            }
            // «مطار دبي الدولي», «ميناء جدة الإسلامي»: an airport or port named by its city.
            if words[index].reads(DraftWord.keySet("مطار ميناء")), index + 1 < range.upperBound,
                !reading.sentence.isBreak(before: index + 1), let city = reading.span(startingAt: index + 1),
                case .lexicon(.place, _) = city.tag
            {
                var end = city.range.upperBound
                if end < range.upperBound, !reading.sentence.isBreak(before: end),
                    words[end].reads(DraftWord.keySet("الدولي الإسلامي international"))
                {
                    end += 1
                }
                let id = book.add(text: reading.sentence.phrase(index..<end), type: .place)
                if !found.contains(where: { $0.id == id }) { found.append((id, index..<end)) }
                index = end
                continue
            }
            // «جاءت المملكة في المرتبة الرابعة»: "the Kingdom" in an article about a kingdom.
            if words[index].isArabic, reading.span(at: index) == nil,
                ["المملكة", "والمملكة", "فالمملكة"].contains(words[index].text), let main = mainKingdom
            {
                let id = book.add(main)
                if !found.contains(where: { $0.id == id }) { found.append((id, index..<index + 1)) }
                index += 1
                continue
            }
            // «إقليم الحوز», "Gaza Strip": a place named by its head noun.
            // («مرفأ بيروت», «مطار دبي»: a city after the head noun names the place too.)
            let cityAfter =
                index + 1 < range.upperBound
                && reading.span(at: index + 1).map({ span in
                    if case .lexicon(.place, _) = span.tag { return span.range.count == 1 }
                    return false
                }) == true
            if words[index].reads(Self.placeHeads), index + 1 < range.upperBound,
                reading.span(at: index + 1) == nil || cityAfter,
                !reading.sentence.isBreak(before: index + 1), !lexicon.isCommon(words[index + 1]) || cityAfter
            {
                let place = index..<index + 2
                let id = book.add(text: reading.sentence.phrase(place), type: .place)
                if !found.contains(where: { $0.id == id }) { found.append((id, place)) }
                index += 2
                continue
            }
            if let name = names.name(startingAt: index, in: reading), name.range.upperBound <= range.upperBound,
                name.known || words[index].isCapitalized
            {
                // ("Nawaz Sharif's PML-N came first": whose party it is; the party ranks.)
                if words[name.range.upperBound - 1].isPossessive, name.range.upperBound < range.upperBound,
                    words[name.range.upperBound].isCapitalized
                {
                    index = name.range.upperBound
                    continue
                }
                let id = book.add(text: reading.sentence.phrase(name.range), type: .person)
                if !found.contains(where: { $0.id == id }) { found.append((id, name.range)) }
                index = name.range.upperBound
                continue
            }
            if let person = book.person(familyName: words[index].key) {
                if !found.contains(where: { $0.id == person }) { found.append((person, index..<index + 1)) }
            }
            index += 1
        }
        // "Yoon, of the People Power Party, took …", "Lee Jae-myung of the ruling Democratic
        // Party came second": a person's party is not a second candidate.
        var kept: [(id: String, range: Range<Int>)] = []
        for entry in found {
            if let last = kept.last, !words[entry.range.lowerBound].isArabic,
                book.entities.first(where: { $0.id == last.id })?.type == .person,
                book.entities.first(where: { $0.id == entry.id })?.type == .organization,
                last.range.upperBound < entry.range.lowerBound, entry.range.lowerBound - last.range.upperBound <= 4,
                ["of", "from"].contains(words[last.range.upperBound].lower),
                words[(last.range.upperBound + 1)..<entry.range.lowerBound].allSatisfy({
                    !$0.isCapitalized || lexicon.commonWords.contains($0.key)
                })
            {
                continue
            }
            kept.append(entry)
        }
        return kept
    }

    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
        "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "dozens", "thousands", "millions",
    ]
}
