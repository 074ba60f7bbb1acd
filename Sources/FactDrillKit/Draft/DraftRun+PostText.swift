import Foundation

/// A post's words as a card shows them: in the nominative, without a conjunction.
extension DraftRun {
    /// A post written in the accusative after a verb of appointing, as a card names it:
    /// «وزيراً للمالية» → «وزير المالية», «رئيساً للوزراء» → «رئيس الوزراء».
    static func nominative(_ text: String, post: LexiconPost) -> String {
        var words = text.split(separator: " ").map(String.init)
        guard let first = words.first else { return text }
        // (The ending is an alif with or without its tanween, in either order of the marks.)
        var scalars = first.unicodeScalars.map { $0 }
        let tanween = scalars.contains("\u{064B}")
        scalars.removeAll { $0 == "\u{064B}" }
        guard scalars.last == "\u{0627}" else { return text }
        let stem = String(String.UnicodeScalarView(scalars.dropLast()))
        // «أميناً عاماً للمنظمة» → «الأمين العام»: a head and its adjective, both definite in the post.
        if words.count > 1 {
            let second = words[1].unicodeScalars.filter { $0 != "\u{064B}" }
            if second.last == "\u{0627}" {
                let definite = "ال" + stem + " ال" + String(String.UnicodeScalarView(second.dropLast()))
                if post.forms.contains(definite) { return definite }
            }
        }
        let known = post.forms.compactMap { $0.split(separator: " ").first.map(String.init) }
        guard stem.count >= 2, tanween || known.contains(stem) else { return text }
        words[0] = stem
        if words.count > 1, words[1].hasPrefix("لل") {
            words[1] = "ال" + words[1].dropFirst(2)
        } else if words.count > 2, words[1].hasPrefix("ل"),
            post.forms.contains(([words[0], String(words[1].dropFirst())] + words[2...]).joined(separator: " "))
        {
            // «رئيساً لمجلس الوزراء» → «رئيس مجلس الوزراء».
            words[1] = String(words[1].dropFirst())
        }
        return words.joined(separator: " ")
    }

    /// Whether a post was extended only by an ordinal («الوزير الأول»).
    static func onlyOrdinalAdded(_ reading: DraftReading, _ item: PostItem) -> Bool {
        guard item.range.upperBound > item.span.range.upperBound,
            let span = reading.span(at: item.span.range.upperBound),
            case .ordinal = span.tag
        else { return false }
        return span.range.upperBound == item.range.upperBound
    }

    /// «ورئيس» read as a post: the conjunction is not part of it.
    static func dropConjunction(_ text: String, stemmed: Bool) -> String {
        // («التابعة لزعيم التيار الصدري»: the preposition is not part of the post either.)
        if let first = text.first, "لب".contains(first), stemmed, text.count > 3, !text.hasPrefix("لل") {
            return String(text.dropFirst())
        }
        guard let first = text.first, "وف".contains(first), text.count > 3 else { return text }
        // «والرئيس» (its key has no و: the normalizer took «وال» as the article), «ورئيس».
        let rest = text.dropFirst()
        guard stemmed || rest.hasPrefix("ال") else { return text }
        return String(rest)
    }
}
