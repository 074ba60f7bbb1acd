import Foundation

/// The entities of a draft, one per thing named: a lexicon's entry keeps its id and both
/// languages' names; a name read from the text gets an id made from its letters.
struct DraftEntityBook {
    let language: String
    private(set) var entities: [ArticleDraft.Entity] = []
    private var idByKey: [String: String] = [:]

    init(language: String) {
        self.language = language
    }

    /// The entity of a lexicon entry (added the first time).
    mutating func add(_ name: LexiconName) -> String {
        let key = "lexicon:" + name.id
        if let id = idByKey[key] { return id }
        // A name already given to an entity read from the text: that entity (a model gives each
        // name to one entity).
        let table = idByKey
        if let id = name.allForms.lazy.compactMap({ table[Self.key($0)] }).first {
            idByKey[key] = id
            return id
        }
        var names: [String: String] = [:]
        if !name.arabic.isEmpty { names["ar"] = name.arabic }
        if !name.english.isEmpty { names["en"] = name.english }
        var aliases: [String: [String]] = [:]
        if !name.arabicAliases.isEmpty { aliases["ar"] = name.arabicAliases }
        if !name.englishAliases.isEmpty { aliases["en"] = name.englishAliases }
        let id = uniqueID(name.id.isEmpty ? Self.slug(name.english) : name.id)
        entities.append(
            ArticleDraft.Entity(id: id, type: name.type, names: names, aliases: aliases, definite: name.definite))
        idByKey[key] = id
        for form in name.allForms { idByKey[Self.key(form)] = id }
        return id
    }

    /// The entity of a name read from the text (a person, or an organization no lexicon has).
    mutating func add(text: String, type: EntityType, english: String? = nil) -> String {
        // ("Elon Musk's carmaker": a name without its possessive.)
        var text = text
        if text.count > 3, text.hasSuffix("'s") || text.hasSuffix("’s") { text = String(text.dropLast(2)) }
        let key = Self.key(text)
        // (The same name is the same entity, whatever the rule took it for.)
        if let id = idByKey[key] { return id }
        // A person named again by the family name alone is the same person.
        if type == .person,
            let person = entities.first(where: { entity in
                entity.type == .person && Self.key(entity.names[language] ?? "").hasSuffix(" " + key)
            })
        {
            return person.id
        }
        var names = [language: text]
        if let english, language != "en" { names["en"] = english }
        let base = Self.slug(english ?? text).isEmpty ? type.rawValue : Self.slug(english ?? text)
        let id = uniqueID(base)
        entities.append(ArticleDraft.Entity(id: id, type: type, names: names))
        if type == .person { personKeys.append((id, DraftWord.keys(of: text))) }
        idByKey[key] = id
        return id
    }

    /// Whether a person of that name (or family name) is already an entity.
    func hasPerson(named text: String) -> Bool {
        let key = Self.key(text)
        return entities.contains { entity in
            entity.type == .person
                && entity.names.values.contains { name in
                    let known = Self.key(name)
                    return known == key || known.hasSuffix(" " + key)
                }
        }
    }

    /// The person whose name ends with a family name (a word key), if one was named before.
    func person(familyName key: String) -> String? {
        guard key.unicodeScalars.count >= 3 else { return nil }
        let matches = personKeys.filter { _, keys in
            keys.count >= 2 && (keys.last == key || language == "en" && keys.first == key)
        }
        return matches.count == 1 ? matches[0].id : nil
    }

    /// The people read from the text, with their names' word keys (asked of every word).
    private var personKeys: [(id: String, keys: [String])] = []

    /// Organizations the article names, as written, in order (not entities until a fact needs
    /// them): a lexicon's, or one read from a head noun and its complement.
    /// (With the key of its first word, its head noun.)
    private var mentioned: [(form: String, name: LexiconName?, sentence: Int, head: String?)] = []

    /// Notes that the article names an organization (`name`: the lexicon's entry, if any).
    mutating func mention(_ name: LexiconName?, as form: String, sentence: Int) {
        mentioned.append((form, name, sentence, DraftWord.keys(of: form).first))
    }

    /// Whether the article named an organization written with that head noun by `sentence`
    /// (every organization it names is noted by `mention`).
    func hasOrganization(headedBy key: String, sentence: Int) -> Bool {
        mentioned.contains { $0.sentence <= sentence && $0.head == key }
    }

    /// The organization whose name starts with a head noun (معهد for «المعهد»): one already an
    /// entity, else the last one the article named so far with that head noun as written (not
    /// «هيئة الإذاعة البريطانية» for «الهيئة» when the article wrote «بي بي سي»).
    mutating func organization(headedBy key: String, sentence: Int) -> String? {
        if let id = entities.last(where: { entity in
            entity.type == .organization && entity.names.values.contains { DraftWord.keys(of: $0).first == key }
        })?.id {
            return id
        }
        guard let found = mentioned.last(where: { $0.sentence <= sentence && $0.head == key })
        else { return nil }
        return found.name.map { add($0) } ?? add(text: found.form, type: .organization)
    }

    private func uniqueID(_ base: String) -> String {
        var id = base.isEmpty ? "entity" : base
        var number = 2
        while entities.contains(where: { $0.id == id }) {
            id = "\(base)-\(number)"
            number += 1
        }
        return id
    }

    static func key(_ text: String) -> String { TextNormalizer.normalize(text).text }

    /// A slug of a name: Latin letters folded, Arabic letters transliterated, at most 5 words.
    static func slug(_ text: String) -> String {
        var out = ""
        for scalar in TextNormalizer.normalize(text).text.unicodeScalars {
            let v = scalar.value
            if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) {
                out.unicodeScalars.append(scalar)
            } else if v == 0x20 {
                if !out.hasSuffix("-") { out += "-" }
            } else if let latin = arabicLatin[v] {
                out += latin
            }
        }
        let words = out.split(separator: "-").prefix(5)
        return words.joined(separator: "-")
    }

    private static let arabicLatin: [UInt32: String] = [
        0x0627: "a", 0x0628: "b", 0x062A: "t", 0x062B: "th", 0x062C: "j", 0x062D: "h", 0x062E: "kh", 0x062F: "d",
        0x0630: "dh", 0x0631: "r", 0x0632: "z", 0x0633: "s", 0x0634: "sh", 0x0635: "s", 0x0636: "d", 0x0637: "t",
        0x0638: "z", 0x0639: "a", 0x063A: "gh", 0x0641: "f", 0x0642: "q", 0x0643: "k", 0x0644: "l", 0x0645: "m",
        0x0646: "n", 0x0647: "h", 0x0648: "w", 0x064A: "y", 0x0621: "", 0x06A4: "v", 0x06AF: "g", 0x067E: "p",
        0x0686: "ch",
    ]
}
