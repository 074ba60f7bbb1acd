import Foundation
import Yams

extension ModelReader {
    // MARK: - Dates

    /// A date of any precision, from the scalar's raw text (a bare year may come as an integer,
    /// and YAML 1.1 would read `2024-07-09` as a timestamp: the raw text avoids both).
    mutating func date(_ node: Node, context: String, field: String) -> PartialDate? {
        parsed(node, context: context, field: field, expected: "a date (\(PartialDate.formHint))", PartialDate.init) {
            let reason = PartialDate.hasDateShape($0) ? ": " + (PartialDate.diagnosis(of: $0) ?? "") : ""
            return "is not a valid date\(reason) (\(PartialDate.formHint))"
        }
    }

    /// A period: a date, or a range `A-B` of two dates of one precision.
    mutating func period(_ node: Node, context: String, field: String) -> Period? {
        parsed(node, context: context, field: field, expected: "a date or a range such as 2019-2023", Period.init) {
            "is not a valid period: \(Period.diagnosis(of: $0) ?? "it is not a period")"
        }
    }

    // MARK: - Languages and texts

    /// Whether a text is a language code: `ar`, `en`, `fil`, optionally with a region (`pt-BR`).
    static func isLanguageCode(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
            first.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (2...8).contains(part.count)
                && part.unicodeScalars.allSatisfy {
                    $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0)
                }
        }
    }

    /// A language code such as `ar`.
    mutating func languageCode(_ node: Node, context: String, field: String) -> LanguageCode? {
        parsed(
            node, context: context, field: field, expected: "a language code such as ar or en",
            { Self.isLanguageCode($0) ? $0 : nil },
            problem: { _ in "is not a language code: use a lower-case code such as ar or en" })
    }

    /// The model's languages as a phrase for messages.
    var languagesPhrase: String {
        "the model's languages are \((modelLanguages ?? []).joined(separator: ", ")) (those of the article's title)"
    }

    /// A localized text: a map of language to string, or a plain string in the article's language.
    /// Checks that every language of the model is present (once the title has fixed them).
    mutating func localizedText(_ node: Node, context: String, field: String) -> LocalizedText? {
        let expected = "a localized text (a string or a map of language to string, e.g. {ar: \"…\", en: \"…\"})"
        switch node {
        case .scalar where !Self.isNull(node):
            guard let value = text(node, context: context, field: field) else { return nil }
            // Without a valid `language` the article already has a problem; do not add one per text.
            guard let language = articleLanguage else { return nil }
            let result = LocalizedText([language: value])
            if let languages = modelLanguages, languages != [language] {
                let map = languages.map { "\($0): \"…\"" }.joined(separator: ", ")
                report(
                    node,
                    "\(context): \(field) is a plain string, which is text in the article's language "
                        + "(\(language)) only, but \(languagesPhrase): write {\(map)}")
                return nil
            }
            return result
        case .mapping(let mapping):
            var values: [LanguageCode: String] = [:]
            var valid = true
            for (key, value) in mapping {
                guard let code = languageCode(key, context: context, field: "\(field): key") else {
                    valid = false
                    continue
                }
                guard let string = text(value, context: context, field: "\(field).\(code)") else {
                    valid = false
                    continue
                }
                values[code] = string
            }
            guard valid else { return nil }
            if let languages = modelLanguages {
                let missing = languages.filter { values[$0] == nil }
                if !missing.isEmpty {
                    let names = missing.map { "'\($0)'" }.joined(separator: " and ")
                    report(
                        node,
                        "\(context): \(field) has no \(names) text; \(languagesPhrase), and every text "
                            + "needs each of them")
                    return nil
                }
            } else if values.isEmpty {
                report(
                    node, "\(context): \(field) is empty: give it a text in each language, e.g. {ar: \"…\", en: \"…\"}")
                return nil
            }
            return LocalizedText(values)
        default:
            report(node, "\(context): \(field) must be \(expected), found \(Self.describe(node))")
            return nil
        }
    }

    /// Aliases: a map of language to a list of strings (a single string counts as a list of one).
    mutating func aliases(_ node: Node, context: String) -> LocalizedList? {
        guard case .mapping(let mapping) = node else {
            report(
                node,
                "\(context): aliases must be a map of language to a list of names, "
                    + "e.g. {ar: [\"…\"], en: [\"…\"]}, found \(Self.describe(node))")
            return nil
        }
        var result: LocalizedList = [:]
        var valid = true
        for (key, value) in mapping {
            guard let code = languageCode(key, context: context, field: "aliases: key") else {
                valid = false
                continue
            }
            let items: [Node]
            if case .scalar = value, !Self.isNull(value) {
                items = [value]
            } else if let list = list(value, context: context, field: "aliases.\(code)", of: "names") {
                items = list
            } else {
                valid = false
                continue
            }
            var names: [String] = []
            for item in items {
                if let name = text(item, context: context, field: "an alias in \(code)") {
                    names.append(name)
                } else {
                    valid = false
                }
            }
            result[code] = names
        }
        return valid ? result : nil
    }

    // MARK: - References

    /// An entity id that names an entity of the file.
    mutating func reference(_ node: Node, context: String, field: String) -> String? {
        guard let id = raw(node, context: context, field: field, expected: "an entity id such as 'south-korea'") else {
            return nil
        }
        guard entityIndex[id] != nil else {
            report(
                node,
                "\(context): \(field): no entity \(Self.quoted(id)) in this file\(Suggestion.hint(for: id, among: entityIDs)); "
                    + "add it under entities, or fix the id")
            return nil
        }
        return id
    }
}
