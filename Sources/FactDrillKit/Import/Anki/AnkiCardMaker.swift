import Foundation

/// An Anki note type as an import reads it: its fields in order and its card templates.
public struct AnkiNotetype: Hashable, Sendable, Codable {
    /// A card template: front and back in Anki's template language.
    public struct Template: Hashable, Sendable, Codable {
        public var ord: Int
        public var name: String
        public var front: String
        public var back: String

        public init(ord: Int, name: String, front: String, back: String) {
            self.ord = ord
            self.name = name
            self.front = front
            self.back = back
        }
    }

    /// Its id in the collection it came from (kept so a package written back updates it).
    public var id: Int64?
    public var name: String
    public var isCloze: Bool
    public var fields: [String]
    public var templates: [Template]

    public init(id: Int64? = nil, name: String, isCloze: Bool, fields: [String], templates: [Template]) {
        self.id = id
        self.name = name
        self.isCloze = isCloze
        self.fields = fields
        self.templates = templates
    }
}

/// Makes factdrill cards of an Anki note, one per card Anki has (or would make), rendered from
/// the note type's templates as Anki shows them: front as the prompt, the back's part after
/// `<hr id=answer>` as the answer, media as `[image: …]`/`[sound: …]`, cloze gaps as `[...]`.
public enum AnkiCardMaker {
    /// A note to make cards of.
    public struct Note: Sendable {
        public var guid: String
        public var fields: [String]
        public var tags: [String]
        public var deck: String

        public init(guid: String, fields: [String], tags: [String], deck: String) {
            self.guid = guid
            self.fields = fields
            self.tags = tags
            self.deck = deck
        }
    }

    /// Why a card was not made.
    public enum Skip: String, Hashable, Sendable {
        /// Its front shows nothing (an empty field and no media).
        case emptyFront
        /// Its answer is empty.
        case emptyBack
        /// The note type has no template of that ordinal.
        case noTemplate
    }

    /// The card of `note` with template (or cloze) ordinal `ord`, or why there is none.
    public static func card(_ note: Note, notetype: AnkiNotetype, ord: Int) -> Result<DeckCard, SkipError> {
        let fieldMap = Dictionary(
            zip(
                notetype.fields,
                note.fields + Array(repeating: "", count: max(0, notetype.fields.count - note.fields.count))),
            uniquingKeysWith: { first, _ in first })
        let template = notetype.isCloze ? notetype.templates.first : notetype.templates.first { $0.ord == ord }
        guard let template else { return .failure(SkipError(skip: .noTemplate)) }
        var context = AnkiTemplate.Context(fields: fieldMap, cloze: notetype.isCloze ? ord + 1 : nil)
        context.tags = note.tags
        context.notetype = notetype.name
        context.deck = note.deck
        context.card = template.name
        let front = AnkiTemplate(template.front).render(context)
        context.frontSide = front
        let backTemplate = AnkiTemplate(template.back)
        let back = backTemplate.render(context)
        let prompt = AnkiHTML.displayText(front)
        guard !prompt.isEmpty else { return .failure(SkipError(skip: .emptyFront)) }
        let answerSide = AnkiHTML.displayText(answerPart(back, front: front))
        var answer: String
        var accept: [String]
        var kind: QuestionKind
        if notetype.isCloze {
            let text =
                AnkiTemplate(template.front).fieldNames.first { name in
                    !AnkiCloze.ordinals(fieldMap[name] ?? "").isEmpty
                }.flatMap { fieldMap[$0] } ?? ""
            let answers = AnkiCloze.answers(text, ordinal: ord + 1).map(AnkiHTML.displayText)
            answer = answers.joined(separator: ", ")
            accept = [answer] + (answers.count > 1 ? answers : [])
            kind = .noteCloze
        } else {
            // The typed field of a type-in card; else the answer side, and the first field it
            // shows (a custom type's "Fact" before its "Source").
            let typed = AnkiTemplate(template.front).typedField.flatMap { fieldMap[$0] }.map(AnkiHTML.displayText)
            answer = typed ?? answerSide
            accept = [answer.replacingOccurrences(of: "\n", with: " ")]
            let answerTemplate = AnkiTemplate(answerPart(template.back, front: ""))
            if typed == nil, let first = answerFields(answerTemplate, notetype: notetype).first,
                let value = fieldMap[first].map(AnkiHTML.displayText), !value.isEmpty, !accept.contains(value)
            {
                accept.append(value)
            }
            let basic = AnkiNoteKind(notetypeName: notetype.name) != .other
            kind = basic ? (ord == 0 ? .noteBasic : .noteReversed) : .noteTemplate
        }
        guard !answer.isEmpty else { return .failure(SkipError(skip: .emptyBack)) }
        // A sound or image beside the answer's words is not typed («كتاب [sound: kitab.mp3]»).
        accept = accept.map(withoutMedia).map { $0.isEmpty ? answer : $0 }.reduce(into: []) { list, text in
            if !list.contains(text) { list.append(text) }
        }
        let language: LanguageCode =
            ImportedNote.containsArabic(prompt) || ImportedNote.containsArabic(answer) ? "ar" : "en"
        // What the back shows besides the answer (a cloze's Back Extra, a source) is shown after
        // the answer.
        let extra = answerSide == answer ? nil : answerSide
        return .success(
            DeckCard(
                id: "note-\(note.guid).\(ord)", fact: "note-\(note.guid)", kind: kind.rawValue, format: .text,
                prompt: LocalizedText([language: prompt]), answer: LocalizedText([language: answer]),
                accept: accept.filter { !$0.isEmpty }, evidence: extra.flatMap { $0.isEmpty ? nil : $0 },
                tags: note.tags))
    }

    /// The ordinals Anki makes cards for when it has no card rows (a text export): each template
    /// whose front shows something, each cloze number of a cloze note.
    public static func ordinals(_ note: Note, notetype: AnkiNotetype) -> [Int] {
        if notetype.isCloze {
            return note.fields.flatMap(AnkiCloze.ordinals).reduce(into: [Int]()) { list, number in
                if !list.contains(number - 1) { list.append(number - 1) }
            }.sorted()
        }
        return notetype.templates.map(\.ord).filter { ord in
            if case .success = card(note, notetype: notetype, ord: ord) { return true }
            return false
        }
    }

    /// Text without its `[image: …]` and `[sound: …]` marks.
    static func withoutMedia(_ text: String) -> String {
        text.replacingOccurrences(of: #"\[(image|sound): [^\]]*\]"#, with: " ", options: .regularExpression)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The back after `<hr id=answer>`; else what follows the front when the back repeats it.
    public static func answerPart(_ back: String, front: String) -> String {
        if let range = back.range(
            of: #"<hr[^>]*id\s*=\s*["']?answer["']?[^>]*>"#, options: [.regularExpression, .caseInsensitive])
        {
            return String(back[range.upperBound...])
        }
        if !front.isEmpty, back.hasPrefix(front) { return String(back.dropFirst(front.count)) }
        return back
    }

    /// The note fields a back template shows after its `<hr id=answer>`.
    private static func answerFields(_ template: AnkiTemplate, notetype: AnkiNotetype) -> [String] {
        template.fieldNames.filter { notetype.fields.contains($0) }
    }

    /// A `Skip` as an error, for `Result`.
    public struct SkipError: Error, Hashable, Sendable {
        public let skip: Skip
    }
}
