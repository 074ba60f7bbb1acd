import Foundation

/// The lexicons `factdrill draft` reads news text with, parsed once from the TSV files compiled
/// into the binary (`Lexicons/*.tsv`, embedded by `scripts/embed-seed`): countries with their
/// nationality adjectives, places, organizations, posts, organization head nouns, event nouns,
/// attribution words, common words and given names.
///
/// Every phrase is stored as its words' keys (`DraftWord.key`, the matcher's normalization word by
/// word), indexed by its first word, so a sentence is matched word by word with `longestMatch`.
struct DraftLexicon: Sendable {
    /// What a lexicon phrase names.
    enum Kind: Sendable, Equatable {
        case country(LexiconName)
        /// A nationality adjective of a country (الياباني, Japanese): the country's name.
        case adjective(LexiconName)
        case place(LexiconName)
        case organization(LexiconName)
        case post(LexiconPost)
        case organizationHead
        case eventNoun
        case attribution(source: Bool)
    }

    /// A phrase and what it names.
    struct Entry: Sendable {
        let words: [String]
        let kind: Kind
        /// Whether an Arabic name is written without the article («مالي», «مصر»): «المالي»
        /// ("financial") is not it.
        var bare = false
    }

    /// Entries by the key of their first word.
    private(set) var byFirstWord: [String: [Entry]] = [:]
    /// First words of event nouns (منتدى is also an organization's head noun).
    private(set) var eventNounWords: Set<String> = []
    /// Countries by id (a place's `country`).
    private(set) var countries: [String: LexiconName] = [:]
    /// Words that are never part of a person's name (keys).
    private(set) var commonWords: Set<String> = []
    /// Given names (keys), Arabic and Latin, to their Latin spelling.
    private(set) var givenNames: [String: String] = [:]

    /// The lexicons compiled into the binary.
    static let shared = DraftLexicon(
        tables: [
            "countries": DraftLexiconData.countries, "places": DraftLexiconData.places,
            "organizations": DraftLexiconData.organizations, "posts": DraftLexiconData.posts,
            "org-heads": DraftLexiconData.orgHeads, "event-nouns": DraftLexiconData.eventNouns,
            "attribution": DraftLexiconData.attribution, "common-words": DraftLexiconData.commonWords,
            "given-names": DraftLexiconData.givenNames,
        ])

    /// Parses the tables (file stem → TSV text).
    init(tables: [String: String]) {
        for row in Self.rows(tables["common-words"]) {
            for word in Self.list(row["word"]) { commonWords.insert(DraftWord.key(of: word)) }
        }
        for row in Self.rows(tables["countries"]) {
            let name = LexiconName(row: row, type: .country)
            countries[name.id] = name
            add(name.allForms, .country(name))
            let adjectives =
                Self.list(row["en_adjectives"]) + Self.arabicAdjectiveForms(Self.list(row["ar_adjectives"]))
            add(adjectives, .adjective(name))
        }
        for row in Self.rows(tables["places"]) {
            let name = LexiconName(row: row, type: .place)
            add(name.allForms, .place(name))
        }
        for row in Self.rows(tables["organizations"]) {
            let name = LexiconName(row: row, type: .organization)
            add(name.allForms, .organization(name))
        }
        for row in Self.rows(tables["posts"]) {
            let post = LexiconPost(row: row)
            add(
                post.allForms + Self.arabicPossessiveForms(post.allForms) + Self.arabicAccusativeForms(post.allForms)
                    + Self.arabicHeadPossessiveForms(post.allForms),
                .post(post))
        }
        for row in Self.rows(tables["org-heads"]) {
            add(Self.list(row["ar"]) + Self.list(row["en"]), .organizationHead)
        }
        for row in Self.rows(tables["event-nouns"]) {
            for phrase in Self.list(row["ar"]) + Self.list(row["en"]) {
                if let first = DraftWord.keys(of: phrase).first { eventNounWords.insert(first) }
            }
            add(Self.list(row["ar"]) + Self.list(row["en"]), .eventNoun)
        }
        for row in Self.rows(tables["attribution"]) {
            add(Self.list(row["phrase"]), .attribution(source: row["kind"] == "source"))
        }
        for row in Self.rows(tables["given-names"]) {
            let latin = Self.list(row["en"]).first ?? ""
            for name in Self.list(row["ar"]) + Self.list(row["en"]) {
                givenNames[DraftWord.key(of: name)] = latin
                // «عبدالله» is also written as one word.
                if name.hasPrefix("عبد ") {
                    givenNames[DraftWord.key(of: name.replacingOccurrences(of: " ", with: ""))] = latin
                }
            }
        }
    }

