/// Whether English puts "the" before a name inside a sentence: "the United States", "the
/// Stockholm International Peace Research Institute", but "NATO", "Japan", "Nikkei Asia".
///
/// The model's `definite` decides when given; else the name does: a country that English names
/// with "the" (CLDR's English usage, listed here), or a name headed by a common noun ("Institute",
/// "Council", "Ministry of …"). Acronyms and brand-like names take none. A name written with its
/// "the" is kept as written. Answers and options stay bare names: only names inside prompts get it.
enum EnglishArticle {
    /// Countries and territories English names with "the" (CLDR English usage), as bare names.
    static let definiteCountries: Set<String> = [
        "United States", "United States of America", "United Kingdom",
        "United Kingdom of Great Britain and Northern Ireland", "Netherlands", "Philippines", "Bahamas", "Gambia",
        "Czech Republic", "United Arab Emirates", "Central African Republic", "Dominican Republic", "Comoros",
        "Maldives", "Marshall Islands", "Solomon Islands", "Seychelles", "Democratic Republic of the Congo",
        "Republic of the Congo", "Congo", "Vatican City", "Holy See", "Cayman Islands", "Falkland Islands",
        "Faroe Islands", "British Virgin Islands", "US Virgin Islands", "Cook Islands", "Turks and Caicos Islands",
        "Northern Mariana Islands", "Cocos (Keeling) Islands", "Åland Islands", "Russian Federation",
        "Republic of Korea", "Democratic People's Republic of Korea", "Ivory Coast", "West Bank", "Gaza Strip",
        "Palestinian Territories",
    ]

    /// Common nouns that head names taking "the": "the World Bank", "the Ministry of Defence".
    static let headNouns: Set<String> = [
        "institute", "council", "organization", "organisation", "league", "ministry", "centre", "center",
        "school", "fund", "bank", "union", "agency", "office", "committee", "commission", "department",
        "foundation", "forum", "alliance", "association", "court", "parliament", "assembly", "academy",
        "nations", "group", "federation", "republic", "kingdom", "states", "emirates", "islands", "secretariat",
        "programme", "program", "service", "conference", "board", "authority", "coalition", "partnership",
        "society", "corps", "command", "house", "party", "senate", "congress", "cabinet", "administration",
        "government", "army", "navy", "museum", "library", "college", "institution", "network", "bureau",
    ]

    /// Heads that take "the" only in an "X of Y" name: "the University of Oxford", but "Oxford University".
    static let headNounsBeforeOf: Set<String> = ["university"]

    /// `name` as it reads inside an English sentence.
    static func inSentence(_ name: String, definite: Bool?, type: EntityType) -> String {
        if hasArticle(name) { return name }
        return needsThe(name, definite: definite, type: type) ? "the " + name : name
    }

    /// Whether the bare `name` takes "the" in a sentence (false when it already has it).
    static func needsThe(_ name: String, definite: Bool?, type: EntityType) -> Bool {
        if hasArticle(name) { return false }
        if let definite { return definite }
        if type == .person { return false }
        let bare = withoutParenthesis(name)
        if definiteCountries.contains(bare) { return true }
        let words = bare.split(separator: " ").map(String.init)
        // One word: a country, a city, an acronym or a brand ("Japan", "NATO", "Interpol").
        guard words.count > 1 else { return false }
        if let of = words.firstIndex(of: "of"), of > 0 {
            let head = words[of - 1].lowercased()
            return headNouns.contains(head) || headNounsBeforeOf.contains(head)
        }
        let last = words[words.count - 1]
        // "G7 Summit"-like acronyms and brand names ("Nikkei Asia") end in a word that is no head noun.
        return headNouns.contains(last.lowercased()) && last != last.uppercased()
    }

    /// Whether a name already starts with "the ".
    static func hasArticle(_ name: String) -> Bool {
        name.hasPrefix("the ") || name.hasPrefix("The ")
    }

    /// "Stockholm International Peace Research Institute (SIPRI)" → the name before its parenthesis.
    private static func withoutParenthesis(_ name: String) -> String {
        guard let open = name.firstIndex(of: "("), open > name.startIndex else { return name }
        return String(name[..<open]).trimmingCharacters(in: .whitespaces)
    }
}
