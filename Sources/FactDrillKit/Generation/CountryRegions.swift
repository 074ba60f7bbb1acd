/// The UN M49 sub-region and region of the built-in countries (`WorldNames.countries`), for
/// country distractors of the same part of the world. A committed table, checked against CLDR's
/// territory containment with `scripts/gen-world-names --regions` (which prints CLDR's English
/// display names: "Australasia" and "Southeast Asia" for M49's "Australia and New Zealand" (053)
/// and "South-eastern Asia" (035); the table keeps M49's names).
enum CountryRegions {
    /// An M49 area: a region (Europe, Asia …) and its sub-region (Western Europe, Eastern Asia …).
    struct Area: Hashable, Sendable {
        let region: String
        let subRegion: String
    }

    /// Sub-region by ISO 3166 code; regions follow from `regionOf`.
    static let subRegions: [String: String] = [
        "us": "Northern America", "ca": "Northern America",
        "gb": "Northern Europe", "se": "Northern Europe", "no": "Northern Europe", "fi": "Northern Europe",
        "dk": "Northern Europe",
        "fr": "Western Europe", "de": "Western Europe", "nl": "Western Europe", "be": "Western Europe",
        "ch": "Western Europe", "at": "Western Europe",
        "it": "Southern Europe", "es": "Southern Europe", "pt": "Southern Europe", "gr": "Southern Europe",
        "pl": "Eastern Europe", "cz": "Eastern Europe", "hu": "Eastern Europe", "ro": "Eastern Europe",
        "ua": "Eastern Europe", "ru": "Eastern Europe",
        "tr": "Western Asia", "sa": "Western Asia", "ae": "Western Asia", "qa": "Western Asia",
        "kw": "Western Asia", "om": "Western Asia", "jo": "Western Asia", "lb": "Western Asia",
        "sy": "Western Asia", "iq": "Western Asia", "il": "Western Asia", "ye": "Western Asia",
        "cn": "Eastern Asia", "jp": "Eastern Asia", "kr": "Eastern Asia", "kp": "Eastern Asia",
        "in": "Southern Asia", "pk": "Southern Asia", "ir": "Southern Asia", "af": "Southern Asia",
        "id": "South-eastern Asia", "my": "South-eastern Asia", "sg": "South-eastern Asia",
        "th": "South-eastern Asia", "vn": "South-eastern Asia", "ph": "South-eastern Asia",
        "kz": "Central Asia",
        "au": "Australia and New Zealand", "nz": "Australia and New Zealand",
        "mx": "Central America",
        "br": "South America", "ar": "South America", "cl": "South America", "co": "South America",
        "za": "Southern Africa", "ng": "Western Africa", "et": "Eastern Africa",
        "eg": "Northern Africa", "ma": "Northern Africa", "dz": "Northern Africa", "tn": "Northern Africa",
        "ly": "Northern Africa", "sd": "Northern Africa",
    ]

    /// The M49 region of each sub-region.
    static let regionOf: [String: String] = [
        "Northern America": "Americas", "Central America": "Americas", "South America": "Americas",
        "Northern Europe": "Europe", "Western Europe": "Europe", "Southern Europe": "Europe",
        "Eastern Europe": "Europe",
        "Western Asia": "Asia", "Eastern Asia": "Asia", "Southern Asia": "Asia", "South-eastern Asia": "Asia",
        "Central Asia": "Asia",
        "Australia and New Zealand": "Oceania",
        "Southern Africa": "Africa", "Western Africa": "Africa", "Eastern Africa": "Africa",
        "Northern Africa": "Africa",
    ]

    /// Built-in country names by key (`WordHashes.key`), to place a model's own country entities.
    private static let codeByKey: [UInt64: String] = {
        var codes: [UInt64: String] = [:]
        for name in WorldNames.countries {
            let entity = name.entity(.country)
            for key in entity.allNames.compactMap(WordHashes.key) where codes[key] == nil { codes[key] = name.id }
        }
        return codes
    }()

    /// The area of a country entity, found by any of its names among the built-in countries.
    static func area(of entity: Entity) -> Area? {
        guard entity.type == .country else { return nil }
        return area(keys: entity.allNames.compactMap(WordHashes.key))
    }

    /// The area of the built-in country that has one of these name keys (`WordHashes.key`).
    static func area(keys: some Sequence<UInt64>) -> Area? {
        for key in keys {
            if let code = codeByKey[key], let sub = subRegions[code], let region = regionOf[sub] {
                return Area(region: region, subRegion: sub)
            }
        }
        return nil
    }

    /// How near `candidate` is to `area`: 0 in its sub-region, 1 in its region, 2 elsewhere or unknown.
    static func distance(_ candidate: Area?, from area: Area) -> Int {
        guard let candidate else { return 2 }
        if candidate.subRegion == area.subRegion { return 0 }
        return candidate.region == area.region ? 1 : 2
    }
}