    private mutating func add(_ phrases: [String], _ kind: Kind) {
        for phrase in phrases {
            let words = DraftWord.keys(of: phrase)
            guard let first = words.first else { continue }
            // "The National", "Time": a name whose words are all common English words would be read
            // in every sentence; kept only when written in capitals (an acronym).
            if case .organization = kind, words.allSatisfy({ commonWords.contains($0) }),
                phrase.unicodeScalars.contains(where: { (0x61...0x7A).contains($0.value) })
            {
                continue
            }
            var bare = false
            switch kind {
            case .country, .place:
                bare =
                    phrase.unicodeScalars.first.map { ArabicNormalizer.isArabicLetter($0.value) } == true
                    && !phrase.hasPrefix("ال")
            default: break
            }
            byFirstWord[first, default: []].append(Entry(words: words, kind: kind, bare: bare))
        }
    }

    /// The longest entries that start at `index` (the first word read as written or without its
    /// proclitics), with the number of words each covers; the forms as written before stems.
    func matches(in words: [DraftWord], at index: Int) -> [(entry: Entry, length: Int, stemmed: Bool)] {
        var found: [(entry: Entry, length: Int, stemmed: Bool)] = []
        for (variant, stemmed) in words[index].variants where !variant.isEmpty {
            for entry in byFirstWord[variant] ?? [] {
                // «القطاع المالي»: a country's bare name written with the article is another word.
                if entry.bare, Self.hasArticle(words[index].text, notBefore: entry.words[0]) { continue }
                // Later words in order; a word without a key ("the") between them is passed over.
                var position = index + 1
                var fits = true
                for expected in entry.words.dropFirst() {
                    while position < words.count, words[position].key.isEmpty { position += 1 }
                    // («شركة «أرامكو السعودية»»: a name does not run into a quotation.)
                    guard position < words.count, words[position].key == expected,
                        !words[position].before.contains(where: { "«»“”\"".contains($0) })
                    else {
                        fits = false
                        break
                    }
                    position += 1
                }
                if fits { found.append((entry, position - index, stemmed)) }
            }
        }
        return found.sorted { a, b in a.length != b.length ? a.length > b.length : (!a.stemmed && b.stemmed) }
    }

    /// Whether an Arabic word is written with the article, after any proclitic: «المالي»,
    /// «والمالي», «بالمالي», «للمالي».
    /// («للبنان» is ل and «لبنان», not the article: `name` is the key the word should read as.)
    static func hasArticle(_ text: String, notBefore name: String) -> Bool {
        var rest = Substring(text)
        if let first = rest.first, "وف".contains(first), rest.count > 3 { rest = rest.dropFirst() }
        if rest.hasPrefix("ال") { return true }
        if rest.hasPrefix("لل") { return DraftWord.key(of: String(rest.dropFirst())) != name }
        if let first = rest.first, "بك".contains(first), rest.dropFirst().hasPrefix("ال") { return true }
        return false
    }

    /// Whether a word is a common word (never part of a name), read as written or without proclitics.
    func isCommon(_ word: DraftWord) -> Bool {
        word.variants.contains { commonWords.contains($0.key) }
    }

    /// The Latin spelling of a given name, if the word is one.
    func givenName(_ word: DraftWord) -> String? {
        if !word.isArabic, !word.isCapitalized { return nil }  // "said" is not Said
        for (variant, _) in word.variants { if let latin = givenNames[variant] { return latin } }
        return nil
    }

