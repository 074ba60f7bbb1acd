import Foundation

/// A named thing of a lexicon: its id and names in both languages.
struct LexiconName: Sendable, Equatable {
    let id: String
    let type: EntityType
    let english: String
    let arabic: String
    let englishAliases: [String]
    let arabicAliases: [String]
    /// Whether English says "the" before the name (countries only; nil: inferred).
    let definite: Bool?

    init(row: [String: String], type: EntityType) {
        id = row["id"] ?? ""
        self.type = type
        english = row["en"] ?? ""
        arabic = row["ar"] ?? ""
        englishAliases = DraftLexicon.list(row["en_aliases"])
        arabicAliases = DraftLexicon.list(row["ar_aliases"])
        definite = row["en_definite"] == "1" ? true : nil
        kind = type == .organization ? row["kind"] : nil
        country = type == .place || type == .organization ? row["country"].flatMap { $0.isEmpty ? nil : $0 } : nil
    }

    /// What kind of organization it is (organizations.tsv: state, company, media…).
    let kind: String?
    /// The country a place is in or a state body or party belongs to (its id), from the places
    /// and organizations lexicons.
    let country: String?

    var allForms: [String] { [english, arabic] + englishAliases + arabicAliases }

    /// The name in a language, `ar` or else English.
    func name(in language: String) -> String { language == "ar" ? arabic : english }

    /// The aliases in a language.
    func aliases(in language: String) -> [String] { language == "ar" ? arabicAliases : englishAliases }
}

/// A post of the lexicon (رئيس الوزراء, Prime Minister) in both languages.
struct LexiconPost: Sendable, Equatable {
    let english: String
    let arabic: String
    let forms: [String]
    let unique: Bool

    init(row: [String: String]) {
        english = row["en"] ?? ""
        arabic = row["ar"] ?? ""
        forms = [english, arabic] + DraftLexicon.list(row["en_aliases"]) + DraftLexicon.list(row["ar_aliases"])
        unique = row["unique"] == "1"
    }

    var allForms: [String] { forms }

    /// Whether it is a post of a country's government (president, prime minister, minister,
    /// king, leader): one the article's country holds when no organization is named.
    var isNational: Bool {
        let words = Set(english.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init))
        return !words.isDisjoint(with: [
            "president", "minister", "king", "queen", "emir", "chancellor", "leader", "sultan", "prince", "speaker",
            "secretary", "justice",
        ]) && !words.contains("general") && !words.contains("party")
            && (!english.lowercased().contains(" of the ") || english.lowercased().hasSuffix(" of the exchequer"))
    }
}
