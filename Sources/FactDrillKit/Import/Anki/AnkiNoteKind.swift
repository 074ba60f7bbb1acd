import Foundation

/// How an Anki note type becomes cards, found from its (English, stock) name.
public enum AnkiNoteKind: String, Hashable, Sendable {
    /// "Basic": front → back.
    case basic
    /// "Basic (and reversed card)": front → back and back → front.
    case reversed
    /// "Basic (optional reversed card)": the reverse only when the third field is not empty.
    case optionalReversed
    /// "Basic (type in the answer)": front → back.
    case typeIn
    /// "Cloze": not imported.
    case cloze
    /// Any other note type: its first two fields, front → back.
    case other

    /// The kind of a note type named `name`; `isCloze` is Anki's model type 1.
    public init(notetypeName name: String, isCloze: Bool = false) {
        if isCloze {
            self = .cloze
            return
        }
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        // Copies of stock types are named "Basic-1a2b3" or "Basic+" by Anki.
        let base = key.replacingOccurrences(
            of: #"(-[0-9a-z]{5}|\+)$"#, with: "", options: .regularExpression)
        switch base {
        case "basic": self = .basic
        case "basic (and reversed card)": self = .reversed
        case "basic (optional reversed card)": self = .optionalReversed
        case "basic (type in the answer)": self = .typeIn
        case "cloze", "image occlusion": self = .cloze
        default: self = .other
        }
    }

    /// The card templates (by Anki ordinal) a note of this kind with `fields` yields.
    public func ordinals(fields: [String]) -> [Int] {
        switch self {
        case .basic, .typeIn, .other: return [0]
        case .reversed: return [0, 1]
        case .optionalReversed:
            let third = fields.count > 2 ? AnkiHTML.plainText(fields[2]) : ""
            return third.isEmpty ? [0] : [0, 1]
        case .cloze: return []
        }
    }
}
