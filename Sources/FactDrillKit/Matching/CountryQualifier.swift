import Foundation

/// A place followed by its country, as people write it: "Vilnius, Lithuania", «فيلنيوس، ليتوانيا»,
/// "Vilnius (Lithuania)".
///
/// The matcher accepts such a response when the part before the last comma («،») or opening
/// parenthesis is itself a correct answer and the part after it is only a country's or region's
/// name (CLDR's names in English and Arabic, `KnownPlaceNames`, and the built-in names and
/// aliases of `WorldNames`: "UK", «بريطانيا»). The country is never the answer: "Vilnius,
/// Lithuania" is no answer to a question whose answer is Lithuania. And a country is never
/// qualified by another: "Georgia, United States" names the state, not the country, so it is not
/// taken for the answer Georgia.
enum CountryQualifier {
    /// The place and the country of a response written "PLACE, COUNTRY", "PLACE (COUNTRY)" or
    /// «PLACE، COUNTRY», normalized, when COUNTRY is a known country or region name and PLACE is
    /// not one; nil otherwise.
    static func split(_ response: String) -> NormalizedText? {
        guard let cut = lastSeparator(in: response) else { return nil }
        let place = TextNormalizer.normalize(String(response.unicodeScalars[..<cut]))
        let country = TextNormalizer.normalize(
            String(response.unicodeScalars[response.unicodeScalars.index(after: cut)...]))
        guard !place.isEmpty, !country.isEmpty, !place.containsDigit, isCountry(country), !isCountry(place)
        else { return nil }
        return place
    }

    /// Where the last comma, Arabic comma or opening parenthesis is; nil when there is none (the
    /// common case, found without building anything).
    private static func lastSeparator(in text: String) -> String.UnicodeScalarView.Index? {
        let scalars = text.unicodeScalars
        var found: String.UnicodeScalarView.Index?
        var index = scalars.startIndex
        while index != scalars.endIndex {
            switch scalars[index].value {
            case 0x2C, 0x060C, 0x28, 0xFF0C, 0xFF08: found = index
            default: break
            }
            index = scalars.index(after: index)
        }
        return found
    }

    /// Whether a normalized text is exactly a country's or region's name.
    static func isCountry(_ text: NormalizedText) -> Bool {
        let key = WordKey(text.text)
        return KnownPlaceNames.table.regionsByName[key] != nil || builtInNames.contains(key)
    }

    /// The built-in country names and aliases (`WorldNames.countries`), normalized.
    private static let builtInNames: Set<WordKey> = {
        var names = Set<WordKey>()
        for country in WorldNames.countries {
            for name in [country.en, country.ar] + country.enAliases + country.arAliases {
                let normalized = TextNormalizer.normalize(name)
                if !normalized.isEmpty { names.insert(WordKey(normalized.text)) }
            }
        }
        return names
    }()
}
