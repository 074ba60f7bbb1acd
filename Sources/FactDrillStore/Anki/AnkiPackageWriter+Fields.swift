import FactDrillKit
import Foundation

extension AnkiPackageWriter {
    /// The Front and Back fields (HTML) of a card: each language's text on its own line;
    /// the options of `choice` and `order` cards as a numbered list under the prompt.
    static func fields(of card: DeckCard, languages: [LanguageCode]) -> (front: String, back: String) {
        var front = lines(card.prompt, languages: languages)
        if let choices = card.choices, !choices.isEmpty {
            let options = choices.enumerated().map { index, choice in
                "\(index + 1). " + uniqueTexts(choice, languages: languages).map(escape).joined(separator: " / ")
            }
            front += "<br><br>" + options.joined(separator: "<br>")
        }
        return (front, lines(card.answer, languages: languages))
    }

    /// The texts of `text` in the deck's languages first, then any other, without repeats.
    static func uniqueTexts(_ text: LocalizedText, languages: [LanguageCode]) -> [String] {
        var seen = Set<String>()
        let order = languages + text.languages.filter { !languages.contains($0) }
        return order.compactMap { text[$0] }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    private static func lines(_ text: LocalizedText, languages: [LanguageCode]) -> String {
        uniqueTexts(text, languages: languages).map(escape).joined(separator: "<br>")
    }

    /// Text as HTML: `&`, `<`, `>` and `"` escaped, newlines as `<br>`.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\r\n": out += "<br>"
            default: out.append(character)
            }
        }
        return out
    }

    /// A field without tags and with entities decoded, as Anki's `strip_html` leaves it (for
    /// the sort field and the checksum).
    static func strippedField(_ html: String) -> String {
        var out = ""
        var inTag = false
        for character in html {
            if character == "<" {
                inTag = true
            } else if character == ">" && inTag {
                inTag = false
            } else if !inTag {
                out.append(character)
            }
        }
        return out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Anki's note checksum: the first 8 hex digits of the SHA-1 of the stripped first field.
    static func checksum(_ strippedFirstField: String) -> Int64 {
        let digest = SHA1.digest(strippedFirstField.utf8)
        return Int64(digest[0]) << 24 | Int64(digest[1]) << 16 | Int64(digest[2]) << 8 | Int64(digest[3])
    }

    /// Anki's tags column: space-separated with a space at each end; spaces in a tag become `_`.
    static func tagsField(_ tags: [String]) -> String {
        let cleaned = tags.map { tag in
            String(tag.map { $0.isWhitespace ? "_" : $0 })
        }.filter { !$0.isEmpty }
        return cleaned.isEmpty ? "" : " " + cleaned.joined(separator: " ") + " "
    }

    /// A 10-character guid in Anki's base-91 alphabet, stable for a deck id and a card id.
    static func guid(deck: String, card: String) -> String {
        let alphabet = Array(
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~")
        var value = SHA1.digest("factdrill:\(deck)/\(card)".utf8).prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        var out = ""
        while value > 0 {
            out.append(alphabet[Int(value % 91)])
            value /= 91
        }
        return out.isEmpty ? "a" : out
    }

    /// A positive id from a name, the same in every export (note type and deck ids).
    static func stableID(_ name: String) -> Int64 {
        let value = SHA1.digest("factdrill:\(name)".utf8).prefix(6).reduce(Int64(0)) { $0 << 8 | Int64($1) }
        return max(value, 2)
    }

    /// The deck's title in its first language that has one, else its id.
    static func ankiDeckName(_ deck: Deck) -> String {
        uniqueTexts(deck.deck.title, languages: deck.deck.languages).first ?? deck.deck.id
    }
}
