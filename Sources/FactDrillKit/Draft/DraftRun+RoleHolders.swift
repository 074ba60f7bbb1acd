import Foundation

/// Who holds a post when the name is not next to it: «NAME، الذي يشغل منصب POST», appointments;
/// and a post as a card shows it.
extension DraftRun {
    static let appointmentWords = DraftWord.keySet(
        "appointed named elected confirmed chosen nominated became becomes become made installed promoted sworn"
            + " stays remains returns"
            + " عين عينت تعيين بتعيين وتعيين تسمية اختيار انتخاب انتخب انتخبت اختار اختارت تولى تولت يتولى تتولى اختير اختيرت أبقى أبقت"
    )
    /// Verbs and nouns of leaving a post: what follows them is a post no longer held.
    static let dismissalWords = DraftWord.keySet(
        "fired sacked sacking dismissed dismissal ousted removed removing replaced replacing quit resigned resigning"
            + " أقال إقالة بإقالة أعفى إعفاء بإعفاء عزل")
    static let appointmentGlue = DraftWord.keySet("as the new next was has been is will be in on to cabinet")

    /// Verbs of taking someone's place: the name after them held the post before.
    static let replaceWords = DraftWord.keySet("replaces replaced replacing succeeds succeeded succeeding")

    /// "Rachel Reeves was appointed chancellor", "appointed Rachel Reeves as chancellor",
    /// «عُيّن بدر عبد العاطي وزيراً للخارجية», «تولى فلان منصب …».
    func appointee(_ reading: DraftReading, _ postStart: Int) -> (range: Range<Int>, known: Bool)? {
        let words = reading.words
        // A verb of appointing between the name and the post: "NAME was appointed (as) POST".
        var index = postStart
        var sawVerb = false
        while index > 0, postStart - index < 9, !reading.sentence.isBreak(before: index) {
            let word = words[index - 1]
            if word.reads(Self.appointmentWords) {
                sawVerb = true
            } else if word.lower == "new", index > 2, words[index - 2].lower == "the",
                words[index - 3].reads(DraftWord.keySet("is was"))
            {
                // "Matteo Piantedosi, a former prefect of Rome, is the new interior minister".
                sawVerb = true
            } else if !word.reads(Self.appointmentGlue) && !word.reads(Self.holdsPost)
                // ("was then sworn in as Italy's first female prime minister", "Kenya's fifth
                // president": an adverb, whose post it is, its order.)
                && !(!word.isArabic
                    && (word.isPossessive || ordinal(reading, at: index - 1) != nil
                        || ["then", "also", "female", "woman", "first-ever"].contains(word.lower)
                        // ("Colombia's first leftist president": an adjective after the ordinal.)
                        || index >= 2 && !word.isCapitalized && ordinal(reading, at: index - 2) != nil))
            {
                break
            }
            index -= 1
        }
        if sawVerb, index < postStart, let name = names.name(endingBefore: index, in: reading),
            name.range.upperBound == index, name.known || !words[index - 1].isArabic
        {
            return name
        }
        // "Francia Marquez, a 40-year-old environmental activist, was sworn in as vice president":
        // past an apposition set off by commas.
        // ("Ivan Velasquez, a former head of a commission, as defense minister".)
        if postStart > 1, words[postStart - 1].lower == "as", words[postStart - 1].before.contains(",") {
            index = postStart - 1
            sawVerb = true
        }
        if sawVerb, index > 0, index < postStart, !words[index].isArabic,
            words[index].before.contains(","),
            let open = (max(1, index - 16)..<index).last(where: { words[$0].before.contains(",") }),
            let name = names.name(endingBefore: open, in: reading), name.range.upperBound == open,
            words[open].reads(DraftWord.keySet("a an the who")) || words[open].lower == "of"
        {
            return name
        }
        // "His cabinet includes economist Jose Antonio Ocampo as finance minister": a name right
        // before "as" and a post.
        // (Not "fired Christian Lindner as finance minister", "the sacking of Suella Braverman as
        // home secretary", "quit as": a post left.)
        // ("named Francois-Philippe Champagne as his finance minister".)
        let asAt = postStart > 2 && ["his", "her"].contains(words[postStart - 1].lower) ? postStart - 1 : postStart
        if asAt > 2, words[asAt - 1].lower == "as", !reading.sentence.isBreak(before: asAt - 1),
            let name = names.name(endingBefore: asAt - 1, in: reading), name.range.upperBound == asAt - 1,
            !words[max(0, name.range.lowerBound - 4)..<name.range.lowerBound].contains(where: {
                $0.reads(Self.dismissalWords)
            })
        {
            // ("Richard Holden replaces Greg Hands as chair": the post is the one who replaces.)
            let verb = name.range.lowerBound - 1
            if verb > 0, words[verb].reads(Self.replaceWords) {
                guard let replacer = names.name(endingBefore: verb, in: reading), replacer.range.upperBound == verb
                else { return nil }
                return replacer
            }
            return name
        }
        // The name right before the post ("appointed NAME as POST", «عيّن NAME وزيراً للخارجية»),
        // with a verb of appointing before the name.
        var end = postStart
        while end > 0, postStart - end < 3, ["as", "the", "next", "new"].contains(words[end - 1].lower) { end -= 1 }
        // "appointed Rutte as the next secretary general": a person named before by family name
        // (the whole name when it is written: "elected Claudia Sheinbaum as").
        if end > 1, words[max(0, end - 3)..<end - 1].contains(where: { $0.reads(Self.appointmentWords) }),
            book.person(familyName: words[end - 1].key) != nil, names.name(endingBefore: end, in: reading) == nil
        {
            return (end - 1..<end, true)
        }
        // «عُيّن أحمد كجوك وزيراً للمالية، وكريم بدوي وزيراً للبترول»: the next of a list of
        // appointments, a name and a post in the accusative, after the verb.
        if end == postStart, Self.isAccusative(words[postStart]), end > 1,
            words[..<end].contains(where: { $0.reads(Self.appointmentWords) }),
            let name = names.name(endingBefore: end, in: reading), name.range.upperBound == end,
            words[name.range.lowerBound].text.hasPrefix("و"), reading.sentence.isBreak(before: name.range.lowerBound)
        {
            return name
        }
        // «عيّن الملك …، عزيز أخنوش، رئيس حزب التجمع الوطني للأحرار، رئيساً للحكومة»: past an
        // apposition holding the appointee's other post.
        if end == postStart, Self.isAccusative(words[postStart]), reading.sentence.isBreak(before: postStart) {
            var open = postStart - 1
            while open > 0, !reading.sentence.isBreak(before: open) { open -= 1 }
            if open > 0, postStart - open <= 8, case .lexicon(.post, _) = reading.span(startingAt: open)?.tag,
                let name = names.name(endingBefore: open, in: reading), name.range.upperBound == open,
                words[..<name.range.lowerBound].contains(where: { $0.reads(Self.appointmentWords) })
            {
                return name
            }
        }
        // «انتخب المجلس الأعلى للاتحاد …، السبت، الشيخ محمد بن زايد آل نهيان رئيساً للدولة»: a
        // post in the accusative right after a known name, the verb of appointing earlier.
        if end == postStart, end > 1, Self.isAccusative(words[postStart]), !reading.sentence.isBreak(before: end),
            let name = names.name(endingBefore: end, in: reading), name.range.upperBound == end, name.known,
            words[..<name.range.lowerBound].contains(where: { $0.isArabic && $0.reads(Self.appointmentWords) })
        {
            return name
        }
        guard end > 0, !reading.sentence.isBreak(before: end), let name = names.name(endingBefore: end, in: reading),
            name.range.upperBound == end, name.range.lowerBound > 0,
            words[max(0, name.range.lowerBound - 2)..<name.range.lowerBound].contains(where: {
                $0.reads(Self.appointmentWords)
            })
                // («وأبقى السوداني على فؤاد حسين نائباً …».)
                || words[name.range.lowerBound - 1].key == DraftWord.key(of: "على")
                    && words[max(0, name.range.lowerBound - 3)..<name.range.lowerBound - 1].contains(where: {
                        $0.reads(DraftWord.keySet("أبقى أبقت"))
                    })
        else { return nil }
        return name
    }

