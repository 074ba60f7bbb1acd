/// The Arabic proclitics, defined once for the matcher's article rule and the generator's leak
/// check: letters written joined to the next word, so that «وبكوريا» holds «كوريا» and
/// «وللأمم» holds «الأمم».
///
/// - One letter: the conjunctions و ف and the prepositions ب ل ك.
/// - Two letters: a conjunction then a preposition, as people write them: وب ول وك فب فل.
/// - Before the article ال: و ف ب ك; ل + ال is written لل (للأمم), never لال.
///
/// Scalars here are folded ones (`ArabicNormalizer.fold`): the article's alef is ا.
enum ArabicClitics {
    static let waw: UInt32 = 0x0648, feh: UInt32 = 0x0641, beh: UInt32 = 0x0628, lam: UInt32 = 0x0644
    static let kaf: UInt32 = 0x0643, alef: UInt32 = 0x0627

    /// و ف ب ل ك
    static func isOneLetter(_ v: UInt32) -> Bool {
        v == waw || v == feh || v == beh || v == lam || v == kaf
    }

    /// وب ول وك فب فل
    static func isTwoLetter(_ first: UInt32, _ second: UInt32) -> Bool {
        switch (first, second) {
        case (waw, beh), (waw, lam), (waw, kaf), (feh, beh), (feh, lam): return true
        default: return false
        }
    }

    /// و ف ب ك: the letters written before ال as it stands (ل contracts it to لل).
    static func isBeforeArticle(_ v: UInt32) -> Bool {
        v == waw || v == feh || v == beh || v == kaf
    }

    /// How many leading scalars of a folded word of `count` scalars starting with `head` are the
    /// article: ال alone or after و ف ب ك, or the لل of ل + ال; 0 when there is none or when the
    /// rest would be too short to be a word (two letters).
    static func articleLength(_ count: Int, _ head: (UInt32, UInt32, UInt32)) -> Int {
        if count >= 4, head.0 == alef, head.1 == lam { return 2 }
        if count >= 6, isBeforeArticle(head.0), head.1 == alef, head.2 == lam { return 3 }
        if count >= 5, head.0 == lam, head.1 == lam { return 2 }
        return 0
    }

    /// The article length of a folded word (see `articleLength(_:_:)`).
    static func articleLength(_ word: ArraySlice<UInt32>) -> Int {
        guard word.count >= 4 else { return 0 }
        let start = word.startIndex
        return articleLength(word.count, (word[start], word[start + 1], word[start + 2]))
    }

    /// A name with the preposition ل written joined to it, as the templates write it: «لمعهد …»,
    /// ل + ال as لل («للأمم المتحدة»), and «لـ» before a name not in Arabic letters («لـSIPRI»).
    static func withLam(_ name: String) -> String {
        if name.hasPrefix("ال") { return "ل" + name.dropFirst() }
        if let first = name.unicodeScalars.first, (0x0621...0x064A).contains(first.value) { return "ل" + name }
        return "لـ" + name
    }

    /// The most stems `forEachStem` gives a word.
    static let maxStems = 4

    /// Calls `body` with each reading of a folded word as written (its article not dropped)
    /// without a proclitic, numbered below `maxStems`: one letter off (لليفي → ليفي), that without
    /// its article too (وللامم → للامم → امم, as `TextNormalizer` reads the word alone), then the
    /// same with two letters off. At least two letters are left; a word not written in Arabic has
    /// none.
    static func forEachStem(_ word: ArraySlice<UInt32>, _ body: (Int, ArraySlice<UInt32>) -> Void) {
        let start = word.startIndex
        if word.count > 2, isOneLetter(word[start]) {
            let rest = word.dropFirst()
            body(0, rest)
            let article = articleLength(rest)
            if article > 0 { body(1, rest.dropFirst(article)) }
        }
        if word.count > 3, isTwoLetter(word[start], word[start + 1]) {
            let rest = word.dropFirst(2)
            body(2, rest)
            let article = articleLength(rest)
            if article > 0 { body(3, rest.dropFirst(article)) }
        }
    }
}
