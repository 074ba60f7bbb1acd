/// The text members of every set of the model and the other installed models: candidates for
/// the odd one out of a set of texts (a topic of another set for a set of topics).
struct TextMemberIndex {
    /// A text member and its normalized forms.
    struct Member {
        let text: LocalizedText
        let keys: Set<UInt64>
    }

    /// This model's members, then the other models'.
    private(set) var tiers: [[Member]] = [[], []]

    init(model: ArticleModel, others: [ArticleModel], languages: [LanguageCode]) {
        var seen: Set<UInt64> = []
        for (tier, source) in ([model] + others).enumerated() {
            for fact in source.facts {
                guard case .set(let set) = fact.body else { continue }
                for case .text(let text) in set.members
                where languages.allSatisfy({ (text[$0] ?? "").isEmpty == false }) {
                    let keys = Set(text.allStrings.compactMap(WordHashes.key))
                    guard keys.isDisjoint(with: seen) else { continue }
                    seen.formUnion(keys)
                    tiers[min(tier, 1)].append(Member(text: text, keys: keys))
                }
            }
        }
    }

    /// A text that shares no normalized form with `blocked`, this model's first.
    func outsider(blocked: Set<UInt64>, rng: inout SplitMix64) -> LocalizedText? {
        for tier in tiers {
            for index in EntityPool.visitOrder(tier.count, rng: &rng) where tier[index].keys.isDisjoint(with: blocked) {
                return tier[index].text
            }
        }
        return nil
    }
}