    // MARK: TSV

    /// The rows of a table as header → cell maps; comment and blank lines skipped.
    static func rows(_ text: String?) -> [[String: String]] {
        guard let text else { return [] }
        var header: [String]?
        var rows: [[String: String]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let names = header else {
                header = cells
                continue
            }
            var row: [String: String] = [:]
            for (name, cell) in zip(names, cells) where !cell.isEmpty { row[name] = cell }
            rows.append(row)
        }
        return rows
    }

    /// A `|`-separated cell as a list.
    static func list(_ cell: String?) -> [String] {
        (cell ?? "").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// «وزير خارجيته», «وزيرة دفاعها»: a two-word Arabic post whose second word has the article,
    /// written with a possessive pronoun instead (ة becomes ت before it).
    static func arabicPossessiveForms(_ forms: [String]) -> [String] {
        forms.flatMap { form -> [String] in
            let words = form.split(separator: " ").map(String.init)
            guard words.count == 2, words[1].hasPrefix("ال"), words[1].count > 4 else { return [] }
            var stem = String(words[1].dropFirst(2))
            if stem.hasSuffix("ة") { stem = String(stem.dropLast()) + "ت" }
            return ["ه", "ها", "هم"].map { words[0] + " " + stem + $0 }
        }
    }

    /// «رئيسها التنفيذي», «مديره العام»: a post whose first word has the article, written with a
    /// possessive pronoun on it instead ("its chief executive": the organization said before).
    static func arabicHeadPossessiveForms(_ forms: [String]) -> [String] {
        forms.flatMap { form -> [String] in
            let words = form.split(separator: " ").map(String.init)
            guard words.count >= 2, words[0].hasPrefix("ال"), words[0].count > 4 else { return [] }
            var stem = String(words[0].dropFirst(2))
            if stem.hasSuffix("ة") { stem = String(stem.dropLast()) + "ت" }
            let rest = words.dropFirst().joined(separator: " ")
            return ["ه", "ها"].map { stem + $0 + " " + rest }
        }
    }

    /// «وزيراً للخارجية», «وزيرةً للدفاع»: a two-word post as written after a name it is given to
    /// («عُيّن فلان وزيراً للخارجية»): the head in the accusative, the complement with لل.
    static func arabicAccusativeForms(_ forms: [String]) -> [String] {
        forms.flatMap { form -> [String] in
            let words = form.split(separator: " ").map(String.init)
            // «الأمين العام» → «أميناً عاماً», «المدير العام» → «مديراً عاماً»: a head and its
            // adjective, both in the accusative.
            if words.count == 2, words.allSatisfy({ $0.hasPrefix("ال") && $0.count > 4 }) {
                return [
                    words.map { word in
                        let bare = String(word.dropFirst(2))
                        return bare.hasSuffix("ة") ? bare : bare + "ا"
                    }.joined(separator: " ")
                ]
            }
            guard !words.isEmpty, !words[0].hasPrefix("ال") else { return [] }
            let head = words[0].hasSuffix("ة") ? words[0] : words[0] + "ا"
            // «رئيس مجلس الوزراء» → «رئيساً لمجلس الوزراء».
            if words.count == 3, !words[1].hasPrefix("ال"), words[2].hasPrefix("ال") {
                return [head + " ل" + words[1] + " " + words[2]]
            }
            guard words.count == 2, words[1].hasPrefix("ال"), words[1].count > 4 else { return [] }
            return [head + " ل" + words[1].dropFirst(1)]
        }
    }

    /// The forms of Arabic nisba adjectives from their masculine singular: feminine (ة), plural
    /// (ون, ين) and dual (ان, ين), each word of a two-word adjective (كوري جنوبي) inflected alike.
    static func arabicAdjectiveForms(_ bases: [String]) -> [String] {
        bases.flatMap { base in
            ["", "ة", "ون", "ين", "ان", "تان", "تين"].map { suffix in
                base.split(separator: " ").map { String($0) + suffix }.joined(separator: " ")
            }
        }
    }
}
