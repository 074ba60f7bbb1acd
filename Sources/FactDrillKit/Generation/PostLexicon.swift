/// What the words of a post say: whether one person holds it at a time ("who holds it" then has
/// one answer) and which family of posts it belongs to (`PostFamily`), in English and Arabic.
///
/// Decided conservatively: a post is singular only when its head words are in the singular list
/// and none of its words is in the plural list; a post of unknown words is not singular. A role's
/// `unique:` in the model overrides the lexicon.
enum PostLexicon {
    /// Posts of one holder at a time, as the head of an English post ("Senior Director for Europe").
    static let singularHeads = PhraseList([
        "president", "leader", "prime minister", "deputy prime minister", "premier", "chancellor", "director",
        "director general", "director-general", "secretary general", "secretary-general",
        "deputy secretary general", "chair", "chairman", "chairwoman", "chairperson", "chief executive",
        "chief executive officer", "ceo", "ambassador", "head", "editor-in-chief", "editor in chief",
        "governor", "mayor", "king", "queen", "commander", "chief of staff", "chief of the general staff",
        "secretary of state", "foreign secretary", "defence secretary", "defense secretary",
        "national security adviser", "national security advisor",
    ])
    /// Posts that, with a qualifier ("Minister for Defence", "Defence Minister"), have one holder.
    static let qualifiedSingularHeads = PhraseList(["minister", "secretary"])
    /// Posts of many holders at a time, anywhere in the post ("Senior Researcher").
    static let pluralWords = PhraseList([
        "researcher", "research fellow", "fellow", "adviser", "advisor", "analyst", "professor", "member",
        "spokesperson", "spokesman", "spokeswoman", "lecturer", "scholar", "expert", "consultant",
        "correspondent", "باحث", "باحثة", "الباحثين", "باحثي", "مستشار",
        "مستشارة", "مستشاري", "عضو", "أعضاء", "محلل", "محللة", "أستاذ", "أستاذة", "زميل", "زميلة", "خبير",
        "خبيرة", "خبراء", "متحدث", "متحدثة", "مراسل", "مراسلة",
    ])
    /// Arabic posts of one holder, as the first words of the post («كبير مديري شؤون أوروبا»).
    static let arabicSingularHeads = PhraseList([
        "رئيس", "رئيسة", "رئيس الوزراء", "نائب رئيس الوزراء", "مدير", "مديرة", "المدير العام", "أمين عام",
        "الأمين العام", "نائب الأمين العام", "سفير", "سفيرة", "محافظ", "قائد", "ملك", "ملكة", "كبير", "كبيرة",
        "رئيس تحرير", "مستشار الأمن القومي",
    ])
    /// Arabic posts that need a qualifier to have one holder («وزير الدفاع», not «وزير»).
    static let arabicQualifiedHeads = PhraseList(["وزير", "وزيرة"])

    /// Singular posts whose words include a plural word ("National Security Adviser").
    static let singularExceptions = PhraseList([
        "national security adviser", "national security advisor", "مستشار الأمن القومي",
    ])

    /// English words that end a post's head: what follows qualifies it.
    private static let prepositions: Set<Substring> = ["of", "for", "to", "at", "in", "on", "with"]
    /// English words before a head that make the post one of several ("Deputy Director").
    private static let secondRank: Set<Substring> = ["deputy", "assistant", "vice", "acting", "associate"]
    /// Arabic words before a head that make the post one of several («نائب المدير»).
    private static let arabicSecondRank = PhraseList(["نائب", "مساعد"])

    /// Whether one person holds `post` at a time, by its words: true, false, or nil when the
    /// words do not tell (which callers take as not singular).
    static func isSingular(_ post: LocalizedText) -> Bool? {
        var verdicts: [Bool?] = []
        for (language, text) in post.values.sorted(by: { $0.key < $1.key }) {
            let tokens = PhraseList.tokens(text)
            if singularExceptions.isPrefix(of: tokens) {
                verdicts.append(true)
            } else {
                verdicts.append(language == "ar" ? arabicVerdict(tokens) : englishVerdict(tokens))
            }
        }
        if verdicts.contains(false) { return false }
        return verdicts.contains(true) ? true : nil
    }

    /// The words before the first preposition: "Senior Director" of "Senior Director for Europe".
    static func englishHead(_ tokens: [Substring]) -> [Substring] {
        Array(tokens.prefix { !prepositions.contains($0) })
    }

    private static func englishVerdict(_ tokens: [Substring]) -> Bool? {
        let head = englishHead(tokens)
        if pluralWords.firstMatch(inTokens: head) != nil { return false }
        if singularHeads.isPrefix(of: tokens) { return true }
        if let first = head.first, secondRank.contains(first) { return nil }
        if singularHeads.isSuffix(of: head) { return true }
        if qualifiedSingularHeads.isSuffix(of: head), head.count > 1 || head.count < tokens.count { return true }
        return nil
    }

    private static func arabicVerdict(_ tokens: [Substring]) -> Bool? {
        if pluralWords.firstMatch(inTokens: Array(tokens.prefix(2))) != nil { return false }
        if arabicSingularHeads.isPrefix(of: tokens) { return true }
        if arabicSecondRank.isPrefix(of: tokens) { return nil }
        if arabicQualifiedHeads.isPrefix(of: tokens), tokens.count > 1 { return true }
        return nil
    }
}
