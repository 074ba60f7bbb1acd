import Foundation

/// The names of the world's countries and regions in English and Arabic, from the system's
/// Unicode CLDR data: a typo is never accepted when it is as close to one of these (or to the
/// words ending one) as to the answer, even when the card lists no rejecting names ("Iceland"
/// for "Ireland"). Regions named by an accepted form are left out.
enum KnownPlaceNames {
    /// A name, or the run of words ending one, ready for edit distances.
    struct Entry {
        let region: Int
        let scalars: [UInt32]
    }

    /// Every region's names and their runs of last words, normalized and indexed by their first
    /// and by their second letter, and the regions by whole name; built once on first use.
    static let table: (byFirst: [UInt32: [Entry]], bySecond: [UInt32: [Entry]], regionsByName: [WordKey: [Int]]) = {
        let english = Locale(identifier: "en")
        let arabic = Locale(identifier: "ar")
        var byFirst: [UInt32: [Entry]] = [:]
        var bySecond: [UInt32: [Entry]] = [:]
        var regionsByName: [WordKey: [Int]] = [:]
        for (index, region) in Locale.Region.isoRegions.enumerated() {
            for locale in [english, arabic] {
                guard let name = locale.localizedString(forRegionCode: region.identifier) else { continue }
                let normalized = TextNormalizer.normalize(name)
                regionsByName[WordKey(normalized.text), default: []].append(index)
                let tokens = normalized.tokens
                for start in tokens.indices {
                    let scalars = tokens[start...].joined(separator: " ").unicodeScalars.map(\.value)
                    guard scalars.count >= 2 else { continue }
                    let entry = Entry(region: index, scalars: scalars)
                    byFirst[scalars[0], default: []].append(entry)
                    bySecond[scalars[1], default: []].append(entry)
                }
            }
        }
        return (byFirst, bySecond, regionsByName)
    }()

    /// Whether some region not named by an accepted form has a name, or run of last words,
    /// within `distance` edits of the response.
    static func hasName(within distance: Int, of response: [UInt32], excludingRegionsOf accepted: [NormalizedText])
        -> Bool
    {
        guard response.count >= 2 else { return false }
        let table = self.table
        let excluded = accepted.flatMap { table.regionsByName[WordKey($0.text)] ?? [] }
        // Within two edits, a name shares its first or second letter with the response, or has
        // one of them shifted by one place.
        let (r0, r1) = (response[0], response[1])
        let buckets = [table.byFirst[r0], table.byFirst[r1], table.bySecond[r1], table.bySecond[r0]]
        for bucket in buckets {
            for entry in bucket ?? [] where abs(entry.scalars.count - response.count) <= distance {
                guard !excluded.contains(entry.region) else { continue }
                if DamerauLevenshtein.distance(response, entry.scalars, limit: distance) <= distance { return true }
            }
        }
        return false
    }
}
