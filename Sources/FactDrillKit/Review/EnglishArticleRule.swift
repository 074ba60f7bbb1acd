/// Flags English prompts that name without "the" what English names with it ("according to
/// Stockholm International Peace Research Institute", "did United States hold"), and posts of
/// a country linked with "in" or "at" instead of "of" ("the post of President in United States").
///
/// The names come from `EnglishArticle`'s list and inference over the model's entities and the
/// built-in world names; an entity marked `definite: false` is never flagged.
enum EnglishArticleRule: DeckReviewRule {
    static let name = "english-article"

    static func flags(in deck: Deck, model: ArticleModel?) -> [ReviewFlag] {
        let names = ReviewNames(model: model)
        var flags: [ReviewFlag] = []
        for card in deck.cards {
            guard let prompt = card.prompt["en"] else { continue }
            for name in names.definiteEnglish {
                guard let bare = firstBareMention(of: name, in: prompt) else { continue }
                flags.append(
                    ReviewFlag(
                        card: card.id, language: "en", rule: self.name,
                        message: "'\(bare)' needs \"the\" here: write 'the \(bare)'"))
                break
            }
            if let country = postOfCountryWithIn(prompt, countries: names.englishCountries) {
                flags.append(
                    ReviewFlag(
                        card: card.id, language: "en", rule: self.name,
                        message: "a post of \(country) reads 'of \(country)', not 'in' or 'at'"))
            }
        }
        return flags
    }

    /// `name` where it stands without "the" and is not part of a longer name (a capitalized word
    /// before it: "Democratic Republic of the Congo" holds "Republic of the Congo").
    static func firstBareMention(of name: String, in prompt: String) -> String? {
        for range in ReviewNames.occurrences(of: name, in: prompt) {
            // Joined to the word before ("NATO–Indo-Pacific talks"): part of a compound, not a mention.
            if range.lowerBound > prompt.startIndex, let previous = prompt[..<range.lowerBound].last,
                !previous.isWhitespace
            {
                continue
            }
            guard let before = ReviewNames.word(before: range.lowerBound, in: prompt) else { return name }
            if before == "the" || before == "The" { continue }
            // A name used as an adjective after a determiner needs no article of its own:
            // "NATO's four Indo-Pacific partners", "its Indo-Pacific partners", "NATO–Indo-Pacific talks".
            if attributiveDeterminers.contains(before.lowercased()) || before.hasSuffix("'s")
                || before.allSatisfy(\.isNumber)
            {
                continue
            }
            if let first = before.first, first.isUppercase, before != "In", before != "As", before != "From" {
                continue
            }
            return name
        }
        return nil
    }

    /// Words before a name that make it an adjective of the noun that follows.
    static let attributiveDeterminers: Set<String> = [
        "its", "their", "his", "her", "our", "your", "my", "a", "an", "this", "that", "these", "those", "two",
        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "some", "other",
        "all", "both", "each", "every", "no",
    ]

    /// The country after "the post of … in/at", if a prompt links a country's post so.
    static func postOfCountryWithIn(_ prompt: String, countries: [String]) -> String? {
        guard let post = prompt.range(of: "the post of ") else { return nil }
        let rest = prompt[post.upperBound...]
        // The country ends the post's phrase: "at the US National Security Council" is no post of the US.
        for country in countries {
            for link in [" in ", " at "] {
                for article in ["", "the "] {
                    for end in ["?", ",", ".", ";", ")"] where rest.contains(link + article + country + end) {
                        return country
                    }
                }
            }
        }
        return nil
    }
}