    /// «وزيراً», «رئيسا»: an Arabic word in the accusative (an alif ending, with or without its
    /// tanween), as a post is written after a verb of appointing.
    static func isAccusative(_ word: DraftWord) -> Bool {
        guard word.isArabic else { return false }
        let scalars = word.text.unicodeScalars.filter { $0 != "\u{064B}" }
        return scalars.last == "\u{0627}" && word.text.unicodeScalars.contains("\u{064B}")
    }

    /// «ريتشارد مارلز، الذي يشغل منصب وزير الدفاع», "Marles, who serves as defence minister".
    func holderBefore(_ reading: DraftReading, _ postStart: Int) -> (range: Range<Int>, known: Bool)? {
        let words = reading.words
        var index = postStart
        var steps = 0
        while index > 0, steps < 4, words[index - 1].reads(Self.holdsPost), !reading.sentence.isBreak(before: index) {
            index -= 1
            steps += 1
        }
        // ("Cai Qi is the party secretary of Beijing": the article before the post.)
        if index > 1, words[index - 1].lower == "the", !words[index - 1].isArabic,
            words[index - 2].reads(Self.holdsPost)
        {
            index -= 1
            while index > 0, steps < 4, words[index - 1].reads(Self.holdsPost), !reading.sentence.isBreak(before: index)
            {
                index -= 1
                steps += 1
            }
        }
        guard steps > 0, index > 0 else { return nil }
        if reading.sentence.isBreak(before: index) { return names.name(endingBefore: index, in: reading) }
        // "Cai Qi is the party secretary of Beijing", "Yellen serves as Treasury secretary": an
        // English subject that holds the post now, at the clause's start.
        if !words[index].isArabic, words[index..<postStart].contains(where: { ["is", "serves"].contains($0.lower) }),
            let name = names.name(endingBefore: index, in: reading), name.range.upperBound == index,
            name.range.lowerBound == 0 || reading.sentence.isBreak(before: name.range.lowerBound)
                // (", and Li Xi is the party boss of Guangdong".)
                || words[name.range.lowerBound - 1].lower == "and"
                    && words[name.range.lowerBound - 1].before.contains(",")
        {
            return name
        }
        // «يتولى دوغ ماكميلون منصب الرئيس التنفيذي»: a verb of holding before the name.
        guard let name = names.name(endingBefore: index, in: reading), name.range.upperBound == index,
            name.range.lowerBound > 0,
            words[name.range.lowerBound - 1].reads(DraftWord.keySet("يتولى تولى تتولى يشغل شغل تشغل شغلت"))
        else { return nil }
        return name
    }

    /// A post as a card shows it: English posts in title case when written in lower case after a
    /// comma ("senior director for Europe" → "Senior Director for Europe").
    static func tidyPost(_ text: String, english: Bool) -> String {
        guard english else { return text }
        let small: Set<String> = ["of", "for", "and", "the", "on", "at", "in", "to"]
        return text.split(separator: " ").enumerated().map { index, word in
            let lower = word.lowercased()
            if index > 0, small.contains(lower) { return lower }
            return word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }
}
